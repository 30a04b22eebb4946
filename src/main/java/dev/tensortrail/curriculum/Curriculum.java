package dev.tensortrail.curriculum;

import dev.tensortrail.account.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The learning path's public API: the path, a lesson, and marking a lesson complete. */
@Service
@PreAuthorize("isAuthenticated()")
public class Curriculum {

    private final PathModuleRepository modules;
    private final LessonRepository lessons;
    private final JdbcClient jdbc;
    private final CompletionStore completions;
    private final CurrentUser currentUser;
    private final ObjectProvider<ModuleGate> gates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final LearnerVisibility visibility;

    Curriculum(
            PathModuleRepository modules,
            LessonRepository lessons,
            JdbcClient jdbc,
            CompletionStore completions,
            CurrentUser currentUser,
            ObjectProvider<ModuleGate> gates,
            ApplicationEventPublisher events,
            Clock clock,
            LearnerVisibility visibility) {
        this.visibility = visibility;
        this.modules = modules;
        this.lessons = lessons;
        this.jdbc = jdbc;
        this.completions = completions;
        this.currentUser = currentUser;
        this.gates = gates;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in learner's path. */
    @Transactional(readOnly = true)
    public LearningPath path() {
        long me = currentUser.requireId();
        return pathOf(me, completions.bySlug(me));
    }

    /** The lesson for the signed-in learner, or empty when no such (current) lesson exists. */
    @Transactional(readOnly = true)
    public Optional<LessonPage> lesson(String slug) {
        long learner = currentUser.requireId();
        Optional<Lesson> lesson = lessons.findBySlug(slug).filter(l -> !l.retired());
        if (lesson.isEmpty()) {
            return Optional.empty();
        }
        PathModule module = modules.findById(lesson.get().moduleId()).orElseThrow();
        Map<String, Instant> completed = completions.bySlug(learner);
        LearningPath path = pathOf(learner, completed);
        LessonItem item = find(path, slug);
        LessonItem next = following(path, slug);
        Instant completedAt = completed.get(slug);
        return Optional.of(new LessonPage(
                lesson.get().toContent(module.slug(), module.title()),
                item.status(),
                item.lockedBy(),
                completedAt,
                next));
    }

    /** How many current lessons the path has. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public int lessonCount() {
        return jdbc.sql("select count(*) from lesson where retired_at is null")
                .query(Integer.class)
                .single();
    }

    /** Every skill the current lessons teach, in path order, each once. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<String> skills() {
        return jdbc.sql("""
                        select skill from (select s.skill, min(m.position * 1000 + l.position * 10 + s.n) as rank
                          from lesson l join path_module m on m.id = l.module_id
                          cross join lateral unnest(l.skills) with ordinality as s(skill, n)
                          where l.retired_at is null group by s.skill) ranked order by rank""").query(String.class).list();
    }

    /** The first current lesson, in path order, that teaches this skill (where a skill's name links to). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public java.util.Optional<String> lessonTeaching(String skill) {
        return jdbc.sql("""
                        select l.slug from lesson l join path_module m on m.id = l.module_id
                        where l.retired_at is null and ? = any(l.skills) order by m.position, l.position limit 1""").param(skill).query(String.class).optional();
    }

    /** Every current lesson's content, in path order (for the quiz loader and search). */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<LessonContent> allLessons() {
        Map<Long, PathModule> byId = new HashMap<>();
        modules.findAll().forEach(m -> byId.put(m.id(), m));
        return lessons.findByRetiredAtIsNullOrderByModuleIdAscPositionAsc().stream()
                .map(l -> l.toContent(
                        byId.get(l.moduleId()).slug(), byId.get(l.moduleId()).title()))
                .toList();
    }

    /**
     * Marks a lesson complete for the signed-in learner: one row however often it is called,
     * and one {@link LessonCompleted} event, the first time.
     *
     * @return when the lesson was (first) completed
     * @throws IllegalArgumentException for an unknown lesson
     * @throws LessonLockedException   for a lesson that is still locked
     */
    @Transactional
    public Instant complete(String slug) {
        long learner = currentUser.requireId();
        Lesson lesson = lessons.findBySlug(slug)
                .filter(l -> !l.retired())
                .orElseThrow(() -> new IllegalArgumentException("No lesson " + slug));
        LessonItem item = find(pathOf(learner, completions.bySlug(learner)), slug);
        if (item.status() == LessonStatus.LOCKED) {
            throw new LessonLockedException(slug);
        }
        Instant now = clock.instant();
        if (completions.complete(learner, lesson.id(), now)) {
            PathModule module = modules.findById(lesson.moduleId()).orElseThrow();
            events.publishEvent(new LessonCompleted(
                    learner,
                    slug,
                    module.slug(),
                    lesson.toContent(module.slug(), module.title()).skills(),
                    lesson.readingMinutes(),
                    now));
            return now;
        }
        return completions.bySlug(learner).getOrDefault(slug, now);
    }

    /** Another learner's path, for the instructor's read-only view of a learner they teach. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public LearningPath pathOf(long learner) {
        if (!visibility.maySee(learner)) {
            throw new AccessDeniedException("Not a learner of this instructor: " + learner);
        }
        return pathOf(learner, completions.bySlug(learner));
    }

    private LearningPath pathOf(long learner, Map<String, Instant> completed) {
        Map<Long, List<UnlockRules.LessonDef>> byModule = new HashMap<>();
        for (Lesson lesson : lessons.findByRetiredAtIsNullOrderByModuleIdAscPositionAsc()) {
            byModule.computeIfAbsent(lesson.moduleId(), id -> new ArrayList<>())
                    .add(new UnlockRules.LessonDef(
                            lesson.slug(), lesson.title(), lesson.readingMinutes(), lesson.prerequisites()));
        }
        List<UnlockRules.ModuleDef> defs = new ArrayList<>();
        for (PathModule module : modules.findByRetiredAtIsNullOrderByPositionAsc()) {
            defs.add(new UnlockRules.ModuleDef(
                    module.slug(),
                    module.title(),
                    module.summary(),
                    module.unlockRule() == dev.tensortrail.curriculum.content.ModuleSource.UnlockRule.OPEN,
                    byModule.getOrDefault(module.id(), List.of())));
        }
        ModuleGate gate = gates.getIfAvailable();
        return UnlockRules.evaluate(defs, completed.keySet(), gate == null ? Map.of() : gate.statuses(learner));
    }

    private static LessonItem find(LearningPath path, String slug) {
        return path.modules().stream()
                .flatMap(m -> m.lessons().stream())
                .filter(l -> l.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No lesson " + slug));
    }

    private static @Nullable LessonItem following(LearningPath path, String slug) {
        List<LessonItem> all =
                path.modules().stream().flatMap(m -> m.lessons().stream()).toList();
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).slug().equals(slug)) {
                return all.get(i + 1);
            }
        }
        return null;
    }
}
