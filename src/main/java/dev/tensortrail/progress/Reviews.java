package dev.tensortrail.progress;

import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.quiz.Answer;
import dev.tensortrail.quiz.QuizData;
import dev.tensortrail.quiz.Quizzes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spaced review for the signed-in learner: which cards are due, a short session of them, and
 * the result of each review (FSRS schedules the card; mastery moves). After a long break the
 * learner is not buried: at most {@code dailyCap} reviews a day, and the rest are said to wait.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Reviews {

    /** How much review there is today. */
    public record DueSummary(
            int dueNow,
            int availableToday,
            int waiting,
            int reviewedToday,
            int dailyCap,
            @Nullable Instant nextDue) {}

    /** The result of one review: the card's next due time and the skill's new level. */
    public record ReviewOutcome(
            Instant nextDue,
            @Nullable String skill,
            @Nullable MasteryLevel level) {}

    /** A reviewed card: the graded answer with its feedback, and how the card and skill moved. */
    public record Reviewed(QuizData.QuestionResult result, ReviewOutcome outcome) {

        /** Right or wrong, as the grader says. */
        public boolean right() {
            return result.right();
        }
    }

    private final ProgressStore store;
    private final Quizzes quizzes;
    private final SummaryStore summaries;
    private final Fsrs fsrs;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int dailyCap;

    Reviews(
            ProgressStore store,
            Quizzes quizzes,
            SummaryStore summaries,
            Fsrs fsrs,
            CurrentUser currentUser,
            Clock clock,
            ReviewProperties review) {
        this.store = store;
        this.quizzes = quizzes;
        this.summaries = summaries;
        this.fsrs = fsrs;
        this.currentUser = currentUser;
        this.clock = clock;
        this.dailyCap = review.dailyCap();
    }

    @Transactional(readOnly = true)
    public DueSummary summary(ZoneId zone) {
        return summaryFor(currentUser.requireId(), zone);
    }

    /** For the dashboards (which check who may see whom). */
    DueSummary summaryFor(long learner, ZoneId zone) {
        Instant now = clock.instant();
        int due = store.dueCount(learner, now);
        int reviewed = store.reviewsSince(learner, startOfDay(now, zone));
        int available = Math.max(0, Math.min(due, dailyCap - reviewed));
        return new DueSummary(due, available, due - available, reviewed, dailyCap, store.nextDue(learner, now));
    }

    /** Question ids for a session: due cards, longest overdue first, within today's cap. */
    @Transactional(readOnly = true)
    public List<Long> session(int size, ZoneId zone) {
        long learner = currentUser.requireId();
        int available = summary(zone).availableToday();
        return store.dueQuestions(learner, clock.instant(), Math.min(size, available));
    }

    /**
     * The learner answers a review card: the quiz module grades the answer, FSRS schedules the
     * card and the skill's mastery moves, all in one transaction (a failure stores nothing).
     *
     * @param shownOrder the options in the order the learner saw them
     * @throws dev.tensortrail.quiz.QuizException when the question cannot be reviewed or the answer does not fit
     * @throws IllegalArgumentException when the learner has no card for the question
     */
    @Transactional
    public Reviewed review(long questionId, List<Long> shownOrder, Answer answer) {
        QuizData.QuestionResult result = quizzes.checkReview(questionId, shownOrder, answer);
        return new Reviewed(result, record(questionId, result.score()));
    }

    /**
     * Records a review of a due card: FSRS schedules it, the skill's mastery moves.
     *
     * @throws IllegalArgumentException when the learner has no card for the question
     */
    @Transactional
    ReviewOutcome record(long questionId, double score) {
        long learner = currentUser.requireId();
        Instant now = clock.instant();
        Fsrs.Card card = store.card(learner, questionId)
                .orElseThrow(() -> new IllegalArgumentException("No review card for question " + questionId));
        Fsrs.Rating rating = MasteryRules.rating(score);
        Fsrs.Card next = fsrs.review(card, rating, now);
        store.saveCard(
                learner, questionId, null, next, rating == Fsrs.Rating.AGAIN && card.state() == Fsrs.State.REVIEW);
        store.log(learner, questionId, "REVIEW", rating, score, now);
        summaries.refreshLearner(learner);
        String skill = store.skillOf(learner, questionId);
        MasteryLevel level = null;
        if (skill != null) {
            MasteryLevel current = store.mastery(learner).getOrDefault(skill, MasteryLevel.NOT_STARTED);
            level = MasteryRules.cap(
                    MasteryRules.afterReview(current, rating != Fsrs.Rating.AGAIN),
                    store.distinctRight(learner, skill));
            store.saveMastery(learner, skill, level, now);
        }
        return new ReviewOutcome(next.due(), skill, level);
    }

    private static Instant startOfDay(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    }
}
