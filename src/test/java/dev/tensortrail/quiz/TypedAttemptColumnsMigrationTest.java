package dev.tensortrail.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.base.database.FreshPostgres;
import dev.tensortrail.quiz.content.QuizPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration 25 on a database that holds quiz rows in the old string formats ("3,1,2" option
 * orders, "3,1" and "1:2,3:4" answers, "skill=2" draws, "marks,rereading" review options): every
 * row comes out in the typed columns, and the quiz module reads it as it read the old text.
 */
class TypedAttemptColumnsMigrationTest {

    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    private JdbcClient jdbc;

    @BeforeEach
    void aDatabaseAtTheVersionBefore() {
        jdbc = postgres.jdbc();
        postgres.migrateToVersionBefore("25");
    }

    @Test
    void old_answers_option_orders_and_quiz_policies_are_converted_and_read_back_the_same() {
        long learner = jdbc.sql("""
                        insert into user_account (email, display_name, password_hash, role, created_at)
                        values ('old@example.org', 'Old Rows', 'x', 'LEARNER', now()) returning id""").query(Long.class).single();
        long quiz = jdbc.sql("""
                        insert into quiz (slug, module_slug, title, pass_percent, as_of, content_hash, updated_at,
                                          draw, draw_per_skill, review_not_passed, review_passed)
                        values ('old-quiz', 'old', 'Old', 80, '2026-01-01', 'h', '2026-01-02T00:00:00Z',
                                2, 'graph-concepts=2,graph-history=1', 'marks,whether_correct', '')
                        returning id""").query(Long.class).single();
        long defaults = jdbc.sql("""
                        insert into quiz (slug, module_slug, title, pass_percent, as_of, content_hash, updated_at)
                        values ('older-quiz', 'older', 'Older', 70, '2026-01-01', 'h', now()) returning id""").query(Long.class).single();
        long[] questions = new long[4];
        for (int i = 0; i < questions.length; i++) {
            questions[i] = jdbc.sql("""
                            insert into question (content_key, quiz_id, position, type, skill, lesson_slug, prompt_html,
                                                  explanation_html, content_hash)
                            values (?, ?, ?, 'SINGLE', 'graph-concepts', 'graphs', 'p', 'e', 'h') returning id""")
                    .params("old-" + i, quiz, i + 1)
                    .query(Long.class)
                    .single();
        }
        long attempt = jdbc.sql("""
                        insert into quiz_attempt (quiz_id, learner_id, started_at) values (?, ?, now()) returning id""").params(quiz, learner).query(Long.class).single();
        item(attempt, 1, questions[0], "3,1,2", "3,1");
        item(attempt, 2, questions[1], "7,5,6", "5:6,7:7,6:5");
        item(attempt, 3, questions[2], "", "");
        item(attempt, 4, questions[3], "9", null);

        postgres.migrate();

        assertThat(jdbc.sql("select option_order from attempt_item where attempt_id = ? order by position")
                        .param(attempt)
                        .query((rs, n) -> List.of((Long[]) rs.getArray(1).getArray()))
                        .list())
                .containsExactly(List.of(3L, 1L, 2L), List.of(7L, 5L, 6L), List.of(), List.of(9L));
        assertThat(jdbc.sql(
                                "select coalesce(answer::text, 'null') from attempt_item where attempt_id = ? order by position")
                        .param(attempt)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "{\"options\": [3, 1]}",
                        "{\"matches\": {\"5\": 6, \"6\": 5, \"7\": 7}}",
                        "{\"options\": []}",
                        "null");

        var items = new AttemptStore(jdbc).withItems(attempt).orElseThrow().items();
        assertThat(items)
                .extracting(AttemptStore.Item::answer)
                .containsExactly(
                        Answer.choose(List.of(3L, 1L)),
                        Answer.match(Map.of(5L, 6L, 7L, 7L, 6L, 5L)),
                        Answer.none(),
                        Answer.none());
        assertThat(items.getFirst().answer().optionIds())
                .as("in the learner's order")
                .containsExactly(3L, 1L);
        assertThat(items.get(1).optionOrder()).containsExactly(7L, 5L, 6L);

        assertThat(QuizPolicy.decodeSkills(jdbc.sql("select draw_per_skill::text from quiz where id = ?")
                        .param(quiz)
                        .query(String.class)
                        .single()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("graph-concepts", 2, "graph-history", 1));
        assertThat(QuizPolicy.decodeReview(reviews("review_not_passed", quiz), QuizPolicy.EVERYTHING))
                .containsExactlyInAnyOrder(QuizPolicy.Review.MARKS, QuizPolicy.Review.WHETHER_CORRECT);
        assertThat(QuizPolicy.decodeReview(reviews("review_passed", quiz), QuizPolicy.EVERYTHING))
                .as("an empty review set stays empty")
                .isEmpty();
        assertThat(QuizPolicy.decodeReview(reviews("review_passed", defaults), QuizPolicy.EVERYTHING))
                .as("a quiz from before review options were stored keeps the default")
                .isEqualTo(QuizPolicy.EVERYTHING);
        assertThat(jdbc.sql("select draw_per_skill is null from quiz where id = ?")
                        .param(defaults)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from question where updated_at = '2026-01-02T00:00:00Z'")
                        .query(Integer.class)
                        .single())
                .as("questions changed when their quiz last did")
                .isEqualTo(4);
    }

    private void item(long attempt, int position, long question, String optionOrder, String answer) {
        jdbc.sql("""
                        insert into attempt_item (attempt_id, position, question_id, option_order, answer)
                        values (?, ?, ?, ?, ?)""").params(attempt, position, question, optionOrder, answer).update();
    }

    private String[] reviews(String column, long quiz) {
        return jdbc.sql("select " + column + " from quiz where id = ?")
                .param(quiz)
                .query((rs, n) -> rs.getArray(1) == null
                        ? null
                        : (String[]) rs.getArray(1).getArray())
                .list()
                .getFirst();
    }
}
