package dev.tensortrail.curriculum;

import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.curriculum.content.ChangeNote;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Updated since you read it": the lessons a learner completed whose change notes were loaded
 * after they last read them (completed or opened), with those notes. Opening the lesson clears
 * it; the completion stays. Everything is in the database (lesson_change, lesson_visit), so
 * every node answers the same.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LessonUpdates {

    /** A completed lesson that changed since the learner read it, and the notes they have not seen. */
    public record UpdatedLesson(String slug, String title, List<ChangeNote> changes) {}

    private static final String UPDATES = """
            select l.slug, l.title, c.change_date, c.note
            from lesson_completion lc
            join lesson l on l.id = lc.lesson_id and l.retired_at is null
            join path_module m on m.id = l.module_id
            left join lesson_visit v on v.learner_id = lc.learner_id and v.lesson_id = lc.lesson_id
            join lesson_change c on c.lesson_id = l.id
             and c.noticed_at > greatest(lc.completed_at, coalesce(v.opened_at, lc.completed_at))
            where lc.learner_id = ? %s
            order by m.position, l.position, c.position""";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final LearnerVisibility visibility;

    LessonUpdates(JdbcClient jdbc, CurrentUser currentUser, Clock clock, LearnerVisibility visibility) {
        this.visibility = visibility;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in learner's updated lessons, in path order. */
    @Transactional(readOnly = true)
    public List<UpdatedLesson> mine() {
        return query(currentUser.requireId(), null);
    }

    /** Another learner's, for the instructor's read-only view of a learner they teach. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public List<UpdatedLesson> of(long learner) {
        if (!visibility.maySee(learner)) {
            throw new AccessDeniedException("Not a learner of this instructor: " + learner);
        }
        return query(learner, null);
    }

    /**
     * The signed-in learner opens a lesson: returns the notes to show on this page (empty when
     * nothing changed since they read it) and records the visit, so the notice is gone next time.
     */
    @Transactional
    public List<ChangeNote> open(String slug) {
        long learner = currentUser.requireId();
        List<UpdatedLesson> updated = query(learner, slug);
        jdbc.sql("""
                        insert into lesson_visit (learner_id, lesson_id, opened_at)
                        select ?, id, ? from lesson where slug = ? and retired_at is null
                        on conflict (learner_id, lesson_id) do update
                        set opened_at = greatest(lesson_visit.opened_at, excluded.opened_at)""").params(learner, Timestamp.from(clock.instant()), slug).update();
        return updated.isEmpty() ? List.of() : updated.getFirst().changes();
    }

    private List<UpdatedLesson> query(long learner, @org.jspecify.annotations.Nullable String slug) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<ChangeNote>> notes = new LinkedHashMap<>();
        var statement = jdbc.sql(UPDATES.formatted(slug == null ? "" : "and l.slug = ?"))
                .param(learner);
        if (slug != null) {
            statement = statement.param(slug);
        }
        statement
                .query((rs, n) -> {
                    String lesson = rs.getString(1);
                    titles.put(lesson, rs.getString(2));
                    notes.computeIfAbsent(lesson, s -> new ArrayList<>())
                            .add(new ChangeNote(rs.getObject(3, LocalDate.class), rs.getString(4)));
                    return lesson;
                })
                .list();
        List<UpdatedLesson> result = new ArrayList<>();
        titles.forEach((lesson, title) -> result.add(new UpdatedLesson(lesson, title, List.copyOf(notes.get(lesson)))));
        return List.copyOf(result);
    }
}
