package dev.tensortrail.curriculum;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for lesson completions: one row per learner and lesson, however often "mark complete" is clicked. */
@Repository
class CompletionStore {

    /** A lesson the learner completed, and when (the first time). */
    record Completion(String lessonSlug, Instant completedAt) {}

    private final JdbcClient jdbc;

    CompletionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the completion; false when the learner had completed the lesson before (nothing changes then). */
    boolean complete(long learner, long lessonId, Instant at) {
        return jdbc.sql("""
                        insert into lesson_completion (learner_id, lesson_id, completed_at) values (?, ?, ?)
                        on conflict (learner_id, lesson_id) do nothing""").params(learner, lessonId, Timestamp.from(at)).update() == 1;
    }

    /** The learner's completions, in the order they happened. */
    List<Completion> of(long learner) {
        return jdbc.sql("""
                        select l.slug, c.completed_at from lesson_completion c join lesson l on l.id = c.lesson_id
                        where c.learner_id = ? order by c.completed_at, l.slug""")
                .param(learner)
                .query((rs, n) ->
                        new Completion(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
    }

    /** When the learner completed each lesson, by lesson slug. */
    Map<String, Instant> bySlug(long learner) {
        Map<String, Instant> result = new HashMap<>();
        of(learner).forEach(c -> result.put(c.lessonSlug(), c.completedAt()));
        return result;
    }
}
