package dev.tensortrail.progress;

import dev.tensortrail.classroom.ClassData;
import dev.tensortrail.curriculum.PathOutline;
import dev.tensortrail.quiz.ItemStatistics;
import dev.tensortrail.quiz.QuizResults;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboards' SQL: every aggregate is computed in PostgreSQL, never by loading attempts. Reads
 * progress's own tables, account's learner_directory view, and the read APIs of the curriculum
 * ({@link PathOutline}) and of the quiz module ({@link QuizResults}, {@link ItemStatistics}).
 */
@Repository
class DashboardStore {

    static final double FACILITY_LOW = 0.3;
    static final double FACILITY_HIGH = 0.9;
    static final double DISCRIMINATION_LOW = 0.2;
    /** With draws from a bank, a question is in only some attempts: below this many, no verdict. */
    public static final int MIN_ATTEMPTS = 10;

    private final JdbcClient jdbc;
    private final PathOutline outline;
    private final QuizResults results;
    private final ItemStatistics items;

    DashboardStore(JdbcClient jdbc, PathOutline outline, QuizResults results, ItemStatistics items) {
        this.jdbc = jdbc;
        this.outline = outline;
        this.results = results;
        this.items = items;
    }

    // ---- one learner

    List<Streaks.Activity> activities(long learner) {
        return jdbc.sql("""
                        select completed_at, 'LESSON_COMPLETED', 1 from completed_lesson where learner_id = :id
                        union all
                        select graded_at, 'QUIZ_GRADED', 1 from quiz_result where learner_id = :id
                        union all
                        select reviewed_at, 'REVIEW', 1 from review_log where learner_id = :id and source = 'REVIEW'""")
                .param("id", learner)
                .query((rs, n) -> new Streaks.Activity(
                        rs.getTimestamp(1).toInstant(), Streaks.Kind.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
    }

    List<DashboardData.QuizScore> quizScores(long learner) {
        return jdbc.sql("""
                        select graded_at, quiz_title, score, pass_percent from quiz_result where learner_id = ?
                        order by graded_at, attempt_id""")
                .param(learner)
                .query((rs, n) -> new DashboardData.QuizScore(
                        rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getDouble(3), rs.getInt(4)))
                .list();
    }

    /** Reading time of completed lessons plus time in quizzes (each attempt capped at 30 minutes) and reviews. */
    int minutesSpent(long learner) {
        return jdbc.sql("""
                        select coalesce((select sum(reading_minutes) from completed_lesson where learner_id = :id), 0)
                             + coalesce((select sum(least(extract(epoch from graded_at - started_at) / 60, 30))
                                         from quiz_result where learner_id = :id), 0)
                             + coalesce((select count(*) * 0.5 from review_log where learner_id = :id and source = 'REVIEW'), 0)""").param("id", learner).query(Double.class).single().intValue();
    }

    /** A quiz failed and not passed since: its slug, title and the skills its last attempt missed. */
    record FailedQuiz(String slug, String title, List<String> skills) {}

    @Nullable
    FailedQuiz failedQuiz(long learner) {
        return jdbc.sql("""
                        select distinct on (r.quiz_id) r.quiz_slug, r.quiz_title, r.missed_skills from quiz_result r
                        where r.learner_id = :id
                          and not exists (select 1 from quiz_result p where p.learner_id = :id
                                          and p.quiz_id = r.quiz_id and p.passed)
                        order by r.quiz_id, r.graded_at desc, r.attempt_id desc limit 1""")
                .param("id", learner)
                .query((rs, n) -> new FailedQuiz(rs.getString(1), rs.getString(2), List.of((String[])
                        rs.getArray(3).getArray())))
                .optional()
                .orElse(null);
    }

    /** The modules whose quiz the learner has passed (by module slug). */
    java.util.Set<String> passedModules(long learner) {
        return new java.util.HashSet<>(
                jdbc.sql("select distinct module_slug from quiz_result where learner_id = ? and passed")
                        .param(learner)
                        .query(String.class)
                        .list());
    }

    @Nullable
    String zone(long learner) {
        return jdbc.sql("select zone_id from learner_zone where learner_id = ?")
                .param(learner)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    void saveZone(long learner, String zone) {
        jdbc.sql("""
                        insert into learner_zone (learner_id, zone_id) values (?, ?)
                        on conflict (learner_id) do update set zone_id = excluded.zone_id""").params(learner, zone).update();
    }

    @Nullable
    String learnerName(long learner) {
        return jdbc.sql("select display_name from learner_directory where id = ?")
                .param(learner)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    // ---- the cohort

    /** The whole server's learners (an admin's "all learners"). */
    static final ClassData.Scope EVERYONE = new ClassData.Scope(true, List.of(), null);

    /**
     * "and column is a learner of the scope", or nothing for everyone. The classes are bound as
     * {@code :classes}; an empty scope matches no one (any of an empty array is false).
     *
     * <p>Written as {@code = any(array(select ...))}, not {@code in (select ...)}: PostgreSQL then
     * reads the roster once and looks the learners up in each table's learner index, where the
     * semi-join form scanned all of quiz_result and completed_lesson (a class of 500 among 10,000
     * learners: 15 ms against 3 ms for the quiz averages on the demo data, DD011).
     */
    private static String inScope(ClassData.Scope scope, String column) {
        return scope.everyone()
                ? ""
                : " and " + column
                        + " = any(array(select learner_id from class_roster where class_id = any(:classes)))";
    }

    private static Long[] classes(ClassData.Scope scope) {
        return scope.classIds().toArray(Long[]::new);
    }

    DashboardData.CohortOverview overview(
            ClassData.Scope scope, Instant now, List<DashboardData.ModuleTarget> targets) {
        int learners = jdbc.sql("select count(*) from learner_directory u where true" + inScope(scope, "u.id"))
                .param("classes", classes(scope))
                .query(Integer.class)
                .single();
        int active = jdbc.sql("select count(*) from learner_summary where last_activity >= :since"
                        + inScope(scope, "learner_id"))
                .param("since", Timestamp.from(now.minusSeconds(7 * 86_400)))
                .param("classes", classes(scope))
                .query(Integer.class)
                .single();
        // the path's current lessons, as (module, lesson) pairs, in path order
        List<PathOutline.Module> modules = outline.modules();
        List<String> moduleOfLesson = new ArrayList<>();
        List<String> lessons = new ArrayList<>();
        for (PathOutline.Module module : modules) {
            for (String lesson : module.lessonSlugs()) {
                moduleOfLesson.add(module.slug());
                lessons.add(lesson);
            }
        }
        Map<String, int[]> counts = new HashMap<>();
        jdbc.sql("""
                        with outline as (select * from unnest(:modules, :lessons) as o(module_slug, lesson_slug)),
                             totals as (select module_slug, count(*) as n from outline group by module_slug),
                             done as materialized (select c.learner_id, o.module_slug, count(*) as n from completed_lesson c
                                      join outline o on o.lesson_slug = c.lesson_slug where true %s group by 1, 2),
                             passed as (select module_slug, count(distinct learner_id) as n from quiz_result
                                        where passed %s group by module_slug)
                        select t.module_slug,
                               (select count(*) from done d where d.module_slug = t.module_slug and d.n = t.n),
                               coalesce(p.n, 0)
                        from totals t left join passed p on p.module_slug = t.module_slug""".formatted(inScope(scope, "c.learner_id"), inScope(scope, "learner_id")))
                .param("modules", moduleOfLesson.toArray(String[]::new))
                .param("lessons", lessons.toArray(String[]::new))
                .param("classes", classes(scope))
                .query((rs, n) -> counts.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)}))
                .list();
        var funnel = modules.stream()
                .map(m -> new DashboardData.FunnelStep(m.title(), counts.get(m.slug())[0], counts.get(m.slug())[1]))
                .toList();
        return new DashboardData.CohortOverview(learners, active, funnel, quizAverages(scope), targets);
    }

    /**
     * Per current quiz with at least one graded attempt, in path order: the mean score, the number
     * of graded attempts and the share that passed. For everyone, the quiz module's live figures;
     * for some learners, the same definition over progress's copy of their graded attempts.
     */
    private List<DashboardData.QuizAverage> quizAverages(ClassData.Scope scope) {
        if (scope.everyone()) {
            return results.averages().stream()
                    .map(a ->
                            new DashboardData.QuizAverage(a.quizTitle(), a.averageScore(), a.attempts(), a.passRate()))
                    .toList();
        }
        record Sums(double average, int attempts, double passRate) {}
        Map<Long, Sums> byQuiz = new HashMap<>();
        jdbc.sql("""
                        select quiz_id, avg(score), count(*), avg(case when passed then 1.0 else 0.0 end)
                        from quiz_result where true %s group by quiz_id""".formatted(inScope(scope, "learner_id")))
                .param("classes", classes(scope))
                .query((rs, n) -> byQuiz.put(rs.getLong(1), new Sums(rs.getDouble(2), rs.getInt(3), rs.getDouble(4))))
                .list();
        if (byQuiz.isEmpty()) {
            return List.of();
        }
        return results.currentQuizzes().stream()
                .filter(q -> byQuiz.containsKey(q.id()))
                .map(q -> {
                    Sums s = byQuiz.get(q.id());
                    return new DashboardData.QuizAverage(q.title(), s.average(), s.attempts(), s.passRate());
                })
                .toList();
    }

    /** The ids of the scope's learners (for the item analysis of some learners). */
    List<Long> learnerIds(ClassData.Scope scope) {
        return jdbc.sql("select u.id from learner_directory u where true" + inScope(scope, "u.id"))
                .param("classes", classes(scope))
                .query(Long.class)
                .list();
    }

    /** The sort keys the learners table offers, mapped to SQL (never raw input). */
    static final Map<String, String> SORTS = Map.of(
            "name",
            "lower(display_name)",
            "email",
            "lower(email)",
            "lastActivity",
            "last_activity",
            "progress",
            "lessons_done",
            "stuck",
            "stuck",
            "behind",
            "behind_position");

    /**
     * The learners of the scope with their flags. "Behind" is computed only when modules are due
     * (:dueSlugs, in path order): the first due module whose quiz the learner has not passed.
     */
    private static String learnersSql(ClassData.Scope scope, boolean anyDue) {
        String behind = anyDue ? """
                  (select d.position from unnest(cast(:dueSlugs as text[])) with ordinality as d(slug, position)
                   where not exists (select 1 from quiz_result r where r.learner_id = u.id
                                     and r.module_slug = d.slug and r.passed)
                   order by d.position limit 1)""" : "cast(null as bigint)";
        return """
                with rows as (
                       select u.id, u.display_name, u.email, m.last_activity, coalesce(m.lessons_done, 0) as lessons_done,
                              (coalesce(m.failing_quiz, false)
                               or coalesce(m.last_activity, u.created_at) < :stale) as stuck,
                              %s as behind_position
                       from learner_directory u
                       left join learner_summary m on m.learner_id = u.id
                       where (:filter = '' or lower(u.display_name) like :like or lower(u.email) like :like) %s)
                select * from rows where (not :onlyStuck or stuck) and (not :onlyBehind or behind_position is not null)
                """.formatted(behind, inScope(scope, "u.id"));
    }

    /**
     * A page of the scope's learners.
     *
     * @param due the modules whose target date is past, in path order (empty: nobody is behind)
     */
    List<DashboardData.LearnerRow> learners(
            ClassData.Scope scope,
            List<DashboardData.ModuleTarget> due,
            String filter,
            boolean onlyStuck,
            boolean onlyBehind,
            String sort,
            boolean ascending,
            int offset,
            int limit,
            Instant now,
            int lessonsTotal) {
        String order = SORTS.getOrDefault(sort, SORTS.get("name"));
        String sql = learnersSql(scope, !due.isEmpty()) + " order by " + order + (ascending ? " asc" : " desc")
                + " nulls last, id limit :limit offset :offset";
        return bind(jdbc.sql(sql), scope, due, filter, onlyStuck, onlyBehind, now)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new DashboardData.LearnerRow(
                        rs.getLong("id"),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        rs.getTimestamp("last_activity") == null
                                ? null
                                : rs.getTimestamp("last_activity").toInstant(),
                        rs.getInt("lessons_done"),
                        lessonsTotal,
                        rs.getBoolean("stuck"),
                        rs.getObject("behind_position") == null
                                ? null
                                : due.get(rs.getInt("behind_position") - 1).module()))
                .list();
    }

    int countLearners(
            ClassData.Scope scope,
            List<DashboardData.ModuleTarget> due,
            String filter,
            boolean onlyStuck,
            boolean onlyBehind,
            Instant now) {
        String sql = "select count(*) from (" + learnersSql(scope, !due.isEmpty()) + ") counted";
        return bind(jdbc.sql(sql), scope, due, filter, onlyStuck, onlyBehind, now)
                .query(Integer.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec,
            ClassData.Scope scope,
            List<DashboardData.ModuleTarget> due,
            String filter,
            boolean onlyStuck,
            boolean onlyBehind,
            Instant now) {
        String f = filter.strip().toLowerCase(java.util.Locale.ROOT);
        return spec.param("filter", f)
                .param("like", "%" + f.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("onlyStuck", onlyStuck)
                .param("onlyBehind", onlyBehind)
                .param("stale", Timestamp.from(now.minusSeconds(7 * 86_400)))
                .param("classes", classes(scope))
                .param(
                        "dueSlugs",
                        due.stream().map(DashboardData.ModuleTarget::moduleSlug).toArray(String[]::new));
    }

    /**
     * Item analysis on first attempts, as Moodle reports it: facility = mean score on the
     * question; discrimination = correlation between the question's score and the rest of
     * the attempt's score. For some learners it is computed live by the quiz module
     * ({@link ItemStatistics}); for the whole cohort, from the sums kept here at grading time.
     *
     * @param learners restrict to these learners (null: the whole cohort)
     */
    List<DashboardData.QuestionStatistics> questionStatistics(@Nullable Collection<Long> learners) {
        if (learners == null) {
            return cohortQuestionStatistics();
        }
        return items.firstAttempts(learners).stream()
                .map(s -> statistics(s.question(), s.attempts(), s.facility(), s.discrimination()))
                .toList();
    }

    /**
     * The same statistics for the whole cohort, from the per-question sums kept up to date at
     * grading time: facility = sum(x) / n; discrimination = the correlation of x and r from
     * their sums, without reading any attempt.
     */
    private List<DashboardData.QuestionStatistics> cohortQuestionStatistics() {
        record Sums(int attempts, double facility, @Nullable Double discrimination) {}
        Map<Long, Sums> sums = new HashMap<>();
        jdbc.sql("""
                        select s.question_id, s.n, s.sum_x / s.n as facility,
                               case when s.sum_xx - s.sum_x * s.sum_x / s.n > 1e-9 and s.sum_rr - s.sum_r * s.sum_r / s.n > 1e-9
                                    then (s.sum_xr - s.sum_x * s.sum_r / s.n)
                                         / sqrt((s.sum_xx - s.sum_x * s.sum_x / s.n) * (s.sum_rr - s.sum_r * s.sum_r / s.n))
                               end as discrimination
                        from question_summary s where s.n > 0""")
                .query((rs, n) -> sums.put(
                        rs.getLong(1),
                        new Sums(rs.getInt(2), rs.getDouble(3), rs.getObject(4) == null ? null : rs.getDouble(4))))
                .list();
        return items.describe(sums.keySet()).stream()
                .map(q -> {
                    Sums s = sums.get(q.id());
                    return statistics(q, s.attempts(), s.facility(), s.discrimination());
                })
                .toList();
    }

    private static DashboardData.QuestionStatistics statistics(
            ItemStatistics.Question question, int attempts, double facility, @Nullable Double discrimination) {
        boolean flagged = facility < FACILITY_LOW
                || facility > FACILITY_HIGH
                || (discrimination != null && discrimination < DISCRIMINATION_LOW);
        return new DashboardData.QuestionStatistics(
                question.id(),
                question.key(),
                question.quizTitle(),
                question.type(),
                attempts,
                facility,
                discrimination,
                flagged,
                attempts >= MIN_ATTEMPTS);
    }
}
