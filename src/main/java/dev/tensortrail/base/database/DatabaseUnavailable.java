package dev.tensortrail.base.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database outage (no connection, connection lost, pool timed out waiting for one)
 * from other failures, so that the UI can say "try again shortly" instead of "something broke".
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    /** True when this exception, or one of its causes, means the database cannot be reached. */
    public static boolean causedThe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof SQLRecoverableException
                    || t instanceof JDBCConnectionException) {
                return true;
            }
            // what the pool hands out in place of a connection it found broken (its state is unset)
            if (t instanceof SQLException && "Connection is closed".equals(t.getMessage())) {
                return true;
            }
            // SQL state class 08: connection exception; 57P01-57P03: the server is shutting down or starting
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
