package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.quiz.Quizzes;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** "Failed a quiz twice without passing it": one rule, kept by the listener and by a rebuild alike. */
@IntegrationTest
class StuckLearnersTest {

    @Autowired
    DashboardStore store;

    @Autowired
    ProgressSummaries summaries;

    @Autowired
    LearnerFixture learners;

    @Autowired
    Quizzes quizzes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_learner_who_failed_a_quiz_twice_is_stuck_until_they_pass_it() {
        String once = learner("Stuck Once", false);
        String twice = learner("Stuck Twice", false, false);
        String recovered = learner("Stuck Recovered", false, false, true);

        assertThat(stuck("stuck ")).containsExactly(twice);

        summaries.rebuild();

        assertThat(stuck("stuck ")).containsExactly(twice);
        assertThat(store.learners(
                        DashboardStore.EVERYONE,
                        List.of(),
                        "stuck ",
                        false,
                        false,
                        "name",
                        true,
                        0,
                        10,
                        clock.instant(),
                        1))
                .extracting(DashboardData.LearnerRow::email)
                .containsExactlyInAnyOrder(once, twice, recovered);
    }

    /** A new learner who read the graphs lessons and took the graphs quiz once per outcome. */
    private String learner(String name, boolean... passes) {
        String email = learners.newLearner(name);
        learners.completeLessons(email, "graphs");
        for (boolean pass : passes) {
            var attempt = quizzes.startOrResume("graphs-quiz");
            quizzes.submit(
                    attempt.attemptId(), pass ? learners.correctAnswers(attempt) : learners.wrongAnswers(attempt));
        }
        ProgressCounts.awaitPublicationsComplete(jdbc, learners.id(email));
        return email;
    }

    private List<String> stuck(String filter) {
        return store
                .learners(
                        DashboardStore.EVERYONE,
                        List.of(),
                        filter,
                        true,
                        false,
                        "name",
                        true,
                        0,
                        10,
                        clock.instant(),
                        1)
                .stream()
                .map(DashboardData.LearnerRow::email)
                .toList();
    }

    @Nested
    class TheRule {

        @Test
        void two_failures_and_no_pass_is_stuck() {
            assertThat(new QuizTally(1, 2, 2, false, 0.4).failedTwiceWithoutPassing())
                    .isTrue();
        }

        @Test
        void one_failure_is_not_and_a_pass_ends_it() {
            assertThat(new QuizTally(1, 1, 1, false, 0.4).failedTwiceWithoutPassing())
                    .isFalse();
            assertThat(new QuizTally(1, 3, 2, true, 1.0).failedTwiceWithoutPassing())
                    .isFalse();
        }
    }
}
