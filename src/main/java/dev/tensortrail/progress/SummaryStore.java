package dev.tensortrail.progress;

import dev.tensortrail.curriculum.PathOutline;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps the dashboard summaries (learner_summary, question_summary) up to date, so that the
 * instructor dashboard reads a few thousand summary rows instead of aggregating every attempt.
 * Reads only progress's own tables (completed_lesson, quiz_result, review_log), the curriculum's
 * {@link PathOutline} for which lessons are current, and account's learner_directory view.
 */
@Repository
class SummaryStore {

    private final JdbcClient jdbc;
    private final PathOutline outline;

    SummaryStore(JdbcClient jdbc, PathOutline outline) {
        this.jdbc = jdbc;
        this.outline = outline;
    }

    /** The learner's tallies, one per quiz they have a graded attempt of. */
    List<QuizTally> tallies(long learner) {
        return jdbc.sql("""
                        select quiz_id, count(*), count(*) filter (where not passed), bool_or(passed), max(score)
                        from quiz_result where learner_id = ? group by quiz_id order by quiz_id""")
                .param(learner)
                .query((rs, n) ->
                        new QuizTally(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4), rs.getDouble(5)))
                .list();
    }

    /** Recomputes one learner's row from what is stored (a handful of indexed lookups). */
    void refreshLearner(long learner) {
        boolean failing = tallies(learner).stream().anyMatch(QuizTally::failedTwiceWithoutPassing);
        jdbc.sql("""
                        insert into learner_summary (learner_id, last_activity, lessons_done, failing_quiz)
                        select :id,
                               (select max(t) from (
                                  select max(completed_at) as t from completed_lesson where learner_id = :id
                                  union all select max(graded_at) from quiz_result where learner_id = :id
                                  union all select max(reviewed_at) from review_log where learner_id = :id) x),
                               (select count(*) from completed_lesson
                                where learner_id = :id and lesson_slug = any(:current)),
                               :failing
                        on conflict (learner_id) do update set last_activity = excluded.last_activity,
                            lessons_done = excluded.lessons_done, failing_quiz = excluded.failing_quiz""")
                .param("id", learner)
                .param("current", currentLessons())
                .param("failing", failing)
                .update();
    }

    /** Adds a first attempt's questions to the per-question sums. */
    void addFirstAttempt(List<QuestionScore> questions) {
        double total = questions.stream().mapToDouble(QuestionScore::score).sum();
        // rows in one order for every attempt: concurrent gradings of overlapping draws would deadlock otherwise
        for (QuestionScore q : questions.stream()
                .sorted(Comparator.comparingLong(QuestionScore::questionId))
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
        Map<Long, List<QuizTally>> tallies = new HashMap<>();
        jdbc.sql("""
                        select learner_id, quiz_id, count(*), count(*) filter (where not passed), bool_or(passed), max(score)
                        from quiz_result group by learner_id, quiz_id""")
                .query((rs, n) -> tallies.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
                        .add(new QuizTally(
                                rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getBoolean(5), rs.getDouble(6))))
                .list();
        Set<Long> failing = new HashSet<>();
        tallies.forEach((learner, list) -> {
            if (list.stream().anyMatch(QuizTally::failedTwiceWithoutPassing)) {
                failing.add(learner);
            }
        });
        jdbc.sql("delete from learner_summary").update();
        jdbc.sql("""
                        insert into learner_summary (learner_id, last_activity, lessons_done, failing_quiz)
                        select u.id, a.last_activity, coalesce(p.lessons_done, 0), u.id = any(:failing)
                        from learner_directory u
                        left join (select learner_id, max(t) as last_activity from (
                                     select learner_id, completed_at as t from completed_lesson
                                     union all select learner_id, graded_at from quiz_result
                                     union all select learner_id, reviewed_at from review_log) x group by learner_id) a
                               on a.learner_id = u.id
                        left join (select learner_id, count(*) as lessons_done from completed_lesson
                                   where lesson_slug = any(:current) group by learner_id) p
                               on p.learner_id = u.id""")
                .param("failing", failing.toArray(Long[]::new))
                .param("current", currentLessons())
                .update();
        jdbc.sql("delete from question_summary").update();
        jdbc.sql("""
                        insert into question_summary (question_id, n, sum_x, sum_xx, sum_r, sum_rr, sum_xr)
                        select question_id, count(*), sum(x), sum(x * x), sum(r), sum(r * r), sum(x * r)
                        from (select i.question_id, i.score::float8 as x,
                                     (sum(i.score) over (partition by f.attempt_id))::float8 - i.score::float8 as r
                              from quiz_result f
                              cross join lateral unnest(f.question_ids, f.question_scores) as i(question_id, score)
                              where f.first_attempt) s
                        group by question_id""").update();
    }

    private String[] currentLessons() {
        return outline.currentLessonSlugs().toArray(String[]::new);
    }
}
