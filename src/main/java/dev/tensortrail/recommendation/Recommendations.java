package dev.tensortrail.recommendation;

import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.curriculum.Curriculum;
import dev.tensortrail.curriculum.LearningPath;
import dev.tensortrail.curriculum.ModuleProgress;
import dev.tensortrail.progress.Mastery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The personal framework suggestion for the signed-in learner: the questionnaire answers,
 * the suggestion (pure model plus the learner's mastery), what-if recomputation, and history.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Recommendations {

    /** The questionnaire answers. */
    public record Answers(Profile profile, Importances importances) {
    }

    /** A saved suggestion with the inputs it came from. */
    public record Saved(long id, Instant createdAt, String modelVersion, Answers answers, Outcome outcome,
            int tensorflowScore, int pytorchScore, int margin, Confidence confidence) {
    }

    /** Whether the suggestion is open, and if not, which modules are left. */
    public record Availability(boolean open, List<String> modulesLeft) {
    }

    private final RecommendationStore store;
    private final DecisionModelRegistry models;
    private final CurrentUser currentUser;
    private final Curriculum curriculum;
    private final Mastery mastery;
    private final Clock clock;

    Recommendations(RecommendationStore store, DecisionModelRegistry models, CurrentUser currentUser,
            Curriculum curriculum, Mastery mastery, Clock clock) {
        this.store = store;
        this.models = models;
        this.currentUser = currentUser;
        this.curriculum = curriculum;
        this.mastery = mastery;
        this.clock = clock;
    }

    public DecisionModelDefinition model() {
        return models.current().definition();
    }

    @Transactional(readOnly = true)
    public Optional<Answers> answers() {
        return store.answers(currentUser.requireId());
    }

    @Transactional
    public void saveAnswers(Answers answers) {
        store.saveAnswers(currentUser.requireId(), answers, clock.instant());
    }

    /** The suggestion opens when the last module's quiz is passed (the end of the path). */
    @Transactional(readOnly = true)
    public Availability availability() {
        LearningPath path = curriculum.path();
        List<String> left = path.modules().stream()
                .filter(m -> !m.lessonsComplete() || (m.gate() != null && !m.gate().passed()))
                .map(ModuleProgress::title).toList();
        ModuleProgress last = path.modules().getLast();
        boolean open = last.lessonsComplete() && (last.gate() == null || last.gate().passed());
        return new Availability(open, left);
    }

    /** Computes a suggestion for these answers (what-if included); stores nothing. */
    @Transactional(readOnly = true)
    public Suggestion suggest(Answers answers) {
        return models.current().model().suggest(answers.profile(), answers.importances(), mastery.levels());
    }

    /** Saves a suggestion for these answers, with the model version that made it. */
    @Transactional
    public Saved save(Answers answers) {
        if (!availability().open()) {
            throw new IllegalStateException("The suggestion opens at the end of the path");
        }
        var current = models.current();
        Suggestion suggestion = current.model().suggest(answers.profile(), answers.importances(), mastery.levels());
        return store.saveSuggestion(currentUser.requireId(), current.definition().version(), answers, suggestion,
                clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Saved> history() {
        return store.history(currentUser.requireId());
    }

    /** Recomputes a saved suggestion with the model version it was made with: the reasoning is reproducible. */
    @Transactional(readOnly = true)
    public Suggestion replay(Saved saved) {
        return models.version(saved.modelVersion()).suggest(saved.answers().profile(), saved.answers().importances(),
                mastery.levels());
    }
}
