package dev.tensortrail.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The whole app, embedded mode, on a data folder it cannot use: one description and one action, no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseFailureAnalyzerTest {

    @TempDir
    Path folder;

    @Test
    void an_embedded_database_that_cannot_start_stops_the_app_with_one_clear_line(CapturedOutput output)
            throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "a file where the data folder should be");

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                        .registerShutdownHook(false)
                        .run(
                                "--spring.datasource.url=",
                                "--tensortrail.embedded-db.data-dir=" + notAFolder,
                                "--server.port=0",
                                "--vaadin.devmode.devTools.enabled=false")
                        .close())
                .isNotNull();

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("The embedded PostgreSQL did not start in " + notAFolder)
                .contains("EMBEDDED_DB_DIR")
                .doesNotContain("at dev.tensortrail.base.database.EmbeddedPostgresServer");
    }
}
