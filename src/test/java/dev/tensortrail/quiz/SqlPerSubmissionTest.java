package dev.tensortrail.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.SqlCounter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a quiz submission costs the database on the learner's request: at most six SQL statements,
 * whatever the number of questions (issue 13). The statements are written to
 * target/sql-per-action/quiz-submission.txt.
 */
@IntegrationTest
class SqlPerSubmissionTest {

    @Autowired
    LearnerFixture learners;

    @Autowired
    Quizzes quizzes;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void submitting_a_quiz_sends_at_most_six_sql_statements() throws IOException {
        String email = learners.newLearner("Sam Statements");
        learners.completeLessons(email, "graphs");
        var attempt = quizzes.startOrResume("graphs-quiz");
        var answers = learners.correctAnswers(attempt);

        var recorded = SqlCounter.during(() -> quizzes.submit(attempt.attemptId(), answers));

        assertThat(recorded.result().passed()).isTrue();
        write("quiz-submission", recorded.statements());
        assertThat(recorded.statements())
                .as("statements of one submission of %d questions (target/sql-per-action)", answers.size())
                .hasSizeLessThanOrEqualTo(6);
    }

    static void write(String action, List<String> statements) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "sql-per-action"));
        Files.write(dir.resolve(action + ".txt"), statements);
    }
}
