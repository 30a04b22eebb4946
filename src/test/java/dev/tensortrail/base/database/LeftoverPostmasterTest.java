package dev.tensortrail.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault: a JVM running the embedded PostgreSQL is killed with SIGKILL (kill -9), its detached
 * postmaster lives on and holds the data folder. The next start must stop it and come up, with the
 * data, instead of waiting 60 s and failing.
 */
class LeftoverPostmasterTest {

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 50, unit = TimeUnit.SECONDS)
    void a_server_left_running_by_a_killed_jvm_is_stopped_and_the_next_start_comes_up_with_the_data() throws Exception {
        Path data = folder.resolve("postgres");
        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedServerChild.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        try (var output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(EmbeddedServerChild.READY)) {
                // the child's log
            }
            assertThat(line).as("the child JVM started the server").isEqualTo(EmbeddedServerChild.READY);
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            child.waitFor();
        }
        long orphanPid = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
        assertThat(ProcessHandle.of(orphanPid))
                .as("the postmaster outlived its JVM")
                .hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());

        long started = System.nanoTime();
        try {
            startAgainAndRead(data, started, orphanPid);
        } finally {
            ProcessHandle.of(orphanPid).ifPresent(ProcessHandle::destroy); // never leave it behind when the test fails
        }
    }

    private static void startAgainAndRead(Path data, long started, long orphanPid) throws Exception {
        try (var server = EmbeddedPostgresServer.start(data);
                Connection connection = EmbeddedPostgresServerTest.connect(server, server.password());
                var rows = connection.createStatement().executeQuery("select answer from kept")) {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            System.out.println("Start after a leftover server: " + millis + " ms");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo(EmbeddedServerChild.ANSWER);
            assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive))
                    .isEmpty();
        }
    }

    /** Runs in a child JVM: starts the server on the folder, commits a row, says so, then waits to be killed. */
    public static final class EmbeddedServerChild {

        static final String READY = "EMBEDDED-SERVER-READY";
        static final String ANSWER = "committed before the kill";

        public static void main(String[] args) throws Exception {
            var server = EmbeddedPostgresServer.start(Path.of(args[0]));
            try (Connection connection = EmbeddedPostgresServerTest.connect(server, server.password());
                    var statement = connection.createStatement()) {
                statement.execute("create table kept (answer text)");
                statement.execute("insert into kept values ('" + ANSWER + "')");
            }
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
