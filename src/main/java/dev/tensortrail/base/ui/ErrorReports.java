package dev.tensortrail.base.ui;

import dev.tensortrail.base.database.DatabaseUnavailable;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an unexpected failure under a short id that the user can quote, and picks the message
 * key they see: never the exception's own text, which may name internals.
 */
final class ErrorReports {

    private static final Logger log = LoggerFactory.getLogger(ErrorReports.class);
    private static final SecureRandom random = new SecureRandom();

    private ErrorReports() {}

    record Report(String id, String titleKey, String textKey) {}

    static Report report(Throwable failure, String where) {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        if (DatabaseUnavailable.causedThe(failure)) {
            // an outage is expected now and then: one line, no stack trace per click
            log.warn("Error {} in {}: database unavailable ({})", id, where, rootCause(failure));
            return new Report(id, "error.database.title", "error.database.text");
        }
        log.error("Error {} in {}", id, where, failure);
        return new Report(id, "error.unexpected.title", "error.unexpected.text");
    }

    private static String rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
