package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.curriculum.PathOutline;
import dev.tensortrail.quiz.Quizzes;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The cohort overview from progress's own state and the owners' read APIs: a learner who read every
 * current lesson of a module counts in its funnel step, one who passed its quiz too; the quiz averages
 * count every graded attempt; a completion of a retired lesson no longer counts.
 */
@IntegrationTest
class CohortOverviewTest {

    @Autowired
    DashboardStore store;

    @Autowired
    LearnerFixture learners;

    @Autowired
    Quizzes quizzes;

    @Autowired
    PathOutline outline;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_funnel_and_the_quiz_averages_count_what_the_learners_did() {
        var before = store.overview(DashboardStore.EVERYONE, Instant.now(), List.of());
        String graphs = outline.modules().getFirst().title();

        String passer = learners.newLearner("Funnel Passer");
        learners.completeLessons(passer, "graphs");
        var attempt = quizzes.startOrResume("graphs-quiz");
        quizzes.submit(attempt.attemptId(), learners.correctAnswers(attempt));
        ProgressCounts.awaitPublicationsComplete(jdbc, learners.id(passer));

        String failer = learners.newLearner("Funnel Failer");
        learners.completeLessons(failer, "graphs");
        attempt = quizzes.startOrResume("graphs-quiz");
        quizzes.submit(attempt.attemptId(), learners.wrongAnswers(attempt));
        ProgressCounts.awaitPublicationsComplete(jdbc, learners.id(failer));

        String reader = learners.newLearner("Funnel Reader");
        learners.completeLessons(reader, "graphs");
        // one lesson they read is no longer current: the step is not finished for them
        jdbc.sql("delete from completed_lesson where learner_id = ? and lesson_slug = ?")
                .params(
                        learners.id(reader),
                        outline.modules().getFirst().lessonSlugs().getFirst())
                .update();

        var after = store.overview(DashboardStore.EVERYONE, Instant.now(), List.of());

        assertThat(after.learners() - before.learners()).isEqualTo(3);
        assertThat(after.funnel()).hasSameSizeAs(before.funnel());
        var stepBefore = step(before, graphs);
        var stepAfter = step(after, graphs);
        assertThat(stepAfter.finishedLessons() - stepBefore.finishedLessons()).isEqualTo(2);
        assertThat(stepAfter.passedQuiz() - stepBefore.passedQuiz()).isEqualTo(1);
        String quiz = jdbc.sql("select title from quiz where slug = 'graphs-quiz'")
                .query(String.class)
                .single();
        assertThat(attempts(after, quiz) - attempts(before, quiz)).isEqualTo(2);
        assertThat(after.activeLast7Days() - before.activeLast7Days()).isGreaterThanOrEqualTo(2);
    }

    private static int attempts(DashboardData.CohortOverview overview, String quiz) {
        return overview.quizzes().stream()
                .filter(q -> q.quiz().equals(quiz))
                .mapToInt(DashboardData.QuizAverage::attempts)
                .sum();
    }

    private static DashboardData.FunnelStep step(DashboardData.CohortOverview overview, String module) {
        return overview.funnel().stream()
                .filter(s -> s.module().equals(module))
                .findFirst()
                .orElseThrow();
    }
}
