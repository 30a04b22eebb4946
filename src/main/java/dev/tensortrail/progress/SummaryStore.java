package dev.tensortrail.progress;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the dashboard summaries (learner_summary, question_summary) up to date, so that the
 * instructor dashboard reads a few thousand summary rows instead of aggregating every attempt.
 */
@Repository
class SummaryStore {

    private final JdbcClient jdbc;

    SummaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes one learner's row from what is stored (a handful of indexed lookups). */
    void refreshLearner(long learner) {
        jdbc.sql("""
                        insert into learner_summary (learner_id, last_activity, lessons_done, failing_quiz)
                        select :id,
                               (select max(t) from (
                                  select max(completed_at) as t from lesson_completion where learner_id = :id
                                  union all select max(submitted_at) from quiz_attempt where learner_id = :id
                                  union all select max(reviewed_at) from review_log where learner_id = :id) x),
                               (select count(*) from lesson_completion c
                                join lesson l on l.id = c.lesson_id and l.retired_at is null where c.learner_id = :id),
                               exists (select 1 from quiz_attempt a where a.learner_id = :id and a.submitted_at is not null
                                       group by a.quiz_id
                                       having count(*) filter (where not a.passed) >= 2 and not bool_or(a.passed))
                        on conflict (learner_id) do update set last_activity = excluded.last_activity,
                            lessons_done = excluded.lessons_done, failing_quiz = excluded.failing_quiz""").param("id", learner).update();
    }

    /** Adds a first attempt's questions to the per-question sums. */
    void addFirstAttempt(List<QuestionScore> questions) {
        double total = questions.stream().mapToDouble(QuestionScore::score).sum();
        // rows in one order for every attempt: concurrent gradings of overlapping draws would deadlock otherwise
        for (QuestionScore q : questions.stream()
                .sorted(java.util.Comparator.comparingLong(QuestionScore::questionId))
                .toList()) {
            double x = q.score();
            double r = total - x;
            jdbc.sql("""
                            insert into question_summary (question_id, n, sum_x, sum_xx, sum_r, sum_rr, sum_xr)
                            values (?, 1, ?, ?, ?, ?, ?)
                            on conflict (question_id) do update set n = question_summary.n + 1,
                                sum_x = question_summary.sum_x + excluded.sum_x,
                                sum_xx = question_summary.sum_xx + excluded.sum_xx,
                                sum_r = question_summary.sum_r + excluded.sum_r,
                                sum_rr = question_summary.sum_rr + excluded.sum_rr,
                                sum_xr = question_summary.sum_xr + excluded.sum_xr""").params(q.questionId(), x, x * x, r, r * r, x * r).update();
        }
    }

    record QuestionScore(long questionId, double score) {}

    /** Rebuilds both summaries from scratch (after a bulk load such as the demo cohort). */
    void rebuildAll() {
        jdbc.sql("delete from learner_summary").update();
        jdbc.sql("""
                        insert into learner_summary (learner_id, last_activity, lessons_done, failing_quiz)
                        select u.id, a.last_activity, coalesce(p.lessons_done, 0), f.learner_id is not null
                        from user_account u
                        left join (select learner_id, max(t) as last_activity from (
                                     select learner_id, completed_at as t from lesson_completion
                                     union all select learner_id, submitted_at from quiz_attempt where submitted_at is not null
                                     union all select learner_id, reviewed_at from review_log) x group by learner_id) a
                               on a.learner_id = u.id
                        left join (select c.learner_id, count(*) as lessons_done from lesson_completion c
                                   join lesson l on l.id = c.lesson_id and l.retired_at is null group by c.learner_id) p
                               on p.learner_id = u.id
                        left join (select distinct learner_id from (
                                     select learner_id, quiz_id from quiz_attempt where submitted_at is not null
                                     group by learner_id, quiz_id
                                     having count(*) filter (where not passed) >= 2 and not bool_or(passed)) g) f
                               on f.learner_id = u.id
                        where u.role = 'LEARNER'""").update();
        jdbc.sql("delete from question_summary").update();
        jdbc.sql("""
                        insert into question_summary (question_id, n, sum_x, sum_xx, sum_r, sum_rr, sum_xr)
                        select question_id, count(*), sum(x), sum(x * x), sum(r), sum(r * r), sum(x * r)
                        from (select i.question_id, i.score::float8 as x,
                                     (sum(i.score) over (partition by i.attempt_id))::float8 - i.score::float8 as r
                              from attempt_item i
                              join (select distinct on (learner_id, quiz_id) id from quiz_attempt
                                    where submitted_at is not null
                                    order by learner_id, quiz_id, submitted_at, id) f on f.id = i.attempt_id) s
                        group by question_id""").update();
    }
}
