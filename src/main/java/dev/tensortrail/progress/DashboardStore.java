package dev.tensortrail.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboards' SQL: every aggregate is computed in PostgreSQL, never by loading attempts. */
@Repository
class DashboardStore {

    static final double FACILITY_LOW = 0.3;
    static final double FACILITY_HIGH = 0.9;
    static final double DISCRIMINATION_LOW = 0.2;
    /** With draws from a bank, a question is in only some attempts: below this many, no verdict. */
    public static final int MIN_ATTEMPTS = 10;

    private final JdbcClient jdbc;

    DashboardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- one learner

    List<Streaks.Activity> activities(long learner) {
        return jdbc.sql("""
                        select completed_at, 'LESSON_COMPLETED', 1 from lesson_completion where learner_id = :id
                        union all
                        select submitted_at, 'QUIZ_GRADED', 1 from quiz_attempt where learner_id = :id and submitted_at is not null
                        union all
                        select reviewed_at, 'REVIEW', 1 from review_log where learner_id = :id and source = 'REVIEW'""")
                .param("id", learner)
                .query((rs, n) -> new Streaks.Activity(
                        rs.getTimestamp(1).toInstant(), Streaks.Kind.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
    }

    List<DashboardData.QuizScore> quizScores(long learner) {
        return jdbc.sql("""
                        select a.submitted_at, q.title, a.score, q.pass_percent from quiz_attempt a
                        join quiz q on q.id = a.quiz_id where a.learner_id = ? and a.submitted_at is not null
                        order by a.submitted_at, a.id""")
                .param(learner)
                .query((rs, n) -> new DashboardData.QuizScore(
                        rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getDouble(3), rs.getInt(4)))
                .list();
    }

    /** Reading time of completed lessons plus time in quizzes (each attempt capped at 30 minutes) and reviews. */
    int minutesSpent(long learner) {
        return jdbc.sql("""
                        select coalesce((select sum(l.reading_minutes) from lesson_completion c
                                         join lesson l on l.id = c.lesson_id where c.learner_id = :id), 0)
                             + coalesce((select sum(least(extract(epoch from submitted_at - started_at) / 60, 30))
                                         from quiz_attempt where learner_id = :id and submitted_at is not null), 0)
                             + coalesce((select count(*) * 0.5 from review_log where learner_id = :id and source = 'REVIEW'), 0)""").param("id", learner).query(Double.class).single().intValue();
    }

    /** A quiz failed and not passed since: its slug, title and the skills its last attempt missed. */
    record FailedQuiz(String slug, String title, List<String> skills) {}

    @Nullable
    FailedQuiz failedQuiz(long learner) {
        return jdbc.sql("""
                        select q.slug, q.title,
                               (select array_agg(distinct qu.skill order by qu.skill) from attempt_item i
                                join question qu on qu.id = i.question_id
                                where i.attempt_id = last.id and i.score < 1) as skills
                        from quiz q
                        join lateral (select a.id, a.passed from quiz_attempt a where a.quiz_id = q.id
                                      and a.learner_id = ? and a.submitted_at is not null
                                      order by a.submitted_at desc limit 1) last on true
                        where not exists (select 1 from quiz_attempt p where p.quiz_id = q.id and p.learner_id = ?
                                          and p.passed)
                        order by q.id limit 1""")
                .params(learner, learner)
                .query((rs, n) -> new FailedQuiz(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getArray(3) == null
                                ? List.of()
                                : List.of((String[]) rs.getArray(3).getArray())))
                .optional()
                .orElse(null);
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
        return jdbc.sql("select display_name from user_account where id = ? and role = 'LEARNER'")
                .param(learner)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    // ---- the cohort

    DashboardData.CohortOverview overview(Instant now) {
        int learners = jdbc.sql("select count(*) from user_account where role = 'LEARNER'")
                .query(Integer.class)
                .single();
        int active = jdbc.sql("select count(*) from learner_summary where last_activity >= ?")
                .param(Timestamp.from(now.minusSeconds(7 * 86_400)))
                .query(Integer.class)
                .single();
        var funnel = jdbc.sql("""
                        with totals as (select module_id, count(*) as n from lesson where retired_at is null group by module_id),
                             done as (select c.learner_id, l.module_id, count(*) as n from lesson_completion c
                                      join lesson l on l.id = c.lesson_id where l.retired_at is null group by 1, 2),
                             passed as (select q.module_slug, count(distinct a.learner_id) as n from quiz_attempt a
                                        join quiz q on q.id = a.quiz_id where a.passed group by q.module_slug)
                        select m.title,
                               (select count(*) from done d where d.module_id = m.id and d.n = t.n),
                               coalesce(p.n, 0)
                        from path_module m join totals t on t.module_id = m.id
                        left join passed p on p.module_slug = m.slug
                        where m.retired_at is null order by m.position""")
                .query((rs, n) -> new DashboardData.FunnelStep(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
        var quizzes = jdbc.sql("""
                        select q.title, avg(a.score), count(*), avg(case when a.passed then 1.0 else 0.0 end)
                        from quiz q join quiz_attempt a on a.quiz_id = q.id and a.submitted_at is not null
                        where q.retired_at is null group by q.id, q.title, q.module_slug
                        order by (select position from path_module m where m.slug = q.module_slug)""")
                .query((rs, n) ->
                        new DashboardData.QuizAverage(rs.getString(1), rs.getDouble(2), rs.getInt(3), rs.getDouble(4)))
                .list();
        return new DashboardData.CohortOverview(learners, active, funnel, quizzes);
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
            "stuck");

    private static final String LEARNERS = """
            with rows as (
                   select u.id, u.display_name, u.email, m.last_activity, coalesce(m.lessons_done, 0) as lessons_done,
                          (coalesce(m.failing_quiz, false)
                           or coalesce(m.last_activity, u.created_at) < :stale) as stuck
                   from user_account u
                   left join learner_summary m on m.learner_id = u.id
                   where u.role = 'LEARNER'
                     and (:filter = '' or lower(u.display_name) like :like or lower(u.email) like :like)
                     and (not :onlyStuck
                          or coalesce(m.failing_quiz, false) or coalesce(m.last_activity, u.created_at) < :stale))
            """;

    List<DashboardData.LearnerRow> learners(
            String filter,
            boolean onlyStuck,
            String sort,
            boolean ascending,
            int offset,
            int limit,
            Instant now,
            int lessonsTotal) {
        String order = SORTS.getOrDefault(sort, SORTS.get("name"));
        String sql = LEARNERS + "select * from rows order by " + order + (ascending ? " asc" : " desc")
                + " nulls last, id limit :limit offset :offset";
        return bind(jdbc.sql(sql), filter, onlyStuck, now)
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
                        rs.getBoolean("stuck")))
                .list();
    }

    int countLearners(String filter, boolean onlyStuck, Instant now) {
        return bind(jdbc.sql(LEARNERS + "select count(*) from rows"), filter, onlyStuck, now)
                .query(Integer.class)
                .single();
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, String filter, boolean onlyStuck, Instant now) {
        String f = filter.strip().toLowerCase(java.util.Locale.ROOT);
        return spec.param("filter", f)
                .param("like", "%" + f.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("onlyStuck", onlyStuck)
                .param("stale", Timestamp.from(now.minusSeconds(7 * 86_400)));
    }

    /**
     * Item analysis on first attempts, as Moodle reports it: facility = mean score on the
     * question; discrimination = correlation between the question's score and the rest of
     * the attempt's score.
     *
     * @param learners restrict to these learners (null: the whole cohort)
     */
    List<DashboardData.QuestionStatistics> questionStatistics(@Nullable Collection<Long> learners) {
        if (learners == null) {
            return cohortQuestionStatistics();
        }
        String scope = " and a.learner_id = any(:learners)";
        var spec = jdbc.sql("""
                        with first_attempts as (
                               select distinct on (a.learner_id, a.quiz_id) a.id from quiz_attempt a
                               where a.submitted_at is not null %s
                               order by a.learner_id, a.quiz_id, a.submitted_at, a.id),
                             scored as (
                               select i.question_id, i.score::float8 as item,
                                      (sum(i.score) over (partition by i.attempt_id))::float8 - i.score::float8 as rest
                               from attempt_item i join first_attempts f on f.id = i.attempt_id)
                        select q.id, q.content_key, z.title, q.type, count(*) as attempts, avg(s.item) as facility,
                               corr(s.item, s.rest) as discrimination
                        from scored s join question q on q.id = s.question_id join quiz z on z.id = q.quiz_id
                        join path_module m on m.slug = z.module_slug
                        group by q.id, q.content_key, z.title, q.type, m.position, q.position
                        order by m.position, q.position""".formatted(scope));
        return spec.param("learners", learners.toArray(Long[]::new))
                .query(this::statistics)
                .list();
    }

    /**
     * The same statistics for the whole cohort, from the per-question sums kept up to date at
     * grading time: facility = sum(x) / n; discrimination = the correlation of x and r from
     * their sums, without reading any attempt.
     */
    private List<DashboardData.QuestionStatistics> cohortQuestionStatistics() {
        return jdbc.sql("""
                        select q.id, q.content_key, z.title, q.type, s.n as attempts, s.sum_x / s.n as facility,
                               case when s.sum_xx - s.sum_x * s.sum_x / s.n > 1e-9 and s.sum_rr - s.sum_r * s.sum_r / s.n > 1e-9
                                    then (s.sum_xr - s.sum_x * s.sum_r / s.n)
                                         / sqrt((s.sum_xx - s.sum_x * s.sum_x / s.n) * (s.sum_rr - s.sum_r * s.sum_r / s.n))
                               end as discrimination
                        from question_summary s join question q on q.id = s.question_id
                        join quiz z on z.id = q.quiz_id join path_module m on m.slug = z.module_slug
                        where s.n > 0 order by m.position, q.position""").query(this::statistics).list();
    }

    private DashboardData.QuestionStatistics statistics(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        double facility = rs.getDouble("facility");
        Double discrimination = rs.getObject("discrimination") == null ? null : rs.getDouble("discrimination");
        boolean flagged = facility < FACILITY_LOW
                || facility > FACILITY_HIGH
                || (discrimination != null && discrimination < DISCRIMINATION_LOW);
        return new DashboardData.QuestionStatistics(
                rs.getLong("id"),
                rs.getString("content_key"),
                rs.getString("title"),
                rs.getString("type"),
                rs.getInt("attempts"),
                facility,
                discrimination,
                flagged,
                rs.getInt("attempts") >= MIN_ATTEMPTS);
    }
}
