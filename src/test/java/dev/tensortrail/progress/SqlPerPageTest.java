package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.ClassFixture;
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

    @Autowired
    ClassFixture classes;

    @Autowired
    dev.tensortrail.classroom.Classrooms classrooms;

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

    /**
     * The instructor's page data (overview, a page of learners, their count, the item analysis)
     * for a class of 2 and one of 12 learners with target dates, and "all my learners" over 1 and
     * 4 classes: the same statements, none per learner or per class.
     */
    @Test
    void the_statements_behind_the_class_page_do_not_grow_with_learners_or_classes() throws IOException {
        String small = classes.newInstructor("Small Teacher");
        Map<String, Integer> few = instructorPages(small, 1, 2);
        String large = classes.newInstructor("Large Teacher");
        Map<String, Integer> many = instructorPages(large, 4, 3);

        List<String> report = new ArrayList<>(List.of(
                "| instructor page data | statements, 1 class of 2 | statements, 4 classes of 3 |", "|---|---:|---:|"));
        few.forEach((page, n) -> report.add("| " + page + " | " + n + " | " + many.get(page) + " |"));
        Path dir = Files.createDirectories(Path.of("target", "sql-per-action"));
        Files.write(dir.resolve("instructor-pages.md"), report);

        assertThat(many)
                .as("statements per page (target/sql-per-action/instructor-pages.md)")
                .isEqualTo(few);
    }

    private Map<String, Integer> instructorPages(String instructor, int classCount, int learnersPerClass) {
        List<Long> ids = new ArrayList<>();
        for (int c = 0; c < classCount; c++) {
            String[] members = new String[learnersPerClass];
            for (int i = 0; i < learnersPerClass; i++) {
                members[i] = learners.newLearner("Counted Learner");
                if (i % 2 == 0) {
                    learners.finishThePath(members[i]);
                }
            }
            long id =
                    classes.newClass(instructor, "Counted class " + c, members).id();
            classrooms.setTarget(id, "graphs", java.time.LocalDate.of(2020, 1, 1));
            ids.add(id);
        }
        long one = ids.getFirst();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(
                "class overview",
                SqlCounter.statementsOf(() -> dashboards.cohort(one)).size());
        counts.put(
                "class learners page",
                SqlCounter.statementsOf(() -> dashboards.learners(one, "", false, false, "behind", true, 0, 50))
                        .size());
        counts.put(
                "class learners count",
                SqlCounter.statementsOf(() -> dashboards.countLearners(one, "", true, true))
                        .size());
        counts.put(
                "class question statistics",
                SqlCounter.statementsOf(() -> dashboards.questionStatistics(one))
                        .size());
        counts.put(
                "class learners CSV",
                SqlCounter.statementsOf(() -> dashboards.learnersCsv(one)).size());
        counts.put(
                "all my learners overview",
                SqlCounter.statementsOf(() -> dashboards.cohort(null)).size());
        counts.put(
                "all my learners page",
                SqlCounter.statementsOf(() -> dashboards.learners(null, "", false, false, "name", true, 0, 50))
                        .size());
        counts.put(
                "all my learners question statistics",
                SqlCounter.statementsOf(() -> dashboards.questionStatistics(null))
                        .size());
        return counts;
    }

    private Map<String, Integer> pagesAs(String email, boolean finished) {
        if (finished) {
            learners.finishThePath(email);
        }
        // the finisher is in three classes with target dates, the beginner in one
        String teacher = classes.newInstructor("Counting Teacher");
        for (int c = 0; c < (finished ? 3 : 1); c++) {
            long id = classes.newClass(teacher, "Class " + c, email).id();
            classrooms.setTarget(id, "graphs", java.time.LocalDate.of(2030, 1, 1));
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
