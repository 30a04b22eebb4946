package dev.tensortrail.quiz;

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

/** The change notes of each quiz as last loaded, with when each was first noticed (table quiz_change). */
@Component
class QuizChanges {

    private final JdbcClient jdbc;

    QuizChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces a quiz's change notes with the file's; an entry seen before keeps its noticed_at, a
     * new one gets {@code now} (or, for a quiz new to the database, the start of its date).
     */
    void sync(long quizId, List<ChangeNote> changes, boolean newQuiz, Instant now) {
        Map<ChangeNote, Instant> noticed = new HashMap<>();
        jdbc.sql("select change_date, note, noticed_at from quiz_change where quiz_id = ?")
                .param(quizId)
                .query((rs, n) -> noticed.put(
                        new ChangeNote(rs.getObject(1, LocalDate.class), rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .list();
        jdbc.sql("delete from quiz_change where quiz_id = ?").param(quizId).update();
        int position = 1;
        for (ChangeNote change : changes) {
            Instant at = noticed.getOrDefault(
                    change, newQuiz ? change.date().atStartOfDay(ZoneOffset.UTC).toInstant() : now);
            jdbc.sql("""
                            insert into quiz_change (quiz_id, position, change_date, note, noticed_at)
                            values (?, ?, ?, ?, ?)""")
                    .params(quizId, position++, change.date(), change.note(), Timestamp.from(at))
                    .update();
        }
    }
}
