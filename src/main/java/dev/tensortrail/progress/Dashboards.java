package dev.tensortrail.progress;

import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.base.PlainText;
import dev.tensortrail.classroom.ClassData;
import dev.tensortrail.classroom.Classrooms;
import dev.tensortrail.curriculum.Curriculum;
import dev.tensortrail.curriculum.LearningPath;
import dev.tensortrail.curriculum.LessonUpdates;
import dev.tensortrail.curriculum.PathOutline;
import dev.tensortrail.progress.DashboardData.LearnerDashboard;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards: a learner's own, and an instructor's view of a class (or of all their classes)
 * and of one learner of theirs (read-only). A learner only ever reaches their own data: the
 * learner methods take no id. An instructor reaches only the learners of the classes they teach.
 */
@Service
public class Dashboards {

    private final DashboardStore store;
    private final ProgressStore progress;
    private final Reviews reviews;
    private final Curriculum curriculum;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LessonUpdates updates;
    private final Classrooms classrooms;
    private final PathOutline outline;

    Dashboards(
            DashboardStore store,
            ProgressStore progress,
            Reviews reviews,
            Curriculum curriculum,
            CurrentUser currentUser,
            Clock clock,
            LessonUpdates updates,
            Classrooms classrooms,
            PathOutline outline) {
        this.classrooms = classrooms;
        this.outline = outline;
        this.updates = updates;
        this.store = store;
        this.progress = progress;
        this.reviews = reviews;
        this.curriculum = curriculum;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Remembers the signed-in learner's time zone (days, streaks and "today" follow it). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void rememberZone(String zoneId) {
        try {
            store.saveZone(currentUser.requireId(), ZoneId.of(zoneId).getId());
        } catch (DateTimeException unknown) {
            // keep the previous zone
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public LearnerDashboard mine() {
        long me = currentUser.requireId();
        return build(
                me,
                currentUser.principal().map(p -> p.displayName()).orElse(""),
                curriculum.path(),
                updates.mine(),
                classTargets(me));
    }

    /**
     * One learner's dashboard, read-only, for instructors and admins: empty for a learner the
     * signed-in instructor does not teach (in no class of theirs), exactly as for an unknown id.
     * The only way in for instructors to another learner's path and lesson updates.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public Optional<LearnerDashboard> ofLearner(long learnerId) {
        if (!classrooms.maySee(learnerId)) {
            return Optional.empty();
        }
        String name = store.learnerName(learnerId);
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(build(learnerId, name, curriculum.pathOf(learnerId), updates.of(learnerId), List.of()));
    }

    /*
     * The instructor's page, for one class or (classId null) all of the signed-in instructor's
     * classes that are not archived; for an admin without a class, every learner on the server.
     * Every method checks the class first (Classrooms.scope: AccessDeniedException for a class
     * the instructor does not teach, or an unknown one).
     */

    /** The overview: learners, active in 7 days, funnel, quiz averages, and a class's target dates. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public DashboardData.CohortOverview cohort(@Nullable Long classId) {
        ClassData.Scope scope = classrooms.scope(classId);
        return store.overview(scope, clock.instant(), targets(scope));
    }

    /**
     * A page of the learners table.
     *
     * @param onlyBehind only learners behind a target date of the class (none without one class)
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public List<DashboardData.LearnerRow> learners(
            @Nullable Long classId,
            String filter,
            boolean onlyStuck,
            boolean onlyBehind,
            String sort,
            boolean ascending,
            int offset,
            int limit) {
        requirePlain(filter);
        ClassData.Scope scope = classrooms.scope(classId);
        return store.learners(
                scope,
                due(targets(scope)),
                filter,
                onlyStuck,
                onlyBehind,
                sort,
                ascending,
                offset,
                limit,
                clock.instant(),
                lessonsTotal());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public int countLearners(@Nullable Long classId, String filter, boolean onlyStuck, boolean onlyBehind) {
        requirePlain(filter);
        ClassData.Scope scope = classrooms.scope(classId);
        return store.countLearners(scope, due(targets(scope)), filter, onlyStuck, onlyBehind, clock.instant());
    }

    /** Item analysis on the first attempts of the scope's learners. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public List<DashboardData.QuestionStatistics> questionStatistics(@Nullable Long classId) {
        return questionStatistics(classrooms.scope(classId));
    }

    /** The learners table as CSV (names escaped so a spreadsheet never runs them). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public String learnersCsv(@Nullable Long classId) {
        ClassData.Scope scope = classrooms.scope(classId);
        List<List<?>> rows = new ArrayList<>();
        for (var row : store.learners(
                scope,
                due(targets(scope)),
                "",
                false,
                false,
                "name",
                true,
                0,
                Integer.MAX_VALUE,
                clock.instant(),
                lessonsTotal())) {
            rows.add(List.of(
                    row.name(),
                    row.email(),
                    row.lastActivity() == null ? "" : row.lastActivity().toString(),
                    row.lessonsDone(),
                    row.lessonsTotal(),
                    row.stuck() ? "stuck" : "",
                    row.behind() == null ? "" : row.behind()));
        }
        return Csv.table(
                List.of("name", "email", "last_activity", "lessons_done", "lessons_total", "flag", "behind_on"), rows);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public String questionStatisticsCsv(@Nullable Long classId) {
        List<List<?>> rows = new ArrayList<>();
        for (var s : questionStatistics(classrooms.scope(classId))) {
            rows.add(java.util.Arrays.asList(
                    s.quiz(),
                    s.key(),
                    s.type(),
                    s.attempts(),
                    round(s.facility()),
                    s.discrimination() == null ? null : round(s.discrimination()),
                    !s.enoughData() ? "not enough data" : s.flagged() ? "review" : ""));
        }
        return Csv.table(
                List.of("quiz", "question", "type", "first_attempts", "facility", "discrimination", "flag"), rows);
    }

    // ---- internals

    /** Everyone: the sums kept at grading time (fast); some learners: live over their first attempts. */
    private List<DashboardData.QuestionStatistics> questionStatistics(ClassData.Scope scope) {
        if (scope.everyone()) {
            return store.questionStatistics(null);
        }
        List<Long> learners = store.learnerIds(scope);
        return learners.isEmpty() ? List.of() : store.questionStatistics(learners);
    }

    /** The class's target dates in path order (none unless the scope is one class). */
    private List<DashboardData.ModuleTarget> targets(ClassData.Scope scope) {
        Long classId = scope.classId();
        if (classId == null) {
            return List.of();
        }
        Map<String, LocalDate> dates = classrooms.targets(classId);
        if (dates.isEmpty()) {
            return List.of();
        }
        return outline.modules().stream()
                .filter(m -> dates.containsKey(m.slug()))
                .map(m -> new DashboardData.ModuleTarget(m.slug(), m.title(), dates.get(m.slug())))
                .toList();
    }

    /** The targets whose date is before today (the UTC day): a learner who has not passed them is behind. */
    private List<DashboardData.ModuleTarget> due(List<DashboardData.ModuleTarget> targets) {
        LocalDate today = today();
        return targets.stream().filter(t -> t.date().isBefore(today)).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A filter with NUL or other control characters never reaches PostgreSQL (it refuses NUL). */
    private static void requirePlain(String filter) {
        if (!PlainText.isPlain(filter)) {
            throw new IllegalArgumentException("The filter holds control or format characters");
        }
    }

    /** The signed-in learner's classes' target dates, each with where the learner stands. */
    private List<DashboardData.ClassTarget> classTargets(long learner) {
        var classes = classrooms.mine();
        if (classes.stream().allMatch(c -> c.targets().isEmpty())) {
            return List.of();
        }
        Set<String> passed = store.passedModules(learner);
        LocalDate today = today();
        List<DashboardData.ClassTarget> result = new ArrayList<>();
        for (var c : classes) {
            for (var t : c.targets()) {
                LocalDate date = java.util.Objects.requireNonNull(t.date());
                var status = passed.contains(t.moduleSlug())
                        ? DashboardData.TargetStatus.DONE
                        : date.isBefore(today)
                                ? DashboardData.TargetStatus.BEHIND
                                : DashboardData.TargetStatus.ON_TRACK;
                result.add(new DashboardData.ClassTarget(c.name(), t.moduleTitle(), date, status));
            }
        }
        return result;
    }

    private LearnerDashboard build(
            long learner,
            String name,
            LearningPath path,
            List<LessonUpdates.UpdatedLesson> updated,
            List<DashboardData.ClassTarget> classTargets) {
        ZoneId zone = zoneOf(learner);
        var modules = path.modules().stream()
                .map(m -> new DashboardData.ModuleBar(m.title(), m.lessonsDone(), m.lessonsTotal()))
                .toList();
        var levels = progress.mastery(learner);
        var skillLevels = curriculum.skills().stream()
                .map(s -> new DashboardData.SkillLevel(s, levels.getOrDefault(s, MasteryLevel.NOT_STARTED)))
                .toList();
        var due = reviews.summaryFor(learner, zone);
        var streak = Streaks.compute(store.activities(learner), zone, clock.instant());
        var next = NextActions.decide(
                store.failedQuiz(learner), updated.isEmpty() ? null : updated.getFirst(), due.availableToday(), path);
        return new LearnerDashboard(
                learner,
                name,
                path.lessonsDone(),
                path.lessonsTotal(),
                modules,
                skillLevels,
                store.quizScores(learner),
                store.minutesSpent(learner),
                due,
                streak,
                next,
                updated,
                classTargets);
    }

    private ZoneId zoneOf(long learner) {
        String zone = store.zone(learner);
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private int lessonsTotal() {
        return curriculum.lessonCount();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
