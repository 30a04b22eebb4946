package dev.tensortrail.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL: started from the binaries on the classpath, durable when its data is
 * kept, reachable only with a generated password, and safe to start again after a crash.
 *
 * <ul>
 *   <li>A kept data folder runs with {@code fsync}, {@code synchronous_commit} and
 *       {@code full_page_writes} on: a commit the app acknowledged survives a crash or power cut.
 *       A throw-away cluster (no data folder: the tests) keeps the library's fast, non-durable
 *       settings, since it is deleted when the JVM ends anyway.</li>
 *   <li>The superuser {@code postgres} has a generated password, kept in
 *       {@value DatabasePassword#FILE_NAME} in the data folder (mode 600), and pg_hba.conf asks
 *       every connection for it (SCRAM-SHA-256). A folder made by an older version (trust) is
 *       upgraded in place on its first start.</li>
 *   <li>A PostgreSQL left running on the folder by a JVM that was killed is stopped first
 *       ({@link LeftoverPostmaster}).</li>
 * </ul>
 *
 * Every failure to start is an {@link EmbeddedDatabaseException} that says what to do.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    static final String SUPERUSER = "postgres";
    static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final @Nullable Path dataDirectory;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, @Nullable Path dataDirectory, String password) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.password = password;
    }

    /**
     * Starts PostgreSQL on a data folder (created when missing), or on a throw-away folder deleted
     * on {@link #close()} when {@code dataDirectory} is null.
     */
    static EmbeddedPostgresServer start(@Nullable Path dataDirectory) {
        Path dir = dataDirectory == null ? null : dataDirectory.toAbsolutePath().normalize();
        try {
            return dir == null ? startThrowAway() : startKept(dir);
        } catch (EmbeddedDatabaseException e) {
            throw e;
        } catch (Exception e) {
            String where = dir == null ? "a temporary folder" : dir.toString();
            throw new EmbeddedDatabaseException(
                    "The embedded PostgreSQL did not start in " + where + ": " + describe(e),
                    "Read the pg_ctl/postgres lines logged just above. If the folder is damaged, restore it from a"
                            + " backup or move it away to start with an empty database (EMBEDDED_DB_DIR chooses"
                            + " the folder); set DB_URL to use an external PostgreSQL instead.",
                    e);
        }
    }

    private static EmbeddedPostgresServer startThrowAway() throws IOException, SQLException {
        String password = DatabasePassword.generate();
        EmbeddedPostgres postgres = builder(password).start();
        stopIfFails(postgres, () -> secure(postgres, password, "a temporary folder", null));
        return new EmbeddedPostgresServer(postgres, null, password);
    }

    private static EmbeddedPostgresServer startKept(Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        LeftoverPostmaster.stopIfRunning(dir);
        // a new cluster's folder must be empty for initdb: the password file is written once it runs
        Optional<String> kept = DatabasePassword.read(dir);
        if (kept.isEmpty() && PasswordAuthentication.isInPlace(dir.resolve("pg_hba.conf"))) {
            throw new EmbeddedDatabaseException(
                    "The embedded database in " + dir + " asks for a password, but its" + " password file "
                            + DatabasePassword.file(dir) + " is missing",
                    "Restore that file (one line: the password) from a backup of the folder, then start again.");
        }
        String password = kept.orElseGet(DatabasePassword::generate);
        EmbeddedPostgres postgres = builder(password)
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // durable: an acknowledged commit is on disk, and a torn page can be repaired after a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        stopIfFails(postgres, () -> {
            if (kept.isEmpty()) {
                DatabasePassword.write(dir, password);
            }
            secure(postgres, password, dir.toString(), dir.resolve("pg_hba.conf"));
        });
        return new EmbeddedPostgresServer(postgres, dir, password);
    }

    private interface SetUp {
        void run() throws IOException, SQLException;
    }

    /** A server that started but could not be set up is stopped again: a failed start leaves nothing running. */
    private static void stopIfFails(EmbeddedPostgres postgres, SetUp setUp) throws IOException, SQLException {
        try {
            setUp.run();
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                postgres.close();
            } catch (IOException stopFailed) {
                e.addSuppressed(stopFailed);
            }
            throw e;
        }
    }

    private static EmbeddedPostgres.Builder builder(String password) {
        return EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                // no Unix socket: JDBC uses TCP, and a socket in /tmp would be one more way in
                .setServerConfig("unix_socket_directories", "")
                // the library's start-up check connects with these; a trust cluster ignores the password
                .setConnectConfig("password", password)
                // Spring stops the server when it closes the pool; a JVM hook of the library's own would
                // stop it while the context is still shutting down (see EmbeddedDatabaseConfiguration).
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT);
    }

    /**
     * Makes sure the superuser has the password and pg_hba.conf asks for it. On a cluster made with
     * trust (a new one: the library runs initdb with trust; or one from an older TensorTrail) this
     * sets the password and rewrites pg_hba.conf; the data stays as it is.
     */
    private static void secure(EmbeddedPostgres postgres, String password, String where, @Nullable Path hbaFile)
            throws IOException, SQLException {
        Path hba = hbaFile != null ? hbaFile : hbaFileOf(postgres);
        if (PasswordAuthentication.isInPlace(hba)) {
            return;
        }
        try (Connection connection = postgres.getDatabase(SUPERUSER, SUPERUSER, Map.of("password", password))
                        .getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            // the password is base64url: no quote can end the literal
            statement.execute("alter role " + SUPERUSER + " with password '" + password + "'");
            PasswordAuthentication.write(hba);
            statement.execute("select pg_reload_conf()");
        }
        awaitPasswordRequired(postgres, where);
        log.info("Embedded PostgreSQL: password authentication set up in {}", where);
    }

    /** The reload is a signal the postmaster handles on its own time: wait until a wrong password is refused. */
    private static void awaitPasswordRequired(EmbeddedPostgres postgres, String where) {
        String wrong = "not-" + DatabasePassword.generate();
        for (int attempt = 0; attempt < 200; attempt++) {
            try (Connection ignored = postgres.getDatabase(SUPERUSER, SUPERUSER, Map.of("password", wrong))
                    .getConnection()) {
                Thread.sleep(25);
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new EmbeddedDatabaseException(
                "The embedded PostgreSQL in " + where + " still lets connections in"
                        + " without the password after pg_hba.conf was rewritten",
                "Check that pg_hba.conf in the data folder is writable and start again.");
    }

    private static Path hbaFileOf(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("show hba_file")) {
            rows.next();
            return Path.of(rows.getString(1));
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(" (").append(cause.getMessage()).append(')');
            }
        }
        return text.toString();
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + SUPERUSER;
    }

    String username() {
        return SUPERUSER;
    }

    String password() {
        return password;
    }

    @Nullable
    Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops PostgreSQL (fast shutdown: open sessions are rolled back); a second call does nothing. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
