package dev.tensortrail.curriculum;

import dev.tensortrail.curriculum.content.ChangeNote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every current lesson as a file: as-of date, sources and change notes, in path order. Nothing
 * secret (learners see all of it on the lesson pages); the content-health page and the
 * start-up check read it.
 */
@Component
public class LessonFiles {

    private final JdbcClient jdbc;

    LessonFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<ContentFile> all() {
        Map<Long, List<ChangeNote>> changes = new HashMap<>();
        jdbc.sql("select lesson_id, change_date, note from lesson_change order by lesson_id, position")
                .query((rs, n) -> changes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new ChangeNote(rs.getObject(2, LocalDate.class), rs.getString(3))))
                .list();
        return jdbc.sql("""
                        select l.id, l.source_file, l.slug, l.title, l.as_of, l.source_titles, l.source_urls
                        from lesson l join path_module m on m.id = l.module_id
                        where l.retired_at is null order by m.position, l.position""")
                .query((rs, n) -> {
                    String[] titles = (String[]) rs.getArray(6).getArray();
                    String[] urls = (String[]) rs.getArray(7).getArray();
                    List<LessonContent.Source> sources = new ArrayList<>();
                    for (int i = 0; i < Math.min(titles.length, urls.length); i++) {
                        sources.add(new LessonContent.Source(titles[i], urls[i]));
                    }
                    return new ContentFile(
                            ContentFile.Kind.LESSON,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getObject(5, LocalDate.class),
                            List.copyOf(sources),
                            List.copyOf(changes.getOrDefault(rs.getLong(1), List.of())));
                })
                .list();
    }
}
