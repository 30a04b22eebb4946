package dev.tensortrail.progress;

import dev.tensortrail.account.PersonalData;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Mastery, review cards and history, time zone and dashboard summary, for a learner's data export. */
@Component
class ProgressPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ProgressPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> about(long accountId) {
        return List.of(
                section(
                        "skill_mastery",
                        "Your mastery level per skill.",
                        "select skill, level, updated_at from skill_mastery where learner_id = ? order by skill",
                        accountId),
                section("review_card", "Your spaced-review cards: when each question is due again.", """
                                select q.content_key as question, c.state, c.step, c.stability, c.difficulty, c.due,
                                       c.last_review, c.reps, c.lapses
                                from review_card c join question q on q.id = c.question_id where c.learner_id = ?
                                order by c.due""", accountId),
                section("review_log", "Every review and quiz answer that moved a card.", """
                                select q.content_key as question, l.source, l.rating, l.score, l.reviewed_at
                                from review_log l join question q on q.id = l.question_id where l.learner_id = ?
                                order by l.reviewed_at""", accountId),
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
        return new Section(
                table, description, jdbc.sql(sql).param(accountId).query().listOfRows());
    }
}
