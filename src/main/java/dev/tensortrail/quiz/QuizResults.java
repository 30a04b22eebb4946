package dev.tensortrail.quiz;

import dev.tensortrail.curriculum.PathOutline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quiz module's published read API for cohort results (DD003): per current quiz, how all
 * graded attempts went, live from the stored attempts. The progress module's cohort overview
 * uses it instead of reading {@code quiz} and {@code quiz_attempt}. Callers check who may see it.
 */
@Component
public class QuizResults {

    /**
     * All graded attempts of one current quiz.
     *
     * @param averageScore the mean score (0..1)
     * @param passRate     the share of attempts that passed (0..1)
     */
    public record Average(String quizTitle, double averageScore, int attempts, double passRate) {}

    private final JdbcClient jdbc;
    private final PathOutline outline;

    QuizResults(JdbcClient jdbc, PathOutline outline) {
        this.jdbc = jdbc;
        this.outline = outline;
    }

    /** Every current quiz with at least one graded attempt, in path order (by its module's position). */
    @Transactional(readOnly = true)
    public List<Average> averages() {
        Map<String, Integer> positions = outline.positions();
        record Row(Average average, String moduleSlug) {}
        List<Row> rows = new ArrayList<>(jdbc.sql("""
                        select q.title, avg(a.score), count(*), avg(case when a.passed then 1.0 else 0.0 end), q.module_slug
                        from quiz q join quiz_attempt a on a.quiz_id = q.id and a.submitted_at is not null
                        where q.retired_at is null group by q.id, q.title, q.module_slug order by q.id""")
                .query((rs, n) -> new Row(
                        new Average(rs.getString(1), rs.getDouble(2), rs.getInt(3), rs.getDouble(4)), rs.getString(5)))
                .list());
        // a module that is not on the path sorts last, as PostgreSQL sorts nulls
        rows.sort(Comparator.comparingInt(r -> positions.getOrDefault(r.moduleSlug(), Integer.MAX_VALUE)));
        return rows.stream().map(Row::average).toList();
    }

    /** A current quiz: its id, title and module, for callers that count attempts of their own. */
    public record CurrentQuiz(long id, String title, String moduleSlug) {}

    /**
     * Every current quiz in the order {@link #averages()} lists them (by module position, then id),
     * so a caller that averages its own copy of the graded attempts shows the same quizzes.
     */
    @Transactional(readOnly = true)
    public List<CurrentQuiz> currentQuizzes() {
        Map<String, Integer> positions = outline.positions();
        List<CurrentQuiz> quizzes =
                new ArrayList<>(jdbc.sql("select id, title, module_slug from quiz where retired_at is null order by id")
                        .query((rs, n) -> new CurrentQuiz(rs.getLong(1), rs.getString(2), rs.getString(3)))
                        .list());
        quizzes.sort(Comparator.comparingInt(q -> positions.getOrDefault(q.moduleSlug(), Integer.MAX_VALUE)));
        return quizzes;
    }
}
