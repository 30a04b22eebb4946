package dev.tensortrail.quiz;

import dev.tensortrail.quiz.QuizData.AttemptSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL for quiz attempts and their items (the questions drawn, in the learner's order, with answers). */
@Repository
class AttemptStore {

    /** An attempt; {@code submittedAt}, {@code score} and {@code passed} are set together, when it is graded. */
    record Attempt(
            long id,
            long quizId,
            long learnerId,
            long version,
            Instant startedAt,
            @Nullable Instant submittedAt,
            @Nullable Double score,
            @Nullable Boolean passed) {

        boolean graded() {
            return submittedAt != null;
        }
    }

    /** One drawn question of an attempt: its options in the order this learner sees them, the answer so far. */
    record Item(
            int position,
            long questionId,
            List<Long> optionOrder,
            Answer answer,
            @Nullable Double score) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    AttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The learner's attempt of this quiz that is not graded yet, if any. */
    Optional<Long> openAttempt(long learner, long quizId) {
        return jdbc.sql("select id from quiz_attempt where learner_id = ? and quiz_id = ? and submitted_at is null")
                .params(learner, quizId)
                .query(Long.class)
                .optional();
    }

    /**
     * A new attempt, or empty when the learner has an open one already (another request may be
     * creating it right now: the insert then waits for that one and yields).
     */
    Optional<Long> create(long quizId, long learner, Instant startedAt) {
        return jdbc.sql("""
                        insert into quiz_attempt (quiz_id, learner_id, started_at) values (?, ?, ?)
                        on conflict (learner_id, quiz_id) where submitted_at is null do nothing returning id""")
                .params(quizId, learner, Timestamp.from(startedAt))
                .query(Long.class)
                .optional();
    }

    void addItem(long attemptId, int position, long questionId, List<Long> optionOrder) {
        jdbc.sql("insert into attempt_item (attempt_id, position, question_id, option_order) values (?, ?, ?, ?)")
                .params(attemptId, position, questionId, optionOrder.toArray(Long[]::new))
                .update();
    }

    void saveAnswer(long attemptId, long questionId, Answer answer) {
        jdbc.sql("update attempt_item set answer = ?::jsonb where attempt_id = ? and question_id = ?")
                .params(answer.json(), attemptId, questionId)
                .update();
    }

    /** An attempt with its items, in one query (a submission reads both). */
    record WithItems(Attempt attempt, List<Item> items) {}

    Optional<WithItems> withItems(long attemptId) {
        List<Attempt> attempt = new ArrayList<>(1);
        List<Item> items = new ArrayList<>();
        jdbc.sql("""
                        select a.id, a.quiz_id, a.learner_id, a.version, a.started_at, a.submitted_at, a.score, a.passed,
                               i.position, i.question_id, i.option_order, i.answer, i.score
                        from quiz_attempt a left join attempt_item i on i.attempt_id = a.id
                        where a.id = ? order by i.position""").param(attemptId).query(rs -> {
            if (attempt.isEmpty()) {
                attempt.add(new Attempt(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getBigDecimal(7) == null ? null : rs.getBigDecimal(7).doubleValue(),
                        (Boolean) rs.getObject(8)));
            }
            if (rs.getObject(10) != null) {
                items.add(new Item(
                        rs.getInt(9),
                        rs.getLong(10),
                        List.of((Long[]) rs.getArray(11).getArray()),
                        Answer.fromJson(rs.getString(12)),
                        rs.getBigDecimal(13) == null
                                ? null
                                : rs.getBigDecimal(13).doubleValue()));
            }
        });
        return attempt.stream().findFirst().map(a -> new WithItems(a, List.copyOf(items)));
    }

    /** A graded answer to store. */
    record GradedAnswer(long questionId, Answer answer, double score) {}

    /** Every graded answer of an attempt in one statement, whatever the number of questions. */
    void saveGradedAnswers(long attemptId, List<GradedAnswer> answers) {
        var rows = JSON.createArrayNode();
        for (GradedAnswer a : answers) {
            rows.addObject()
                    .put("question_id", a.questionId())
                    .put("score", decimal(a.score()))
                    .set("answer", JSON.readTree(a.answer().json()));
        }
        jdbc.sql("""
                        update attempt_item i set answer = v.answer, score = v.score
                        from jsonb_to_recordset(?::jsonb) as v(question_id bigint, answer jsonb, score numeric)
                        where i.attempt_id = ? and i.question_id = v.question_id""").params(rows.toString(), attemptId).update();
    }

    /**
     * What grading found: whether this request graded the attempt (false when another request was
     * first), and how many graded attempts of the quiz the learner had before, and whether one passed.
     */
    record Graded(boolean graded, int gradedBefore, boolean passedBefore) {}

    /**
     * Grades the attempt if it is still at this version and open, in one statement that also reads
     * the learner's earlier graded attempts (the sub-queries see the table as it was before the update).
     */
    Graded grade(AttemptStore.Attempt attempt, Instant at, double score, boolean passed) {
        return jdbc.sql("""
                        with graded as (
                            update quiz_attempt set submitted_at = ?, score = ?, passed = ?, version = version + 1
                            where id = ? and version = ? and submitted_at is null
                            returning id)
                        select (select count(*) from graded) = 1,
                               (select count(*) from quiz_attempt
                                where learner_id = ? and quiz_id = ? and submitted_at is not null),
                               (select coalesce(bool_or(passed), false) from quiz_attempt
                                where learner_id = ? and quiz_id = ? and submitted_at is not null)""")
                .params(
                        Timestamp.from(at),
                        decimal(score),
                        passed,
                        attempt.id(),
                        attempt.version(),
                        attempt.learnerId(),
                        attempt.quizId(),
                        attempt.learnerId(),
                        attempt.quizId())
                .query((rs, n) -> new Graded(rs.getBoolean(1), rs.getInt(2), rs.getBoolean(3)))
                .single();
    }

    boolean passedEver(long learner, long quizId) {
        return jdbc.sql("""
                        select exists (select 1 from quiz_attempt where learner_id = ? and quiz_id = ?
                        and submitted_at is not null and passed)""").params(learner, quizId).query(Boolean.class).single();
    }

    /** Whether the learner had this question in a graded attempt. */
    boolean seenInGradedAttempt(long learner, long questionId) {
        return jdbc.sql("""
                        select exists (select 1 from attempt_item i join quiz_attempt a on a.id = i.attempt_id
                        where a.learner_id = ? and a.submitted_at is not null and i.question_id = ?)""").params(learner, questionId).query(Boolean.class).single();
    }

    /** The questions of this quiz the learner had in graded attempts: when last, and how it went. */
    Map<Long, Draw.Seen> seen(long learner, long quizId) {
        Map<Long, Draw.Seen> seen = new HashMap<>();
        jdbc.sql("""
                        select distinct on (i.question_id) i.question_id, a.submitted_at, i.score
                        from attempt_item i join quiz_attempt a on a.id = i.attempt_id
                        where a.learner_id = ? and a.quiz_id = ? and a.submitted_at is not null
                        order by i.question_id, a.submitted_at desc, a.id desc""")
                .params(learner, quizId)
                .query((rs, n) -> Map.entry(
                        rs.getLong(1),
                        new Draw.Seen(
                                rs.getTimestamp(2).toInstant(),
                                rs.getBigDecimal(3) == null
                                        ? 0
                                        : rs.getBigDecimal(3).doubleValue())))
                .list()
                .forEach(e -> seen.put(e.getKey(), e.getValue()));
        return seen;
    }

    /** The learner's graded attempts of this quiz, latest first. */
    List<AttemptSummary> history(long learner, long quizId) {
        return jdbc.sql("""
                        select id, submitted_at, score, passed from quiz_attempt
                        where learner_id = ? and quiz_id = ? and submitted_at is not null order by submitted_at desc""")
                .params(learner, quizId)
                .query((rs, n) -> new AttemptSummary(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getBigDecimal(3).doubleValue(),
                        rs.getBoolean(4)))
                .list();
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
    }
}
