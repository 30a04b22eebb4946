package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.quiz.Answer;
import dev.tensortrail.quiz.QuizData.AttemptView;
import dev.tensortrail.quiz.Quizzes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** 200 learners submit their quiz at the same moment: each is graded once, and progress follows exactly (issue 15). */
@IntegrationTest
class TwoHundredLearnersSubmitTest {

    private static final int LEARNERS = 200;

    @Autowired
    LearnerFixture learners;

    @Autowired
    Quizzes quizzes;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record Ready(long learner, Authentication who, AttemptView attempt, Map<Long, Answer> answers) {}

    @Test
    void two_hundred_simultaneous_submissions_are_each_graded_once_and_progress_counts_them_exactly() throws Exception {
        List<Ready> ready = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            String email = learners.newLearner("Crowd " + i);
            learners.completeLessons(email, "graphs");
            var attempt = quizzes.startOrResume("graphs-quiz");
            ready.add(new Ready(
                    learners.id(email),
                    SecurityContextHolder.getContext().getAuthentication(),
                    attempt,
                    learners.correctAnswers(attempt)));
        }
        SecurityContextHolder.clearContext();
        long logsBefore =
                jdbc.sql("select count(*) from review_log").query(Long.class).single();
        long sumsBefore = jdbc.sql("select coalesce(sum(n), 0) from question_summary")
                .query(Long.class)
                .single();

        // as many workers as the connection pool has connections: the pool waits at most 2 s for a
        // connection (spring.datasource.hikari.connection-timeout), and 32 workers on 10 connections
        // made 2 of 200 submissions give up under load
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (Ready r : ready) {
            outcomes.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(r.who());
                go.await();
                try {
                    return quizzes.submit(r.attempt().attemptId(), r.answers()).passed() ? "passed" : "not passed";
                } catch (RuntimeException e) {
                    return "failed: " + e;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        go.countDown();
        Map<String, Integer> counts = new HashMap<>();
        for (var outcome : outcomes) {
            counts.merge(outcome.get(120, TimeUnit.SECONDS), 1, Integer::sum);
        }
        pool.shutdown();

        assertThat(counts).isEqualTo(Map.of("passed", LEARNERS));
        List<Long> attempts = ready.stream().map(r -> r.attempt().attemptId()).toList();
        assertThat(jdbc.sql("select count(*) from quiz_attempt where submitted_at is not null and id in (:ids)")
                        .param("ids", attempts)
                        .query(Long.class)
                        .single())
                .isEqualTo(LEARNERS);

        long drawn =
                ready.stream().mapToLong(r -> r.attempt().questions().size()).sum();
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> jdbc.sql("""
                                select count(*) from event_publication where completion_date is null
                                and (serialized_event::jsonb ->> 'learnerId')::bigint in (:learners)""")
                                .param(
                                        "learners",
                                        ready.stream().map(Ready::learner).toList())
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(jdbc.sql("select count(*) from review_log").query(Long.class).single() - logsBefore)
                .as("one review-log row per drawn question, none twice")
                .isEqualTo(drawn);
        assertThat(jdbc.sql("select coalesce(sum(n), 0) from question_summary")
                                .query(Long.class)
                                .single()
                        - sumsBefore)
                .as("item statistics count each first attempt's questions once")
                .isEqualTo(drawn);
        for (Ready r : ready) {
            assertThat(ProgressCounts.of(jdbc, r.learner(), r.attempt().attemptId())
                            .cardReps())
                    .isEqualTo(r.attempt().questions().size());
        }
    }
}
