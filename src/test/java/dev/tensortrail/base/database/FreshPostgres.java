package dev.tensortrail.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh, empty embedded PostgreSQL for each test, stopped after it, with the app's Flyway
 * migrations ({@code classpath:db/migration}) applied as far as the test asks. For tests of a
 * migration (a database at the version before it, rows in the old format, then the rest) and of
 * start-up against a database in a given state. Register it on an instance field:
 *
 * <pre>{@code
 * @RegisterExtension
 * final FreshPostgres postgres = new FreshPostgres();
 * }</pre>
 */
public final class FreshPostgres implements BeforeEachCallback, AfterEachCallback {

    private @Nullable EmbeddedPostgres postgres;
    private @Nullable JdbcClient jdbc;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (postgres != null) {
            postgres.close();
        }
        postgres = null;
        jdbc = null;
    }

    public DataSource dataSource() {
        return started().getPostgresDatabase();
    }

    public JdbcClient jdbc() {
        started();
        return Objects.requireNonNull(jdbc);
    }

    /** The JDBC URL of the {@code postgres} database as the user {@code postgres}. */
    public String jdbcUrl() {
        return started().getJdbcUrl("postgres", "postgres");
    }

    /** Applies every migration not applied yet. */
    public void migrate() {
        flyway().load().migrate();
    }

    /** Applies the migrations up to and including {@code version}. */
    public void migrateTo(String version) {
        flyway().target(version).load().migrate();
    }

    /**
     * Applies the migrations up to the newest one before {@code version} (versions in between
     * belong to other modules and may come and go, so a migration's test names only its own).
     */
    public void migrateToVersionBefore(String version) {
        MigrationVersion mine = MigrationVersion.fromVersion(version);
        String before = Arrays.stream(flyway().load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(mine) < 0)
                .max(MigrationVersion::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("No migration before " + version))
                .getVersion();
        migrateTo(before);
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration");
    }

    private EmbeddedPostgres started() {
        if (postgres == null) {
            throw new IllegalStateException("FreshPostgres runs per test: register it with @RegisterExtension");
        }
        return postgres;
    }
}
