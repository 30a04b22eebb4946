package dev.tensortrail.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.Application;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole app started against a database it must refuse: it stops with one clear line (no stack
 * trace) and leaves the schema exactly as it found it.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchemaStartupTest {

    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    private JdbcClient jdbc;

    @BeforeEach
    void startAnEmptyDatabase() {
        jdbc = postgres.jdbc();
    }

    @Test
    void a_schema_newer_than_the_code_stops_start_up_with_one_clear_line_and_is_left_alone(CapturedOutput output) {
        postgres.migrate();
        // a later release applied migration 999
        jdbc.sql("""
                insert into flyway_schema_history
                    (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                select max(installed_rank) + 1, '999', 'from a newer release', 'SQL', 'V999__from_a_newer_release.sql',
                       0, 'postgres', 1, true
                from flyway_schema_history""").update();
        int historyRows = historyRows();

        assertThatThrownBy(this::startTheApp).isNotNull();

        assertThat(output.getOut() + output.getErr())
                .contains("The database schema is newer than this version of TensorTrail: it has migration 999 applied,"
                        + " which this version does not know. Nothing was changed")
                .contains("Run the TensorTrail release that last started on this database")
                .doesNotContain("at org.flywaydb");
        assertThat(historyRows()).isEqualTo(historyRows);
    }

    @Test
    void a_failing_migration_rolls_back_every_migration_of_that_start_and_stops_with_one_clear_line(
            CapturedOutput output) {
        assertThatThrownBy(() ->
                        startTheApp("--spring.flyway.locations=classpath:db/migration,classpath:db/failing-migration"))
                .isNotNull();

        assertThat(exists("half_migrated"))
                .as("the failed migration's first statement")
                .isFalse();
        assertThat(exists("user_account"))
                .as("the migrations before it in the same start")
                .isFalse();
        assertThat(output.getOut() + output.getErr())
                .contains(
                        "The database schema was not changed: migration V9__fails_half_way.sql failed (ERROR: division by zero)")
                .contains("every migration of this start was rolled back")
                .doesNotContain("at org.flywaydb");
    }

    private void startTheApp(String... more) {
        String[] arguments = {
            "--spring.datasource.url=" + postgres.jdbcUrl(),
            "--spring.datasource.username=postgres",
            "--server.port=0",
            "--tensortrail.demo-data=false",
            "--tensortrail.demo-cohort.size=0",
            "--vaadin.devmode.devTools.enabled=false",
        };
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(arguments), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        new SpringApplicationBuilder(Application.class)
                .registerShutdownHook(false)
                .run(all)
                .close();
    }

    private int historyRows() {
        return jdbc.sql("select count(*) from flyway_schema_history")
                .query(Integer.class)
                .single();
    }

    private boolean exists(String table) {
        return jdbc.sql("select to_regclass(?) is not null")
                .param(table)
                .query(Boolean.class)
                .single();
    }
}
