package dev.tensortrail.progress;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.demo.DemoCohort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Not a test: a benchmark of the dashboard queries on 10,000 learners and about 200,000 graded
 * attempts. Run with {@code ./mvnw -Pbenchmark verify}; it prints the medians and asserts nothing.
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

    @Test
    void dashboard_queries_on_a_large_cohort() {
        long seeding = System.nanoTime();
        int attempts = cohort.generate(10_000, 20, 42);
        jdbc.sql("analyze").update();
        System.out.printf(
                "BENCHMARK seeded 10000 learners, %d graded attempts in %.1f s%n",
                attempts, (System.nanoTime() - seeding) / 1e9);

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
