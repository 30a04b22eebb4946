package dev.tensortrail.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL on a kept data folder, as `./mvnw` runs it: a real server each test. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path folder;

    @Test
    void a_kept_data_folder_runs_durable() throws SQLException {
        try (var server = EmbeddedPostgresServer.start(folder.resolve("postgres"))) {
            assertThat(settings(server, "fsync", "synchronous_commit", "full_page_writes"))
                    .containsExactly(
                            Map.entry("fsync", "on"),
                            Map.entry("synchronous_commit", "on"),
                            Map.entry("full_page_writes", "on"));
        }
    }

    @Test
    void a_throw_away_cluster_keeps_the_fast_settings_and_still_needs_the_password() throws SQLException {
        try (var server = EmbeddedPostgresServer.start(null)) {
            // deleted when the JVM ends, so nothing to make durable (the tests run faster)
            assertThat(settings(server, "fsync")).containsEntry("fsync", "off");
            assertThatThrownBy(() -> connect(server, "not-the-password").close())
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void every_connection_needs_the_generated_password_kept_readable_only_by_the_owner() throws Exception {
        Path data = folder.resolve("postgres");
        try (var server = EmbeddedPostgresServer.start(data)) {
            Path passwordFile = data.resolve(DatabasePassword.FILE_NAME);
            assertThat(Files.readString(passwordFile).strip())
                    .isEqualTo(server.password())
                    .hasSize(43);
            assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(DatabasePassword.OWNER_ONLY);
            assertThat(Files.readString(data.resolve("pg_hba.conf")))
                    .contains("scram-sha-256")
                    .doesNotContain("trust");

            try (Connection connection = connect(server, server.password())) {
                assertThat(connection.isValid(2)).isTrue();
            }
            assertThatThrownBy(() -> connect(server, "not-the-password").close())
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl() + "?user=postgres")
                            .close())
                    .isInstanceOf(SQLException.class);
        }
        // the second start reads the same password
        try (var again = EmbeddedPostgresServer.start(data);
                Connection connection = connect(again, again.password())) {
            assertThat(again.password())
                    .isEqualTo(Files.readString(data.resolve(DatabasePassword.FILE_NAME))
                            .strip());
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    @Test
    void a_folder_made_with_trust_by_an_older_version_is_upgraded_in_place_with_its_data() throws Exception {
        Path data = folder.resolve("postgres");
        Files.createDirectories(data);
        // what TensorTrail did before: the library's defaults, initdb with trust
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .start();
                Connection connection = old.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("create table kept (answer text)");
            statement.execute("insert into kept values ('survives the upgrade')");
        }

        try (var server = EmbeddedPostgresServer.start(data)) {
            try (Connection connection = connect(server, server.password());
                    var rows = connection.createStatement().executeQuery("select answer from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("survives the upgrade");
            }
            assertThatThrownBy(
                            () -> connect(server, "anything-trust-would-let-in").close())
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
            assertThat(Files.getPosixFilePermissions(data.resolve(DatabasePassword.FILE_NAME)))
                    .isEqualTo(DatabasePassword.OWNER_ONLY);
        }
    }

    @Test
    void a_folder_used_by_a_running_server_is_not_taken_over() {
        Path data = folder.resolve("postgres");
        try (var running = EmbeddedPostgresServer.start(data)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data))
                    .isInstanceOfSatisfying(EmbeddedDatabaseException.class, e -> {
                        assertThat(e.getMessage()).contains("in use by another running TensorTrail");
                        assertThat(e.action()).contains("EMBEDDED_DB_DIR");
                    });
        }
    }

    @Test
    void a_start_that_fails_says_what_happened_and_what_to_do() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(notAFolder))
                .isInstanceOfSatisfying(EmbeddedDatabaseException.class, e -> {
                    assertThat(e.getMessage()).startsWith("The embedded PostgreSQL did not start in " + notAFolder);
                    assertThat(e.action()).contains("EMBEDDED_DB_DIR").contains("DB_URL");
                });
    }

    static Connection connect(EmbeddedPostgresServer server, String password) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), password);
    }

    private static Map<String, String> settings(EmbeddedPostgresServer server, String... names) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection connection = connect(server, server.password());
                var statement = connection.createStatement()) {
            for (String name : names) {
                try (var rows = statement.executeQuery("show " + name)) {
                    rows.next();
                    values.put(name, rows.getString(1));
                }
            }
        }
        return values;
    }
}
