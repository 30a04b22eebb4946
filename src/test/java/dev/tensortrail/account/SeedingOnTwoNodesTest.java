package dev.tensortrail.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.base.DatabaseMode;
import dev.tensortrail.base.DemoData;
import dev.tensortrail.base.OneNodeAtATime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several nodes starting at the same moment on one database each run the account seeder: every
 * node starts (none fails on a duplicate e-mail) and the admin exists once.
 */
@IntegrationTest
class SeedingOnTwoNodesTest {

    @Autowired
    AccountService accounts;

    @Autowired
    OneNodeAtATime once;

    @Autowired
    JdbcClient jdbc;

    @Test
    void four_nodes_seeding_the_same_admin_at_once_all_start_and_create_it_once() throws Exception {
        String email = "seeded-" + UUID.randomUUID() + "@tensortrail.test";
        int nodes = 4;
        CyclicBarrier together = new CyclicBarrier(nodes);
        List<Future<?>> starts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(nodes)) {
            for (int i = 0; i < nodes; i++) {
                AccountSeeder seeder = new AccountSeeder(
                        accounts,
                        new DatabaseMode(false, "jdbc:postgresql://shared"),
                        new DemoData(false),
                        new AdminProperties(email, "a long enough passphrase"),
                        once);
                starts.add(pool.submit(() -> {
                    together.await();
                    seeder.run(new DefaultApplicationArguments());
                    return null;
                }));
            }
            for (Future<?> start : starts) {
                start.get(); // a node whose seeding threw would not have started
            }
        }
        assertThat(jdbc.sql("select count(*) from user_account where email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
