package dev.tensortrail.progress;

import dev.tensortrail.account.PersonalData;
import dev.tensortrail.quiz.ItemStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mastery, review cards and history, completed lessons and quiz results as progress keeps them,
 * time zone and dashboard summary, for a learner's data export. Questions are named by their
 * content key, which the quiz module's {@link ItemStatistics} gives.
 */
@Component
class ProgressPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final ItemStatistics questions;

    ProgressPersonalData(JdbcClient jdbc, ItemStatistics questions) {
        this.jdbc = jdbc;
        this.questions = questions;
    }

    @Override
    public List<Section> about(long accountId) {
        return List.of(
                section(
                        "skill_mastery",
                        "Your mastery level per skill.",
                        "select skill, level, updated_at from skill_mastery where learner_id = ? order by skill",
                        accountId),
                new Section(
                        "review_card",
                        "Your spaced-review cards: when each question is due again.",
                        withQuestionKeys(rows("""
                                        select question_id, skill, state, step, stability, difficulty, due,
                                               last_review, reps, lapses
                                        from review_card where learner_id = ? order by due""", accountId))),
                new Section(
                        "review_log",
                        "Every review and quiz answer that moved a card.",
                        withQuestionKeys(rows("""
                                        select question_id, source, rating, score, reviewed_at
                                        from review_log where learner_id = ? order by reviewed_at""", accountId))),
                section(
                        "completed_lesson",
                        "The lessons you completed, as your dashboard counts them.",
                        """
                                select lesson_slug, module_slug, reading_minutes, completed_at from completed_lesson
                                where learner_id = ? order by completed_at""",
                        accountId),
                section("quiz_result", "Your graded quiz attempts, as your dashboard shows them.", """
                                select attempt_id, quiz_slug, quiz_title, started_at, graded_at, score, passed,
                                       first_attempt, missed_skills
                                from quiz_result where learner_id = ? order by graded_at""", accountId),
                section(
                        "learner_zone",
                        "The time zone your streaks are counted in.",
                        "select zone_id from learner_zone where learner_id = ?",
                        accountId),
                section(
                        "learner_summary",
                        "What an instructor's cohort view shows about you.",
                        "select * from learner_summary where learner_id = ?",
                        accountId));
    }

    private Section section(String table, String description, String sql, long accountId) {
        return new Section(table, description, rows(sql, accountId));
    }

    private List<Map<String, Object>> rows(String sql, long accountId) {
        return jdbc.sql(sql).param(accountId).query().listOfRows();
    }

    /** The rows with the question's content key in place of its id, as the first column. */
    private List<Map<String, Object>> withQuestionKeys(List<Map<String, Object>> rows) {
        Map<Long, String> keys = questions.keys(rows.stream()
                .map(r -> ((Number) r.get("question_id")).longValue())
                .distinct()
                .toList());
        return rows.stream()
                .map(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    long id = ((Number) r.get("question_id")).longValue();
                    row.put("question", keys.getOrDefault(id, String.valueOf(id)));
                    r.forEach((column, value) -> {
                        if (!column.equals("question_id")) {
                            row.put(column, value);
                        }
                    });
                    return row;
                })
                .toList();
    }
}
