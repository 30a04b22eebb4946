package dev.tensortrail.progress;

import dev.tensortrail.ClassFixture;
import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.demo.DemoClasses;
import dev.tensortrail.demo.DemoCohort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Not a test: a benchmark of the dashboard queries on 10,000 learners and about 200,000 graded
 * attempts, for the whole server and per class (40 classes). Run with {@code ./mvnw -Pbenchmark verify}; it prints the medians and asserts nothing.
 */
@IntegrationTest
class DashboardBenchmark {

    @Autowired
    DemoCohort cohort;

    @Autowired
    Dashboards dashboards;

    @Autowired
    LearnerFixture learners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoClasses classes;

    @Autowired
    ClassFixture teachers;

    /** Both benchmarks share one seeded cohort (the generator's e-mails are fixed, so it runs once). */
    private void seedOnce() {
        if (cohort.exists()) {
            return;
        }
        long seeding = System.nanoTime();
        int attempts = cohort.generate(10_000, 20, 42);
        jdbc.sql("analyze").update();
        System.out.printf(
                "BENCHMARK seeded 10000 learners, %d graded attempts in %.1f s%n",
                attempts, (System.nanoTime() - seeding) / 1e9);
    }

    @Test
    void dashboard_queries_on_a_large_cohort() {
        seedOnce();

        // the admin's "all learners": the whole server, as the one cohort was before classes
        learners.signIn("admin@tensortrail.test");
        double instructor = median(() -> {
            dashboards.cohort(null);
            dashboards.learners(null, "", false, false, "lastActivity", false, 0, 50);
            dashboards.countLearners(null, "", false, false);
            dashboards.questionStatistics(null);
            return null;
        });
        double overview = median(() -> dashboards.cohort(null));
        double page = median(() -> dashboards.learners(null, "", false, false, "lastActivity", false, 0, 50));
        double count = median(() -> dashboards.countLearners(null, "", false, false));
        double items = median(() -> dashboards.questionStatistics(null));

        long busy = jdbc.sql("""
                        select learner_id from quiz_attempt group by learner_id order by count(*) desc limit 1""").query(Long.class).single();
        String email = jdbc.sql("select email from user_account where id = ?")
                .param(busy)
                .query(String.class)
                .single();
        learners.signIn(email);
        double learner = median(dashboards::mine);
        SecurityContextHolder.clearContext();

        System.out.printf(
                "BENCHMARK instructor dashboard total %.1f ms (overview %.1f, learners page %.1f, count %.1f,"
                        + " question statistics %.1f)%n",
                instructor, overview, page, count, items);
        System.out.printf("BENCHMARK learner dashboard %.1f ms%n", learner);
    }

    /**
     * Issue 11: 10,000 learners in 40 classes, one of them of 500. The page data of that class
     * (overview, first page of the learners table, its count, item analysis) and "all my learners"
     * for an instructor who teaches 5 of the classes (the 500 and four of about 244).
     */
    @Test
    void class_pages_on_10000_learners_in_40_classes() {
        seedOnce();
        String teacher = teachers.newInstructor("Benchmark Teacher");
        String other = teachers.newInstructor("Other Teacher");
        List<Long> ids = jdbc.sql("select id from user_account where email like ? order by id")
                .param("%" + DemoCohort.EMAIL_DOMAIN)
                .query(Long.class)
                .list();
        List<Long> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, new java.util.Random(11));
        long teacherId = learners.id(teacher);
        long otherId = learners.id(other);
        long big =
                classes.create("Class of 500", "", "BGCXSS22", List.of(teacherId), shuffled.subList(0, 500), Map.of());
        int rest = shuffled.size() - 500;
        for (int i = 0; i < 39; i++) {
            int from = 500 + rest * i / 39;
            int to = 500 + rest * (i + 1) / 39;
            String code = String.format("BNCH%04d", i).replace('0', 'Z').replace('1', 'Y');
            classes.create(
                    "Class " + i, "", code, List.of(i < 4 ? teacherId : otherId), shuffled.subList(from, to), Map.of());
        }
        jdbc.sql("analyze").update();

        learners.signIn(teacher);
        double classPage = median(() -> {
            dashboards.cohort(big);
            dashboards.learners(big, "", false, false, "lastActivity", false, 0, 50);
            dashboards.countLearners(big, "", false, false);
            dashboards.questionStatistics(big);
            return null;
        });
        double classOverview = median(() -> dashboards.cohort(big));
        double classRows = median(() -> dashboards.learners(big, "", false, false, "lastActivity", false, 0, 50));
        double classCount = median(() -> dashboards.countLearners(big, "", false, false));
        double classItems = median(() -> dashboards.questionStatistics(big));
        double all = median(() -> {
            dashboards.cohort(null);
            dashboards.learners(null, "", false, false, "lastActivity", false, 0, 50);
            dashboards.countLearners(null, "", false, false);
            dashboards.questionStatistics(null);
            return null;
        });
        double allOverview = median(() -> dashboards.cohort(null));
        double allItems = median(() -> dashboards.questionStatistics(null));
        int allLearners = dashboards.countLearners(null, "", false, false);
        SecurityContextHolder.clearContext();

        System.out.printf(
                "BENCHMARK class of 500: page data %.1f ms (overview %.1f, learners page %.1f, count %.1f,"
                        + " question statistics %.1f)%n",
                classPage, classOverview, classRows, classCount, classItems);
        System.out.printf(
                "BENCHMARK all my learners (5 classes, %d learners): page data %.1f ms (overview %.1f,"
                        + " question statistics %.1f)%n",
                allLearners, all, allOverview, allItems);
    }

    private static double median(Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            long start = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
