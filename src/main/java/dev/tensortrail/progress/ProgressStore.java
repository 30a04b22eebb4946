package dev.tensortrail.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for mastery levels, review cards and the review log. */
@Repository
class ProgressStore {

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims a graded attempt for applying its progress; false when it was applied before. A
     * concurrent claim of the same attempt waits here until the first transaction ends.
     */
    boolean claimGradedAttempt(long attemptId, Instant gradedAt) {
        return jdbc.sql("""
                        insert into graded_attempt_applied (attempt_id, applied_at) values (?, ?)
                        on conflict (attempt_id) do nothing""").params(attemptId, Timestamp.from(gradedAt)).update() == 1;
    }

    Map<String, MasteryLevel> mastery(long learner) {
        Map<String, MasteryLevel> result = new HashMap<>();
        jdbc.sql("select skill, level from skill_mastery where learner_id = ?")
                .param(learner)
                .query((rs, n) -> Map.entry(rs.getString(1), MasteryLevel.valueOf(rs.getString(2))))
                .list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    void saveMastery(long learner, String skill, MasteryLevel level, Instant at) {
        jdbc.sql("""
                        insert into skill_mastery (learner_id, skill, level, updated_at) values (?, ?, ?, ?)
                        on conflict (learner_id, skill) do update set level = excluded.level, updated_at = excluded.updated_at""").params(learner, skill, level.name(), Timestamp.from(at)).update();
    }

    Optional<Fsrs.Card> card(long learner, long questionId) {
        return jdbc.sql("""
                        select state, step, stability, difficulty, due, last_review from review_card
                        where learner_id = ? and question_id = ? for update""")
                .params(learner, questionId)
                .query((rs, n) -> new Fsrs.Card(
                        Fsrs.State.valueOf(rs.getString(1)),
                        (Integer) rs.getObject(2),
                        (Double) rs.getObject(3),
                        (Double) rs.getObject(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .optional();
    }

    void saveCard(long learner, long questionId, Fsrs.Card card, boolean lapse) {
        jdbc.sql("""
                        insert into review_card (learner_id, question_id, state, step, stability, difficulty, due,
                                                 last_review, reps, lapses)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
                        on conflict (learner_id, question_id) do update set state = excluded.state,
                            step = excluded.step, stability = excluded.stability, difficulty = excluded.difficulty,
                            due = excluded.due, last_review = excluded.last_review,
                            reps = review_card.reps + 1, lapses = review_card.lapses + excluded.lapses""")
                .params(
                        learner,
                        questionId,
                        card.state().name(),
                        card.step(),
                        card.stability(),
                        card.difficulty(),
                        Timestamp.from(card.due()),
                        card.lastReview() == null ? null : Timestamp.from(card.lastReview()),
                        lapse ? 1 : 0)
                .update();
    }

    void log(long learner, long questionId, String source, Fsrs.Rating rating, double score, Instant at) {
        jdbc.sql("""
                        insert into review_log (learner_id, question_id, source, rating, score, reviewed_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(learner, questionId, source, rating.name(), score, Timestamp.from(at))
                .update();
    }

    /** Cards due at {@code now}, the longest overdue first. */
    List<Long> dueQuestions(long learner, Instant now, int limit) {
        return jdbc.sql("""
                        select question_id from review_card where learner_id = ? and due <= ?
                        order by due, question_id limit ?""")
                .params(learner, Timestamp.from(now), limit)
                .query(Long.class)
                .list();
    }

    int dueCount(long learner, Instant now) {
        return jdbc.sql("select count(*) from review_card where learner_id = ? and due <= ?")
                .params(learner, Timestamp.from(now))
                .query(Integer.class)
                .single();
    }

    int reviewsSince(long learner, Instant since) {
        return jdbc.sql("""
                        select count(*) from review_log where learner_id = ? and source = 'REVIEW' and reviewed_at >= ?""")
                .params(learner, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    @Nullable
    Instant nextDue(long learner, Instant after) {
        Timestamp next = jdbc.sql("select min(due) from review_card where learner_id = ? and due > ?")
                .params(learner, Timestamp.from(after))
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return next == null ? null : next.toInstant();
    }

    /** How many different questions of the skill the learner has answered right, in quizzes or reviews. */
    int distinctRight(long learner, String skill) {
        return jdbc.sql("""
                        select count(distinct l.question_id) from review_log l join question q on q.id = l.question_id
                        where l.learner_id = ? and q.skill = ? and l.score >= 1""").params(learner, skill).query(Integer.class).single();
    }

    @Nullable
    String skillOf(long questionId) {
        return jdbc.sql("select skill from question where id = ?")
                .param(questionId)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
