package dev.tensortrail.base;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes started at the same moment against one empty PostgreSQL, as two nodes behind a
 * load balancer would be: both must come up and serve the sign-in page, and the schema, the content,
 * the accounts and the demo cohort must each exist once, not twice and not half.
 */
class TwoNodesOnOneDatabaseHttpTest {

    private static final Duration START_UP = Duration.ofMinutes(4);
    private static final int COHORT = 40;

    private EmbeddedPostgres postgres;
    private JdbcClient jdbc;
    private final List<Process> nodes = new ArrayList<>();

    @BeforeEach
    void startAnEmptyDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (Process node : nodes) {
            node.destroy();
        }
        for (Process node : nodes) {
            if (!node.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        }
        postgres.close();
    }

    @Test
    void two_nodes_starting_at_once_on_an_empty_database_both_serve_and_seed_everything_once() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "two-nodes"));
        int[] ports = {freePort(), freePort()};
        for (int i = 0; i < 2; i++) {
            nodes.add(start(ports[i], logs.resolve("node-" + (i + 1) + ".log")));
        }

        for (int i = 0; i < 2; i++) {
            Path log = logs.resolve("node-" + (i + 1) + ".log");
            awaitReady(nodes.get(i), ports[i], log);
            HttpResponse<String> login = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + ports[i] + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode())
                    .as("node %d serves the sign-in page", i + 1)
                    .isEqualTo(200);
            assertThat(Files.readString(log))
                    .as("node %d logged no error", i + 1)
                    .doesNotContainPattern("Z +ERROR ");
        }

        assertThat(count("select count(*) from flyway_schema_history where not success"))
                .isZero();
        assertThat(
                        count(
                                "select count(*) - count(distinct version) from flyway_schema_history where version is not null"))
                .as("each migration applied once")
                .isZero();
        assertThat(count("select count(*) from user_account where email = 'admin@tensortrail.test'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from user_account where email = 'learner@tensortrail.test'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from user_account where email like '%@cohort.tensortrail.test'"))
                .as("the demo cohort, once")
                .isEqualTo(COHORT);
        assertThat(count("select count(*) - count(distinct slug) from lesson")).isZero();
        assertThat(count("select count(*) from lesson")).isPositive();
        assertThat(count("select count(*) - count(distinct slug) from quiz")).isZero();
        assertThat(count("select count(*) from question")).isPositive();
        assertThat(count("select count(*) from event_publication where completion_date is null"))
                .as("no event left undelivered")
                .isZero();
    }

    /** The application in a JVM of its own, on the test class path (the packaged jar here is a dev-mode jar). */
    private Process start(int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        classPath,
                        "dev.tensortrail.Application",
                        "--vaadin.devmode.devTools.enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
        env.put("DB_USER", "postgres");
        env.put("DB_PASSWORD", "");
        env.put("PORT", Integer.toString(port));
        env.put("DEMO_DATA", "true");
        env.put("DEMO_COHORT_SIZE", Integer.toString(COHORT));
        env.put("ADMIN_EMAIL", "admin@tensortrail.test");
        env.put("ADMIN_PASSWORD", "admin-for-the-tests");
        return builder.start();
    }

    /** Until the node's readiness probe says UP: after its start-up work (content, seeders) is done. */
    private static void awaitReady(Process node, int port, Path log) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(START_UP);
        while (Instant.now().isBefore(deadline)) {
            if (!node.isAlive()) {
                throw new AssertionError("a node stopped during start-up (exit " + node.exitValue() + "):\n"
                        + tail(Files.readString(log)));
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the web server is not up yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("a node was not ready within " + START_UP + ":\n" + tail(Files.readString(log)));
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
