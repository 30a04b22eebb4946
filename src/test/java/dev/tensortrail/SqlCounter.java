package dev.tensortrail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements one user action sends, on the calling thread only (listeners that run
 * after the commit on other threads are not the action's cost). Every JDBC execution counts once: a
 * batch is one round trip. The application's data source is wrapped with this listener in tests (see
 * {@link DatabaseOutageConfiguration}).
 */
public final class SqlCounter implements QueryExecutionListener {

    static final SqlCounter LISTENER = new SqlCounter();
    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private SqlCounter() {}

    /** The statements {@code action} executed on this thread, in order. */
    public static List<String> statementsOf(Runnable action) {
        return during(() -> {
                    action.run();
                    return null;
                })
                .statements();
    }

    public record Recorded<T>(T result, List<String> statements) {}

    public static <T> Recorded<T> during(Supplier<T> action) {
        List<String> outer = RECORDING.get();
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            T result = action.get();
            return new Recorded<>(result, List.copyOf(statements));
        } finally {
            if (outer == null) {
                RECORDING.remove();
            } else {
                outer.addAll(statements);
                RECORDING.set(outer);
            }
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queries) {}

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queries) {
        List<String> statements = RECORDING.get();
        if (statements == null || queries.isEmpty()) {
            return;
        }
        String sql = queries.getFirst().getQuery().replaceAll("\\s+", " ").strip();
        statements.add(execInfo.isBatch() ? "[batch of " + execInfo.getBatchSize() + "] " + sql : sql);
    }
}
