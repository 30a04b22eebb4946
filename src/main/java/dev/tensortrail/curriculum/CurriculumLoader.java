package dev.tensortrail.curriculum;

import dev.tensortrail.curriculum.content.ContentReader;
import dev.tensortrail.curriculum.content.CurriculumSource;
import dev.tensortrail.curriculum.content.LessonSource;
import dev.tensortrail.curriculum.content.ModuleSource;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the content files into PostgreSQL, idempotently: by slug and content hash, unchanged
 * files cost nothing, an edited lesson updates in place (same id, so history stays), a removed
 * one is retired. One transaction under an advisory lock, so several nodes starting at once
 * load it once.
 */
@Component
public class CurriculumLoader {

    /** What a load did. */
    public record Result(int created, int updated, int unchanged, int retired) {}

    private static final Logger log = LoggerFactory.getLogger(CurriculumLoader.class);
    private static final long ADVISORY_LOCK = 0x7e75_0001L;

    private final ContentReader reader;
    private final PathModuleRepository modules;
    private final LessonRepository lessons;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LessonChanges changes;

    CurriculumLoader(
            ContentReader reader,
            PathModuleRepository modules,
            LessonRepository lessons,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            LessonChanges changes) {
        this.changes = changes;
        this.events = events;
        this.reader = reader;
        this.modules = modules;
        this.lessons = lessons;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Validates and loads the content under {@code location}.
     *
     * @throws dev.tensortrail.curriculum.content.ContentValidationException naming each broken file;
     *         nothing is changed then
     */
    @Transactional
    public Result load(String location) {
        CurriculumSource source = reader.read(location);
        jdbc.sql("select pg_advisory_xact_lock(?)").param(ADVISORY_LOCK).query().singleRow();
        Instant now = clock.instant();

        Map<String, Long> moduleIds = new HashMap<>();
        Set<String> moduleSlugs = new HashSet<>();
        for (ModuleSource module : source.modules()) {
            PathModule row = modules.findBySlug(module.slug())
                    .map(existing -> {
                        existing.apply(module, now);
                        return existing;
                    })
                    .orElseGet(() -> modules.save(new PathModule(module, now)));
            moduleIds.put(module.slug(), row.id());
            moduleSlugs.add(module.slug());
        }
        modules.findAll().stream().filter(m -> !moduleSlugs.contains(m.slug())).forEach(m -> m.retire(now));

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> lessonSlugs = new HashSet<>();
        for (LessonSource lesson : source.lessons()) {
            lessonSlugs.add(lesson.slug());
            long moduleId = moduleIds.get(lesson.module());
            var existing = lessons.findBySlug(lesson.slug());
            if (existing.isEmpty()) {
                long id = lessons.save(new Lesson(lesson, moduleId, now)).id();
                changes.sync(id, lesson.changes(), true, now);
                created++;
            } else if (existing.get().apply(lesson, moduleId, now)) {
                changes.sync(existing.get().id(), lesson.changes(), false, now);
                updated++;
            } else {
                unchanged++;
            }
        }
        int retired = 0;
        for (Lesson lesson : lessons.findAll()) {
            if (!lessonSlugs.contains(lesson.slug()) && lesson.retire(now)) {
                retired++;
            }
        }
        var result = new Result(created, updated, unchanged, retired);
        events.publishEvent(new CurriculumLoaded(location, currentLessons()));
        log.info(
                "Curriculum loaded from {}: {} modules, {} lessons ({} new, {} updated, {} unchanged, {} retired)",
                location,
                source.modules().size(),
                source.lessons().size(),
                created,
                updated,
                unchanged,
                retired);
        return result;
    }

    private java.util.List<LessonContent> currentLessons() {
        Map<Long, PathModule> byId = new HashMap<>();
        modules.findAll().forEach(m -> byId.put(m.id(), m));
        return lessons.findByRetiredAtIsNullOrderByModuleIdAscPositionAsc().stream()
                .map(l -> l.toContent(
                        byId.get(l.moduleId()).slug(), byId.get(l.moduleId()).title()))
                .toList();
    }
}
