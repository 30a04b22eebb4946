package dev.tensortrail.base.database;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up refused by Flyway (a schema newer than the code, a migration that changed or failed):
 * one line saying what happened and that nothing was changed, instead of a page of stack trace.
 */
class SchemaMigrationFailureAnalyzer extends AbstractFailureAnalyzer<FlywayException> {

    private static final Pattern UNKNOWN_APPLIED =
            Pattern.compile("applied migration not resolved locally: ([^\\s.]+(?:\\.\\d+)*)");

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FlywayException cause) {
        if (cause instanceof FlywayMigrateException failed) {
            return migrationFailed(failed);
        }
        if (cause instanceof FlywayValidateException invalid) {
            return validationFailed(invalid);
        }
        return null;
    }

    private static FailureAnalysis migrationFailed(FlywayMigrateException failed) {
        String migration = failed.getMigration() == null
                ? "a migration"
                : "migration " + failed.getMigration().getScript();
        String reason = databaseError(failed);
        return new FailureAnalysis(
                "The database schema was not changed: " + migration + " failed (" + reason + "), and every"
                        + " migration of this start was rolled back with it",
                "Fix the migration, or the data it trips over, then start again. The app did not start.",
                failed);
    }

    private static FailureAnalysis validationFailed(FlywayValidateException invalid) {
        String message = String.valueOf(invalid.getMessage());
        List<String> unknown = new ArrayList<>();
        Matcher matcher = UNKNOWN_APPLIED.matcher(message);
        while (matcher.find()) {
            unknown.add(matcher.group(1));
        }
        if (!unknown.isEmpty()) {
            return new FailureAnalysis(
                    "The database schema is newer than this version of TensorTrail: it has migration "
                            + String.join(", ", unknown) + " applied, which this version does not know."
                            + " Nothing was changed",
                    "Run the TensorTrail release that last started on this database (or a newer one), or restore"
                            + " the backup taken before it. Do not run Flyway's repair to hide this.",
                    invalid);
        }
        return new FailureAnalysis(
                "The database schema does not match this version's migrations: " + validationDetail(message)
                        + ". Nothing was changed",
                "A migration that was already applied must never be edited: restore its original text, or restore"
                        + " the database from a backup, then start again.",
                invalid);
    }

    private static String validationDetail(String message) {
        return Arrays.stream(message.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty()
                        && !line.startsWith("Validate failed")
                        && !line.startsWith("Need more")
                        && !line.startsWith("If you"))
                .findFirst()
                .orElse(firstLine(message));
    }

    /** The database's own words ("ERROR: division by zero"), from the SQLException under Flyway's wrapping. */
    private static String databaseError(FlywayMigrateException failed) {
        for (Throwable cause = failed; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getMessage() != null) {
                return firstLine(sql.getMessage());
            }
        }
        return detail(failed.getMessage(), "Message");
    }

    private static String detail(String message, String label) {
        return Arrays.stream(String.valueOf(message).split("\\R"))
                .map(String::strip)
                .filter(line -> line.startsWith(label))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst()
                .orElse(firstLine(String.valueOf(message)));
    }

    private static String firstLine(String text) {
        return text.strip().split("\\R", 2)[0];
    }
}
