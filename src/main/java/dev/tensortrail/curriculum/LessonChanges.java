package dev.tensortrail.curriculum;

import dev.tensortrail.curriculum.content.ChangeNote;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The change notes of each lesson as last loaded, with when each was first noticed (table lesson_change). */
@Component
class LessonChanges {

    private final JdbcClient jdbc;

    LessonChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces a lesson's change notes with the file's; an entry seen before keeps its noticed_at, a
     * new one gets {@code now} (or, for a lesson new to the database, the start of its date).
     */
    void sync(long lessonId, List<ChangeNote> changes, boolean newLesson, Instant now) {
        Map<ChangeNote, Instant> noticed = new HashMap<>();
        jdbc.sql("select change_date, note, noticed_at from lesson_change where lesson_id = ?")
                .param(lessonId)
                .query((rs, n) -> noticed.put(
                        new ChangeNote(rs.getObject(1, LocalDate.class), rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .list();
        jdbc.sql("delete from lesson_change where lesson_id = ?")
                .param(lessonId)
                .update();
        int position = 1;
        for (ChangeNote change : changes) {
            Instant at = noticed.getOrDefault(
                    change,
                    newLesson ? change.date().atStartOfDay(ZoneOffset.UTC).toInstant() : now);
            jdbc.sql("""
                            insert into lesson_change (lesson_id, position, change_date, note, noticed_at)
                            values (?, ?, ?, ?, ?)""")
                    .params(lessonId, position++, change.date(), change.note(), Timestamp.from(at))
                    .update();
        }
    }
}
