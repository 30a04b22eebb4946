package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.quiz.QuizBankFixture;
import dev.tensortrail.quiz.Quizzes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 10: with draws each question is in only some attempts; its statistics are over those
 * attempts, say how many they were, and below the minimum say "not enough data".
 */
@IntegrationTest
class ItemAnalysisWithDrawsTest {

    @Autowired
    DashboardStore store;

    @Autowired
    Quizzes quizzes;

    @Autowired
    LearnerFixture learners;

    @Autowired
    QuizBankFixture bank;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path content;

    @AfterEach
    void restore() {
        SecurityContextHolder.clearContext();
        bank.restore();
    }

    @Test
    void each_question_is_analysed_over_the_attempts_that_drew_it() {
        bank.load(content, 10, "draw: 6");
        List<Long> ids = new ArrayList<>();
        Map<Long, Integer> drawn = new HashMap<>();
        Map<Long, Double> scoreSum = new HashMap<>();
        for (int i = 0; i < 7; i++) {
            String email = learners.newLearner("Exposed Learner");
            ids.add(learners.id(email));
            learners.completeLessons(email, "graphs");
            var attempt = quizzes.startOrResume(QuizBankFixture.QUIZ);
            // right on the first half of the questions shown, wrong on the rest
            var answers = new java.util.LinkedHashMap<>(learners.correctAnswers(attempt));
            var wrong = learners.wrongAnswers(attempt);
            for (int q = 0; q < attempt.questions().size(); q++) {
                long id = attempt.questions().get(q).questionId();
                boolean right = q < 3;
                if (!right) {
                    answers.put(id, wrong.get(id));
                }
                drawn.merge(id, 1, Integer::sum);
                scoreSum.merge(id, right ? 1.0 : 0.0, Double::sum);
            }
            quizzes.submit(attempt.attemptId(), answers);
        }

        var stats = store.questionStatistics(ids);

        assertThat(stats).hasSize(drawn.size());
        assertThat(stats.stream()
                        .mapToInt(DashboardData.QuestionStatistics::attempts)
                        .sum())
                .isEqualTo(7 * 6);
        assertThat(stats).allSatisfy(s -> {
            assertThat(s.attempts()).isEqualTo(drawn.get(s.questionId()));
            assertThat(s.facility()).isCloseTo(scoreSum.get(s.questionId()) / drawn.get(s.questionId()), within(1e-9));
            assertThat(s.enoughData())
                    .as("fewer than %d attempts drew it", DashboardStore.MIN_ATTEMPTS)
                    .isFalse();
        });
        assertThat(drawn.size())
                .as("a bank of twenty, six at a time, seven learners")
                .isGreaterThan(6);
    }
}
