package dev.tensortrail.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Two sign-ins of one learner press "Start the quiz" at the same moment (issue 15, item 6). */
@IntegrationTest
class ConcurrentStartTest {

    private static final String QUIZ = "graphs-quiz";
    private static final int ROUNDS = 8;

    @Autowired
    Quizzes quizzes;

    @Autowired
    LearnerFixture learners;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void two_sessions_starting_together_both_end_on_the_one_open_attempt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String email = learners.newLearner("Twin Start " + round);
                learners.completeLessons(email, "graphs");
                var barrier = new CyclicBarrier(2);
                List<Future<Long>> starts = new ArrayList<>();
                for (int session = 0; session < 2; session++) {
                    starts.add(pool.submit(() -> {
                        learners.signIn(email);
                        try {
                            barrier.await(10, TimeUnit.SECONDS);
                            return quizzes.startOrResume(QUIZ).attemptId();
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }));
                }
                long first = starts.get(0).get(30, TimeUnit.SECONDS);
                long second = starts.get(1).get(30, TimeUnit.SECONDS);

                assertThat(second).as("round %d", round).isEqualTo(first);
                assertThat(jdbc.sql("select count(*) from quiz_attempt where learner_id = ?")
                                .param(learners.id(email))
                                .query(Long.class)
                                .single())
                        .as("round %d", round)
                        .isOne();
                assertThat(jdbc.sql("select count(*) from attempt_item where attempt_id = ?")
                                .param(first)
                                .query(Long.class)
                                .single())
                        .isEqualTo(quizzes.info("graphs-quiz").orElseThrow().questionCount());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
