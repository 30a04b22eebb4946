package dev.tensortrail.base.database;

/** The embedded PostgreSQL could not start; {@link #action()} says what to do about it. */
final class EmbeddedDatabaseException extends RuntimeException {

    private final String action;

    EmbeddedDatabaseException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    EmbeddedDatabaseException(String message, String action) {
        super(message);
        this.action = action;
    }

    String action() {
        return action;
    }
}
