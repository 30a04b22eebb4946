package dev.tensortrail.base.database;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "cannot reach the configured PostgreSQL" into one clear line naming the URL (never
 * the password) instead of a page of stack trace.
 */
class DatabaseConnectionFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseConnectionFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        // 08: connection exception, 28: invalid authorisation, 3D: no such database
        if (!(state.startsWith("08") || state.startsWith("28") || state.startsWith("3D"))) {
            return null;
        }
        String url = JdbcUrls.withoutSecrets(environment.getProperty("spring.datasource.url", "(not set)"));
        return new FailureAnalysis(
                "Cannot connect to PostgreSQL at " + url + ": " + cause.getMessage(),
                "Check DB_URL, DB_USER and DB_PASSWORD, and that the database server is running and reachable."
                        + " Unset DB_URL to run on the embedded database instead.",
                cause);
    }
}
