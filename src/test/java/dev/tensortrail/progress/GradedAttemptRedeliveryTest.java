package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.quiz.QuizAttemptGraded;
import dev.tensortrail.quiz.Quizzes;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** A graded attempt delivered again (a retry, two nodes resubmitting) changes progress once (issue 15, item 5). */
@IntegrationTest
@RecordApplicationEvents
class GradedAttemptRedeliveryTest {

    @Autowired
    Quizzes quizzes;

    @Autowired
    LearnerFixture learners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_same_graded_attempt_delivered_twice_more_at_once_changes_progress_only_once() throws Exception {
        String email = learners.newLearner("Rita Redelivery");
        learners.completeLessons(email, "graphs");
        long learner = learners.id(email);
        var attempt = quizzes.startOrResume("graphs-quiz");
        quizzes.submit(attempt.attemptId(), learners.correctAnswers(attempt));
        ProgressCounts.awaitPublicationsComplete(jdbc, learner);
        var once = ProgressCounts.of(jdbc, learner, attempt.attemptId());
        int drawn = attempt.questions().size(); // one review-log row and one card repetition per question drawn
        assertThat(once.reviewLogs()).isEqualTo(drawn);
        assertThat(once.cardReps()).isEqualTo(drawn);

        var graded = events.stream(QuizAttemptGraded.class)
                .filter(e -> e.attemptId() == attempt.attemptId())
                .findFirst()
                .orElseThrow();
        // two more deliveries at once, as two nodes resubmitting it would (each its own publication)
        var barrier = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> redeliver(copy(graded), barrier));
            var second = pool.submit(() -> redeliver(copy(graded), barrier));
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        }
        ProgressCounts.awaitPublicationsComplete(jdbc, learner);

        assertThat(ProgressCounts.of(jdbc, learner, attempt.attemptId())).isEqualTo(once);
    }

    private static QuizAttemptGraded copy(QuizAttemptGraded e) {
        return new QuizAttemptGraded(
                e.learnerId(),
                e.attemptId(),
                e.quizId(),
                e.quizSlug(),
                e.quizTitle(),
                e.moduleSlug(),
                e.passPercent(),
                e.score(),
                e.passed(),
                e.firstAttempt(),
                e.skillScores(),
                e.questions(),
                e.startedAt(),
                e.gradedAt());
    }

    private Void redeliver(QuizAttemptGraded event, CyclicBarrier barrier) throws Exception {
        barrier.await(10, TimeUnit.SECONDS);
        transactions.executeWithoutResult(status -> publisher.publishEvent(event));
        return null;
    }
}
