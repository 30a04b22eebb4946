package dev.tensortrail.quiz;

import dev.tensortrail.curriculum.PathOutline;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quiz module's published read API for item analysis (DD003): what a question is (its
 * content key, quiz and type) and, live from the stored attempts, how a set of learners did on
 * each question in their first attempts. The progress module's instructor dashboard uses it
 * instead of reading {@code question}, {@code quiz_attempt} and {@code attempt_item}, and its
 * personal-data export for the questions' content keys. Questions
 * come in path order (module position, then the question's position in its quiz); questions of
 * a quiz whose module is not on the path are left out. Callers check who may see the figures.
 */
@Component
public class ItemStatistics {

    /** A question as the item analysis names it (retired questions included). */
    public record Question(long id, String key, String quizTitle, String type) {}

    /**
     * How a question did in first attempts, as Moodle reports it.
     *
     * @param attempts       first attempts that drew the question
     * @param facility       the mean score on the question (0..1)
     * @param discrimination the correlation between the question's score and the rest of the
     *                       attempt's score; null when either does not vary
     */
    public record FirstAttempts(
            Question question,
            int attempts,
            double facility,
            @Nullable Double discrimination) {}

    private final JdbcClient jdbc;
    private final PathOutline outline;

    ItemStatistics(JdbcClient jdbc, PathOutline outline) {
        this.jdbc = jdbc;
        this.outline = outline;
    }

    /** These questions, in path order (unknown ids and questions off the path left out). */
    @Transactional(readOnly = true)
    public List<Question> describe(Collection<Long> questionIds) {
        Map<Long, Question> byId = new HashMap<>();
        Map<Long, Long> rank = ranks(questionIds, byId);
        return byId.values().stream()
                .filter(q -> rank.containsKey(q.id()))
                .sorted(Comparator.comparingLong(q -> rank.get(q.id())))
                .toList();
    }

    /**
     * Item analysis on the first graded attempt of each of these learners at each quiz, in path order.
     */
    @Transactional(readOnly = true)
    public List<FirstAttempts> firstAttempts(Collection<Long> learners) {
        List<Object[]> rows = jdbc.sql("""
                        with first_attempts as (
                               select distinct on (a.learner_id, a.quiz_id) a.id from quiz_attempt a
                               where a.submitted_at is not null and a.learner_id = any(:learners)
                               order by a.learner_id, a.quiz_id, a.submitted_at, a.id),
                             scored as (
                               select i.question_id, i.score::float8 as item,
                                      (sum(i.score) over (partition by i.attempt_id))::float8 - i.score::float8 as rest
                               from attempt_item i join first_attempts f on f.id = i.attempt_id)
                        select s.question_id, count(*), avg(s.item), corr(s.item, s.rest)
                        from scored s group by s.question_id""")
                .param("learners", learners.toArray(Long[]::new))
                .query((rs, n) -> new Object[] {
                    rs.getLong(1), rs.getInt(2), rs.getDouble(3), rs.getObject(4) == null ? null : rs.getDouble(4)
                })
                .list();
        Map<Long, Object[]> byQuestion = new HashMap<>();
        rows.forEach(r -> byQuestion.put((Long) r[0], r));
        return describe(byQuestion.keySet()).stream()
                .map(q -> {
                    Object[] r = byQuestion.get(q.id());
                    return new FirstAttempts(q, (Integer) r[1], (Double) r[2], (Double) r[3]);
                })
                .toList();
    }

    /** The content key of each of these questions (retired ones and those off the path included). */
    @Transactional(readOnly = true)
    public Map<Long, String> keys(Collection<Long> questionIds) {
        Map<Long, String> result = new HashMap<>();
        jdbc.sql("select id, content_key from question where id = any(?)")
                .param(questionIds.toArray(Long[]::new))
                .query((rs, n) -> result.put(rs.getLong(1), rs.getString(2)))
                .list();
        return result;
    }

    /** A sort key per question: its module's position on the path, then its position in the quiz. */
    private Map<Long, Long> ranks(Collection<Long> questionIds, Map<Long, Question> byId) {
        Map<String, Integer> modules = outline.positions();
        Map<Long, Long> rank = new HashMap<>();
        jdbc.sql("""
                        select q.id, q.content_key, z.title, q.type, z.module_slug, q.position
                        from question q join quiz z on z.id = q.quiz_id where q.id = any(?)""")
                .param(questionIds.toArray(Long[]::new))
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    byId.put(id, new Question(id, rs.getString(2), rs.getString(3), rs.getString(4)));
                    Integer module = modules.get(rs.getString(5));
                    if (module != null) {
                        rank.put(id, module * 1_000_000L + rs.getInt(6));
                    }
                    return id;
                })
                .list();
        return rank;
    }
}
