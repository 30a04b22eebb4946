package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.SqlCounter;
import dev.tensortrail.curriculum.Curriculum;
import dev.tensortrail.quiz.Quizzes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * No N+1 on the pages a learner uses most: the SQL statements behind each page's data are counted
 * for a learner at the start of the path and for one who has finished it, and the counts must be
 * the same (a statement per lesson, module or answer would show as a difference). The counts are
 * written to target/sql-per-action/pages.md for the performance notes.
 */
@IntegrationTest
class SqlPerPageTest {

    @Autowired
    LearnerFixture learners;

    @Autowired
    Curriculum curriculum;

    @Autowired
    Quizzes quizzes;

    @Autowired
    Dashboards dashboards;

    @Autowired
    Reviews reviews;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_statements_behind_each_page_do_not_grow_with_the_learners_progress() throws IOException {
        Map<String, Integer> beginner = pagesAs(learners.newLearner("Bea Beginner"), false);
        Map<String, Integer> finisher = pagesAs(learners.newLearner("Fin Finisher"), true);

        List<String> report = new ArrayList<>(
                List.of("| page data | statements, new learner | statements, path finished |", "|---|---:|---:|"));
        beginner.forEach((page, n) -> report.add("| " + page + " | " + n + " | " + finisher.get(page) + " |"));
        Path dir = Files.createDirectories(Path.of("target", "sql-per-action"));
        Files.write(dir.resolve("pages.md"), report);

        assertThat(finisher)
                .as("statements per page (target/sql-per-action/pages.md)")
                .isEqualTo(beginner);
    }

    private Map<String, Integer> pagesAs(String email, boolean finished) {
        if (finished) {
            learners.finishThePath(email);
        }
        learners.signIn(email);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("path", SqlCounter.statementsOf(curriculum::path).size());
        counts.put(
                "lesson",
                SqlCounter.statementsOf(() -> curriculum.lesson("graphs-what-is-a-graph"))
                        .size());
        counts.put(
                "quiz page",
                SqlCounter.statementsOf(() -> quizzes.info("graphs-quiz")).size());
        counts.put(
                "learner dashboard", SqlCounter.statementsOf(dashboards::mine).size());
        counts.put(
                "review summary",
                SqlCounter.statementsOf(() -> reviews.summary(ZoneOffset.UTC)).size());
        return counts;
    }
}
