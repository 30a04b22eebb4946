package dev.tensortrail.progress;

import dev.tensortrail.quiz.QuizAttemptGraded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a graded attempt into progress: each skill's mastery level moves, each answered
 * question becomes (or updates) a spaced-review card (with the question's skill from the event),
 * and the attempt's result is kept for the dashboards. Runs after the grading commits, in its
 * own transaction; the event registry retries it if it fails, so no result is lost. A delivery
 * of an attempt already applied (a retry after a lost completion, two nodes resubmitting the
 * same publication) changes nothing: the attempt's key is claimed first, in the same transaction.
 */
@Component
class QuizResultsListener {

    private final ProgressStore store;
    private final SummaryStore summaries;
    private final Fsrs fsrs;

    QuizResultsListener(ProgressStore store, SummaryStore summaries, Fsrs fsrs) {
        this.store = store;
        this.summaries = summaries;
        this.fsrs = fsrs;
    }

    @ApplicationModuleListener
    void on(QuizAttemptGraded event) {
        if (!store.claimGradedAttempt(event.attemptId(), event.gradedAt())) {
            return;
        }
        for (var question : event.questions()) {
            Fsrs.Rating rating = MasteryRules.rating(question.score());
            var card = store.card(event.learnerId(), question.questionId())
                    .orElseGet(() -> Fsrs.Card.fresh(event.gradedAt()));
            var next = fsrs.review(card, rating, event.gradedAt());
            store.saveCard(
                    event.learnerId(),
                    question.questionId(),
                    question.skill(),
                    next,
                    rating == Fsrs.Rating.AGAIN && card.state() == Fsrs.State.REVIEW);
            store.log(event.learnerId(), question.questionId(), "QUIZ", rating, question.score(), event.gradedAt());
        }
        store.saveQuizResult(event);
        var mastery = store.mastery(event.learnerId());
        event.skillScores().forEach((skill, score) -> {
            MasteryLevel current = mastery.getOrDefault(skill, MasteryLevel.NOT_STARTED);
            // evidence counts distinct questions (this attempt's answers are logged above)
            MasteryLevel next = MasteryRules.cap(
                    MasteryRules.afterQuiz(current, score), store.distinctRight(event.learnerId(), skill));
            if (next != current || !mastery.containsKey(skill)) {
                store.saveMastery(event.learnerId(), skill, next, event.gradedAt());
            }
        });
        if (event.firstAttempt()) {
            summaries.addFirstAttempt(event.questions().stream()
                    .map(q -> new SummaryStore.QuestionScore(q.questionId(), q.score()))
                    .toList());
        }
        summaries.refreshLearner(event.learnerId());
    }
}
