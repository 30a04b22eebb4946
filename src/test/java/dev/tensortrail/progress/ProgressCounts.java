package dev.tensortrail.progress;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a graded attempt leaves in the progress tables, to compare before and after a fault. */
record ProgressCounts(
        long reviewLogs,
        long cards,
        long cardReps,
        long masteryRows,
        List<String> questionSums,
        String learnerSummary) {

    static ProgressCounts of(JdbcClient jdbc, long learner, long attemptId) {
        return new ProgressCounts(
                count(jdbc, "select count(*) from review_log where learner_id = ?", learner),
                count(jdbc, "select count(*) from review_card where learner_id = ?", learner),
                count(jdbc, "select coalesce(sum(reps), 0) from review_card where learner_id = ?", learner),
                count(jdbc, "select count(*) from skill_mastery where learner_id = ?", learner),
                jdbc.sql("""
                                select s.question_id || ':' || s.n || ':' || round(s.sum_x::numeric, 6) || ':'
                                       || round(s.sum_xr::numeric, 6)
                                from question_summary s join attempt_item i on i.question_id = s.question_id
                                where i.attempt_id = ? order by s.question_id""").param(attemptId).query(String.class).list(),
                jdbc.sql("select lessons_done || ':' || failing_quiz from learner_summary where learner_id = ?")
                        .param(learner)
                        .query(String.class)
                        .optional()
                        .orElse("none"));
    }

    private static long count(JdbcClient jdbc, String sql, long learner) {
        return jdbc.sql(sql).param(learner).query(Long.class).single();
    }

    /** Waits until every event about this learner has reached all its listeners. */
    static void awaitPublicationsComplete(JdbcClient jdbc, long learner) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> jdbc.sql("""
                                select count(*) from event_publication
                                where completion_date is null and (serialized_event::jsonb ->> 'learnerId')::bigint = ?""").param(learner).query(Long.class).single() == 0);
    }
}
