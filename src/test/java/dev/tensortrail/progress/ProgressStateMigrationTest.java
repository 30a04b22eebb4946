package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.base.database.FreshPostgres;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration 28 on a database that holds completions, graded attempts and review cards stored
 * before progress kept its own state: the new progress tables are filled from them, as the
 * listeners would have filled them from the events.
 */
class ProgressStateMigrationTest {

    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    private JdbcClient jdbc;

    @BeforeEach
    void aDatabaseAtTheVersionBefore() {
        jdbc = postgres.jdbc();
        postgres.migrateTo("27");
    }

    @Test
    void completions_graded_attempts_and_card_skills_are_copied_into_progress_tables() {
        long learner = jdbc.sql("""
                        insert into user_account (email, display_name, password_hash, role, created_at)
                        values ('old@example.org', 'Old Rows', 'x', 'LEARNER', now()) returning id""").query(Long.class).single();
        long module = jdbc.sql("""
                        insert into path_module (slug, title, summary, position, unlock_rule, content_hash, updated_at)
                        values ('graphs', 'Graphs', 's', 1, 'OPEN', 'h', now()) returning id""").query(Long.class).single();
        long lesson = jdbc.sql("""
                        insert into lesson (slug, module_id, position, title, goal, reading_minutes, as_of, body_html,
                                            key_points, skills, prerequisites, source_titles, source_urls,
                                            section_anchors, section_titles, source_file, content_hash, updated_at)
                        values ('graphs-intro', ?, 1, 't', 'g', 7, '2026-01-01', 'b', '{}', '{graph-concepts}', '{}',
                                '{}', '{}', '{}', '{}', 'f.md', 'h', now()) returning id""").param(module).query(Long.class).single();
        jdbc.sql(
                        "insert into lesson_completion (learner_id, lesson_id, completed_at) values (?, ?, '2026-02-01T10:00:00Z')")
                .params(learner, lesson)
                .update();
        long quiz = jdbc.sql("""
                        insert into quiz (slug, module_slug, title, pass_percent, as_of, content_hash, updated_at)
                        values ('graphs-quiz', 'graphs', 'Quiz: graphs', 70, '2026-01-01', 'h', now()) returning id""").query(Long.class).single();
        long[] questions = new long[2];
        String[] skills = {"graph-history", "graph-concepts"};
        for (int i = 0; i < questions.length; i++) {
            questions[i] = jdbc.sql("""
                            insert into question (content_key, quiz_id, position, type, skill, lesson_slug, prompt_html,
                                                  explanation_html, content_hash, updated_at)
                            values (?, ?, ?, 'SINGLE', ?, 'graphs-intro', 'p', 'e', 'h', now()) returning id""")
                    .params("q-" + i, quiz, i + 1, skills[i])
                    .query(Long.class)
                    .single();
        }
        long failed = attempt(quiz, learner, "2026-02-02T10:00:00Z", 0.5, false, questions, 1, 0);
        long passed = attempt(quiz, learner, "2026-02-03T10:00:00Z", 1.0, true, questions, 1, 1);
        jdbc.sql("insert into quiz_attempt (quiz_id, learner_id, started_at) values (?, ?, now())")
                .params(quiz, learner)
                .update();
        jdbc.sql("""
                        insert into review_card (learner_id, question_id, state, due) values (?, ?, 'LEARNING', now())""").params(learner, questions[1]).update();

        postgres.migrate();

        assertThat(jdbc.sql("""
                                select lesson_slug || ' ' || module_slug || ' ' || reading_minutes || ' '
                                       || to_char(completed_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI')
                                from completed_lesson where learner_id = ?""").param(learner).query(String.class).list())
                .containsExactly("graphs-intro graphs 7 2026-02-01 10:00");
        assertThat(jdbc.sql("""
                                select attempt_id, quiz_id, quiz_slug, quiz_title, module_slug, pass_percent, score, passed,
                                       first_attempt, missed_skills, question_ids, question_scores
                                from quiz_result where learner_id = ? order by graded_at""")
                        .param(learner)
                        .query((rs, n) -> List.of(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getInt(6),
                                rs.getBigDecimal(7).doubleValue(),
                                rs.getBoolean(8),
                                rs.getBoolean(9),
                                List.of((String[]) rs.getArray(10).getArray()),
                                List.of((Long[]) rs.getArray(11).getArray()),
                                java.util.Arrays.stream(
                                                (BigDecimal[]) rs.getArray(12).getArray())
                                        .map(BigDecimal::doubleValue)
                                        .toList()))
                        .list())
                .containsExactly(
                        List.of(
                                failed,
                                quiz,
                                "graphs-quiz",
                                "Quiz: graphs",
                                "graphs",
                                70,
                                0.5,
                                false,
                                true,
                                List.of("graph-concepts"),
                                List.of(questions[0], questions[1]),
                                List.of(1.0, 0.0)),
                        List.of(
                                passed,
                                quiz,
                                "graphs-quiz",
                                "Quiz: graphs",
                                "graphs",
                                70,
                                1.0,
                                true,
                                false,
                                List.of(),
                                List.of(questions[0], questions[1]),
                                List.of(1.0, 1.0)));
        assertThat(jdbc.sql("select skill from review_card where learner_id = ?")
                        .param(learner)
                        .query(String.class)
                        .single())
                .isEqualTo("graph-concepts");
    }

    private long attempt(
            long quiz, long learner, String at, double score, boolean passed, long[] questions, int... scores) {
        long id = jdbc.sql("""
                        insert into quiz_attempt (quiz_id, learner_id, started_at, submitted_at, score, passed)
                        values (?, ?, ?::timestamptz - interval '5 minutes', ?::timestamptz, ?, ?) returning id""")
                .params(quiz, learner, at, at, score, passed)
                .query(Long.class)
                .single();
        for (int i = 0; i < questions.length; i++) {
            jdbc.sql("""
                            insert into attempt_item (attempt_id, position, question_id, option_order, answer, score)
                            values (?, ?, ?, '{}', '{"options": []}', ?)""").params(id, i + 1, questions[i], scores[i]).update();
        }
        return id;
    }
}
