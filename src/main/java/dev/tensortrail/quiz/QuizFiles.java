package dev.tensortrail.quiz;

import dev.tensortrail.curriculum.ContentFile;
import dev.tensortrail.curriculum.PathOutline;
import dev.tensortrail.curriculum.content.ChangeNote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every current quiz as a file: as-of date and change notes (quizzes cite their lessons' sources). */
@Component
public class QuizFiles {

    private final JdbcClient jdbc;
    private final PathOutline outline;

    QuizFiles(JdbcClient jdbc, PathOutline outline) {
        this.jdbc = jdbc;
        this.outline = outline;
    }

    @Transactional(readOnly = true)
    public List<ContentFile> all() {
        Map<Long, List<ChangeNote>> changes = new HashMap<>();
        jdbc.sql("select quiz_id, change_date, note from quiz_change order by quiz_id, position")
                .query((rs, n) -> changes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new ChangeNote(rs.getObject(2, LocalDate.class), rs.getString(3))))
                .list();
        Map<String, Integer> positions = outline.positions();
        record Row(ContentFile file, String moduleSlug) {}
        return jdbc
                .sql("""
                        select q.id, q.slug, q.title, q.as_of, q.module_slug from quiz q
                        where q.retired_at is null order by q.slug""")
                .query((rs, n) -> new Row(
                        new ContentFile(
                                ContentFile.Kind.QUIZ,
                                "curriculum/quizzes/" + rs.getString(5) + ".yml",
                                rs.getString(2),
                                rs.getString(3),
                                rs.getObject(4, LocalDate.class),
                                List.of(),
                                List.copyOf(changes.getOrDefault(rs.getLong(1), List.of()))),
                        rs.getString(5)))
                .list()
                .stream()
                // in path order (a module not on the path last, as PostgreSQL sorts nulls), then by slug
                .sorted(Comparator.comparingInt(r -> positions.getOrDefault(r.moduleSlug(), Integer.MAX_VALUE)))
                .map(Row::file)
                .toList();
    }
}
