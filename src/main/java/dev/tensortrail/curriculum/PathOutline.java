package dev.tensortrail.curriculum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curriculum's published read API for the shape of the path (DD003): which modules and
 * lessons are current, in path order, and where every module (retired ones too) sits. Other
 * modules use it instead of reading {@code path_module} and {@code lesson}: the progress module
 * for the cohort funnel and "lessons done", the quiz module to list quizzes and questions in
 * path order. Nothing in it is personal or secret (the path page shows all of it), so it needs
 * no signed-in user and can be called from event listeners.
 */
@Component
public class PathOutline {

    /**
     * A current module and its current lessons.
     *
     * @param lessonSlugs the slugs of its current (not retired) lessons, in path order
     */
    public record Module(String slug, String title, int position, List<String> lessonSlugs) {}

    private final JdbcClient jdbc;

    PathOutline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current modules with at least one current lesson, in path order. */
    @Transactional(readOnly = true)
    public List<Module> modules() {
        record Row(String module, String title, int position, String lesson) {}
        Map<String, Module> result = new LinkedHashMap<>();
        for (Row row : jdbc.sql("""
                        select m.slug, m.title, m.position, l.slug from path_module m
                        join lesson l on l.module_id = m.id and l.retired_at is null
                        where m.retired_at is null order by m.position, l.position""")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                .list()) {
            result.computeIfAbsent(
                            row.module(), slug -> new Module(slug, row.title(), row.position(), new ArrayList<>()))
                    .lessonSlugs()
                    .add(row.lesson());
        }
        return result.values().stream()
                .map(m -> new Module(m.slug(), m.title(), m.position(), List.copyOf(m.lessonSlugs())))
                .toList();
    }

    /** The slugs of every current lesson (a completion of any other lesson no longer counts). */
    @Transactional(readOnly = true)
    public Set<String> currentLessonSlugs() {
        return new TreeSet<>(jdbc.sql("select slug from lesson where retired_at is null")
                .query(String.class)
                .list());
    }

    /** Every module's position on the path, retired modules included, by module slug (for sorting). */
    @Transactional(readOnly = true)
    public Map<String, Integer> positions() {
        Map<String, Integer> result = new LinkedHashMap<>();
        jdbc.sql("select slug, position from path_module order by position")
                .query((rs, n) -> result.put(rs.getString(1), rs.getInt(2)))
                .list();
        return result;
    }
}
