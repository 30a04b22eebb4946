package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.ContentCopy;
import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.TestClock;
import dev.tensortrail.curriculum.CurriculumLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A question's explanation changes in a content reload: every review card of it comes due again,
 * while the attempt that graded it keeps its score and the review log stays as it was. A change
 * to the prompt only leaves the card alone.
 */
@IntegrationTest
class RevisedQuestionsTest {

    @Autowired
    CurriculumLoader loader;

    @Autowired
    LearnerFixture learners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Reviews reviews;

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheContent() throws IOException {
        ContentCopy.copyShippedContent(copy);
    }

    @AfterEach
    void restore() {
        clock.reset();
        loader.load("classpath:curriculum");
    }

    @Test
    void a_changed_explanation_makes_the_card_due_while_the_old_attempt_keeps_its_score() throws IOException {
        String email = learners.newLearner("Rita Revised");
        long learner = learners.id(email);
        Path quiz = copy.resolve(ContentCopy.GRAPHS_QUIZ);
        String text = Files.readString(quiz);
        List<String> ids = Pattern.compile("\n  - id: (\\S+)\n")
                .matcher(text)
                .results()
                .map(m -> m.group(1))
                .toList();
        long changed = questionId(ids.get(0));
        long reworded = questionId(ids.get(1));
        Instant later = clock.instant().plus(Duration.ofDays(30));

        long attempt = jdbc.sql("""
                        insert into quiz_attempt (quiz_id, learner_id, started_at, submitted_at, score, passed)
                        select id, ?, now(), now(), 0.5, false from quiz where slug = 'graphs-quiz' returning id""").param(learner).query(Long.class).single();
        jdbc.sql(
                        "insert into attempt_item (attempt_id, position, question_id, option_order, score) values (?, 1, ?, '{}', 1)")
                .params(attempt, changed)
                .update();
        jdbc.sql(
                        "insert into attempt_item (attempt_id, position, question_id, option_order, score) values (?, 2, ?, '{}', 0)")
                .params(attempt, reworded)
                .update();
        for (long question : List.of(changed, reworded)) {
            jdbc.sql("""
                            insert into review_card (learner_id, question_id, state, stability, difficulty, due, last_review, reps)
                            values (?, ?, 'REVIEW', 20, 5, ?, now(), 1)""").params(learner, question, Timestamp.from(later)).update();
            jdbc.sql("""
                            insert into review_log (learner_id, question_id, source, rating, score, reviewed_at)
                            values (?, ?, 'QUIZ', 'GOOD', 1, now())""").params(learner, question).update();
        }
        assertThat(reviews.summary(java.time.ZoneOffset.UTC).dueNow()).isZero();
        Instant rewordedDue = due(learner, reworded);

        // the first question's explanation changes, the second one's prompt only
        Files.writeString(quiz, edit(edit(text, ids.get(0), "explanation"), ids.get(1), "prompt"));
        clock.advance(Duration.ofMinutes(1));
        loader.load(ContentCopy.location(copy));

        assertThat(due(learner, changed)).isBeforeOrEqualTo(clock.instant());
        assertThat(due(learner, reworded)).isEqualTo(rewordedDue);
        assertThat(reviews.summary(java.time.ZoneOffset.UTC).dueNow()).isOne();
        assertThat(jdbc.sql("select score from quiz_attempt where id = ?")
                        .param(attempt)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("0.5");
        assertThat(jdbc.sql("select score from attempt_item where attempt_id = ? order by position")
                        .param(attempt)
                        .query(BigDecimal.class)
                        .list())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ONE, BigDecimal.ZERO);
        assertThat(jdbc.sql("select count(*) from review_log where learner_id = ?")
                        .param(learner)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        // a second load of the same files changes no card again
        jdbc.sql("update review_card set due = ? where learner_id = ?")
                .params(Timestamp.from(later), learner)
                .update();
        loader.load(ContentCopy.location(copy));
        assertThat(due(learner, changed)).isAfter(clock.instant());
    }

    /** Prefixes the field of the question with that id (quoted or plain scalar) with "Revised: ". */
    private static String edit(String text, String id, String field) {
        int start = text.indexOf("\n  - id: " + id + "\n");
        int at = text.indexOf("\n    " + field + ": ", start) + ("\n    " + field + ": ").length();
        char first = text.charAt(at);
        int insert = first == '"' || first == '\'' ? at + 1 : at;
        return text.substring(0, insert) + "Revised: " + text.substring(insert);
    }

    private long questionId(String key) {
        return jdbc.sql("select id from question where content_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }

    private Instant due(long learner, long question) {
        return jdbc.sql("select due from review_card where learner_id = ? and question_id = ?")
                .params(learner, question)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }
}
