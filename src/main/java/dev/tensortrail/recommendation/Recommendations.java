package dev.tensortrail.recommendation;

import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.curriculum.Curriculum;
import dev.tensortrail.curriculum.LearningPath;
import dev.tensortrail.curriculum.ModuleProgress;
import dev.tensortrail.progress.Mastery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal framework suggestion for the signed-in learner: the questionnaire answers,
 * the suggestion (pure model plus the learner's mastery), what-if recomputation, and history.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Recommendations {

    /** The questionnaire answers. */
    public record Answers(Profile profile, Importances importances) {}

    /** A saved suggestion with the inputs it came from. */
    public record Saved(
            long id,
            Instant createdAt,
            String modelVersion,
            Answers answers,
            Outcome outcome,
            int tensorflowScore,
            int pytorchScore,
            int margin,
            Confidence confidence) {}

    /**
     * The stored questionnaire answers, read with the model in force.
     *
     * @param answers the answers, without factors the model no longer has
     * @param droppedFactorIds factors the stored answers named that the model no longer has
     *     (renamed or removed by a later model version); the learner is told
     */
    public record Stored(Answers answers, Set<String> droppedFactorIds) {
        /** Copies the set. */
        public Stored {
            droppedFactorIds = Set.copyOf(droppedFactorIds);
        }
    }

    /** Whether the suggestion is open, and if not, which modules are left. */
    public record Availability(boolean open, List<String> modulesLeft) {}

    private static final Logger log = LoggerFactory.getLogger(Recommendations.class);

    private final RecommendationStore store;
    private final DecisionModelRegistry models;
    private final CurrentUser currentUser;
    private final Curriculum curriculum;
    private final Mastery mastery;
    private final Clock clock;

    Recommendations(
            RecommendationStore store,
            DecisionModelRegistry models,
            CurrentUser currentUser,
            Curriculum curriculum,
            Mastery mastery,
            Clock clock) {
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

    /** The learner's answers as the current questionnaire counts them (the team radio counts on its own). */
    @Transactional(readOnly = true)
    public Optional<Answers> answers() {
        return storedAnswers().map(Stored::answers);
    }

    /** The learner's answers, and which stored factors the current model no longer has. */
    @Transactional(readOnly = true)
    public Optional<Stored> storedAnswers() {
        long learner = currentUser.requireId();
        DecisionModelDefinition model = model();
        return store.answers(learner).map(raw -> {
            Set<String> dropped = new TreeSet<>();
            Answers known = withoutUnknownFactors(raw, model, dropped);
            if (!dropped.isEmpty()) {
                log.warn(
                        "Learner {}: saved answers name factors that decision model {} does not have, dropped: {}",
                        learner,
                        model.version(),
                        dropped);
            }
            var p = known.profile();
            return new Stored(
                    Questionnaire.answers(
                            model,
                            p.applicableFactorIds(),
                            p.teamFramework(),
                            p.mustKeepTfxPipeline(),
                            p.mustUseTransformersV5(),
                            known.importances().byFactorId()),
                    dropped);
        });
    }

    /** The decision model of a given version (for a saved suggestion's factor titles). */
    @Transactional(readOnly = true)
    public DecisionModelDefinition model(String version) {
        return models.version(version).definition();
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
                .filter(m -> !m.finished())
                .map(ModuleProgress::title)
                .toList();
        ModuleProgress last = path.modules().getLast();
        boolean open = last.finished();
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
        return store.saveSuggestion(
                currentUser.requireId(), current.definition().version(), answers, suggestion, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Saved> history() {
        return store.history(currentUser.requireId());
    }

    /** Recomputes a saved suggestion with the model version it was made with: the reasoning is reproducible. */
    @Transactional(readOnly = true)
    public Suggestion replay(Saved saved) {
        DecisionModel model = models.version(saved.modelVersion());
        Set<String> dropped = new TreeSet<>();
        Answers known = withoutUnknownFactors(saved.answers(), model.definition(), dropped);
        if (!dropped.isEmpty()) {
            log.warn(
                    "Saved suggestion {}: factors unknown to its decision model {} dropped: {}",
                    saved.id(),
                    saved.modelVersion(),
                    dropped);
        }
        return model.suggest(known.profile(), known.importances(), mastery.levels());
    }

    private static Answers withoutUnknownFactors(Answers answers, DecisionModelDefinition model, Set<String> dropped) {
        Set<String> applicable = new TreeSet<>();
        for (String id : answers.profile().applicableFactorIds()) {
            (model.factor(id).isPresent() ? applicable : dropped).add(id);
        }
        Map<String, Integer> importances = new HashMap<>();
        answers.importances().byFactorId().forEach((id, value) -> {
            if (model.factor(id).isPresent()) {
                importances.put(id, value);
            } else {
                dropped.add(id);
            }
        });
        var p = answers.profile();
        return new Answers(
                new Profile(applicable, p.teamFramework(), p.mustKeepTfxPipeline(), p.mustUseTransformersV5()),
                Importances.of(importances));
    }
}
