package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tensortrail.DatabaseProxy;
import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.quiz.Quizzes;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The database goes away while the progress listener is half way through a graded attempt; it
 * comes back, and the work is done exactly once without a restart (issue 15, item 5).
 */
@IntegrationTest
class GradedWorkAfterAnOutageTest {

    @Autowired
    Quizzes quizzes;

    @Autowired
    LearnerFixture learners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    DatabaseProxy database;

    @AfterEach
    void databaseBack() throws Exception {
        database.restore();
        // connections broken by the cut must not reach the next test in this context
        dataSource
                .unwrap(com.zaxxer.hikari.HikariDataSource.class)
                .getHikariPoolMXBean()
                .softEvictConnections();
        SecurityContextHolder.clearContext();
    }

    @Test
    void progress_cut_off_by_an_outage_is_applied_once_when_the_database_is_back() throws Exception {
        String email = learners.newLearner("Otto Outage");
        learners.completeLessons(email, "graphs");
        long learner = learners.id(email);
        var attempt = quizzes.startOrResume("graphs-quiz");
        ProgressCounts.awaitPublicationsComplete(jdbc, learner);
        var before = jdbc.sql("select coalesce(sum(n), 0) from question_summary")
                .query(Long.class)
                .single();

        try (Connection blocker = dataSource.getConnection()) {
            // hold the listener just before its last writes: mastery, cards and log are written by then
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("lock table question_summary in exclusive mode");
            quizzes.submit(attempt.attemptId(), learners.correctAnswers(attempt));
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(this::listenerWaitsForTheLock);
            database.cut();
        } catch (java.sql.SQLException closedByTheCut) {
            // the blocker's connection went down with the database
        }
        Thread.sleep(4_000); // resubmission rounds run into the outage too
        database.restore();

        ProgressCounts.awaitPublicationsComplete(jdbc, learner);
        var after = ProgressCounts.of(jdbc, learner, attempt.attemptId());
        int drawn = attempt.questions().size();
        assertThat(after.reviewLogs()).isEqualTo(drawn);
        assertThat(after.cards()).isEqualTo(drawn);
        assertThat(after.cardReps()).isEqualTo(drawn);
        assertThat(after.masteryRows()).isPositive();
        assertThat(jdbc.sql("select coalesce(sum(n), 0) from question_summary")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + drawn);
        assertThat(after.learnerSummary()).isNotEqualTo("none");
    }

    private boolean listenerWaitsForTheLock() {
        return jdbc.sql("""
                        select count(*) from pg_stat_activity
                        where wait_event_type = 'Lock' and query like 'insert into question_summary%'""").query(Long.class).single() > 0;
    }
}
