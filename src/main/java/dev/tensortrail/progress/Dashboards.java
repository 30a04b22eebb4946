package dev.tensortrail.progress;

import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.base.PlainText;
import dev.tensortrail.curriculum.Curriculum;
import dev.tensortrail.curriculum.LearningPath;
import dev.tensortrail.curriculum.LessonUpdates;
import dev.tensortrail.progress.DashboardData.LearnerDashboard;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards: a learner's own, and an instructor's view of the cohort and of one learner
 * (read-only). A learner only ever reaches their own data: the learner methods take no id.
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

    Dashboards(
            DashboardStore store,
            ProgressStore progress,
            Reviews reviews,
            Curriculum curriculum,
            CurrentUser currentUser,
            Clock clock,
            LessonUpdates updates) {
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
                me, currentUser.principal().map(p -> p.displayName()).orElse(""), curriculum.path(), updates.mine());
    }

    /** One learner's dashboard, read-only, for instructors and admins. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public Optional<LearnerDashboard> ofLearner(long learnerId) {
        String name = store.learnerName(learnerId);
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(build(learnerId, name, curriculum.pathOf(learnerId), updates.of(learnerId)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public DashboardData.CohortOverview cohort() {
        return store.overview(clock.instant());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public List<DashboardData.LearnerRow> learners(
            String filter, boolean onlyStuck, String sort, boolean ascending, int offset, int limit) {
        requirePlain(filter);
        return store.learners(filter, onlyStuck, sort, ascending, offset, limit, clock.instant(), lessonsTotal());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public int countLearners(String filter, boolean onlyStuck) {
        requirePlain(filter);
        return store.countLearners(filter, onlyStuck, clock.instant());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public List<DashboardData.QuestionStatistics> questionStatistics() {
        return store.questionStatistics(null);
    }

    /** The learners table as CSV (names escaped so a spreadsheet never runs them). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public String learnersCsv() {
        List<List<?>> rows = new ArrayList<>();
        for (var row : store.learners("", false, "name", true, 0, Integer.MAX_VALUE, clock.instant(), lessonsTotal())) {
            rows.add(List.of(
                    row.name(),
                    row.email(),
                    row.lastActivity() == null ? "" : row.lastActivity().toString(),
                    row.lessonsDone(),
                    row.lessonsTotal(),
                    row.stuck() ? "stuck" : ""));
        }
        return Csv.table(List.of("name", "email", "last_activity", "lessons_done", "lessons_total", "flag"), rows);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public String questionStatisticsCsv() {
        List<List<?>> rows = new ArrayList<>();
        for (var s : store.questionStatistics(null)) {
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

    /** A filter with NUL or other control characters never reaches PostgreSQL (it refuses NUL). */
    private static void requirePlain(String filter) {
        if (!PlainText.isPlain(filter)) {
            throw new IllegalArgumentException("The filter holds control or format characters");
        }
    }

    private LearnerDashboard build(
            long learner, String name, LearningPath path, List<LessonUpdates.UpdatedLesson> updated) {
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
                updated);
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
