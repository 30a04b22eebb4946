package dev.tensortrail.base.database;

import com.zaxxer.hikari.HikariDataSource;
import dev.tensortrail.base.DatabaseMode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded mode: when no database is configured, start a real PostgreSQL from the
 * binaries on the classpath. With a data directory the data survives restarts; with an empty
 * one (the tests) a fresh, throw-away cluster is created.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** The pool owns the server: it stops PostgreSQL only after every user of the pool is gone. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgresDataSource dataSource(@Value("${tensortrail.embedded-db.data-dir:}") String dataDir)
            throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                // Spring stops the server when it closes the pool (see below); a JVM hook of its own
                // would stop it while the context is still shutting down.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60));
        String where;
        if (dataDir.isBlank()) {
            where = "a temporary folder, deleted on shutdown";
        } else {
            Path dir = Path.of(dataDir).toAbsolutePath().normalize();
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
            where = dir.toString();
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Database mode: embedded PostgreSQL on port {}, data in {}", postgres.getPort(), where);
        return new EmbeddedPostgresDataSource(postgres);
    }

    @Bean
    DatabaseMode databaseMode(EmbeddedPostgresDataSource dataSource) {
        return new DatabaseMode(true, dataSource.getJdbcUrl());
    }

    static final class EmbeddedPostgresDataSource extends HikariDataSource {

        private final EmbeddedPostgres postgres;

        EmbeddedPostgresDataSource(EmbeddedPostgres postgres) {
            this.postgres = postgres;
            setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            setUsername("postgres");
            setMaximumPoolSize(10);
            setConnectionTimeout(2_000);
            setPoolName("embedded");
        }

        @Override
        public void close() {
            super.close();
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
