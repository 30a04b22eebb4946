package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.TestClock;
import dev.tensortrail.quiz.QuizBankFixture;
import dev.tensortrail.quiz.Quizzes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 10: mastery counts distinct questions, so the same question right twice is one piece of evidence. */
@IntegrationTest
class DistinctEvidenceTest {

    @Autowired
    Quizzes quizzes;

    @Autowired
    Reviews reviews;

    @Autowired
    Mastery mastery;

    @Autowired
    LearnerFixture learners;

    @Autowired
    QuizBankFixture bank;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path content;

    @AfterEach
    void restore() {
        clock.reset();
        SecurityContextHolder.clearContext();
        bank.restore();
    }

    @Test
    void the_same_question_right_in_two_quizzes_and_a_review_does_not_lift_a_skill_past_familiar() {
        // graph-concepts has a single question in this bank, graph-history seven
        bank.load(content, QuizBankFixture.bank(List.of(1, 7), ""));
        String email = learners.newLearner("Dee Distinct");
        learners.completeLessons(email, "graphs");
        long learner = learners.id(email);

        for (int i = 1; i <= 2; i++) {
            var attempt = quizzes.startOrResume(QuizBankFixture.QUIZ);
            quizzes.submit(attempt.attemptId(), learners.correctAnswers(attempt));
            int logged = 8 * i;
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.sql("select count(*) from review_log where learner_id = ?")
                                    .param(learner)
                                    .query(Integer.class)
                                    .single()
                            >= logged);
            // (awaitility polls on another thread, without the signed-in learner: read the table)
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.sql(
                                            "select count(*) from skill_mastery where learner_id = ? and skill = 'graph-concepts'")
                                    .param(learner)
                                    .query(Integer.class)
                                    .single()
                            == 1);
        }
        assertThat(mastery.levels())
                .containsEntry("graph-concepts", MasteryLevel.FAMILIAR)
                .containsEntry("graph-history", MasteryLevel.PROFICIENT);

        long only = jdbc.sql("""
                        select q.id from question q join quiz z on z.id = q.quiz_id
                        where z.slug = ? and q.skill = 'graph-concepts' and q.retired_at is null""").param(QuizBankFixture.QUIZ).query(Long.class).single();
        clock.advance(Duration.ofDays(30));
        var outcome = reviews.record(only, 1.0);
        assertThat(outcome.level()).isEqualTo(MasteryLevel.FAMILIAR);
    }
}
