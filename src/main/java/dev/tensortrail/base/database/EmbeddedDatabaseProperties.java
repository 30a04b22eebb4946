package dev.tensortrail.base.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded database's data folder ({@code tensortrail.embedded-db.data-dir}, env
 * {@code EMBEDDED_DB_DIR}). Empty means a throw-away cluster in a temporary folder (the tests).
 */
@ConfigurationProperties("tensortrail.embedded-db")
record EmbeddedDatabaseProperties(@DefaultValue("") String dataDir) {

    /** The folder to keep the data in, or null for a throw-away cluster. */
    Path dataDirectoryOrNull() {
        return dataDir.isBlank() ? null : Path.of(dataDir);
    }
}
