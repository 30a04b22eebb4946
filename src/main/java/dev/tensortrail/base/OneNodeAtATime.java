package dev.tensortrail.base;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work that several nodes sharing one database must do once, not once each: seeding accounts,
 * generating the demo cohort. The work runs in one transaction holding a PostgreSQL advisory lock named
 * after it, so a second node starting at the same moment waits, then finds the work done. (The content
 * loader takes its own lock the same way.)
 */
@Component
public class OneNodeAtATime {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    OneNodeAtATime(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Runs {@code work} in a transaction that no other node runs {@code name}'s work alongside. */
    public <T> T run(String name, Supplier<T> work) {
        return transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                    .param("tensortrail:" + name)
                    .query()
                    .singleRow();
            return work.get();
        });
    }

    public void run(String name, Runnable work) {
        run(name, () -> {
            work.run();
            return null;
        });
    }
}
