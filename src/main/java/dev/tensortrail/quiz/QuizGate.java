package dev.tensortrail.quiz;

import dev.tensortrail.curriculum.ModuleGate;
import dev.tensortrail.quiz.ui.QuizNavigation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A module's quiz is its gate: the next module opens once the best attempt passed. */
@Component
class QuizGate implements ModuleGate {

    private final JdbcClient jdbc;

    QuizGate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One query for the whole path: each current quiz with this learner's best score and whether it passed. */
    @Override
    public Map<String, Status> statuses(long learnerId) {
        Map<String, Status> result = new HashMap<>();
        jdbc.sql("""
                        select q.module_slug, q.title, q.slug, max(a.score), coalesce(bool_or(a.passed), false)
                        from quiz q left join quiz_attempt a
                          on a.quiz_id = q.id and a.learner_id = ? and a.submitted_at is not null
                        where q.retired_at is null group by q.module_slug, q.title, q.slug""")
                .param(learnerId)
                .query((rs, n) -> {
                    BigDecimal best = rs.getBigDecimal(4);
                    return Map.entry(
                            rs.getString(1),
                            new Status(
                                    rs.getString(3),
                                    rs.getString(2),
                                    QuizNavigation.quiz(rs.getString(3)),
                                    rs.getBoolean(5),
                                    best == null ? null : best.doubleValue()));
                })
                .list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
