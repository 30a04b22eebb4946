package dev.tensortrail.base.database;

import com.zaxxer.hikari.HikariDataSource;
import dev.tensortrail.base.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded mode: when no database is configured, start a real PostgreSQL from the
 * binaries on the classpath ({@link EmbeddedPostgresServer}). With a data directory the data
 * survives restarts and crashes; with an empty one (the tests) a fresh, throw-away cluster is created.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** The pool owns the server: it stops PostgreSQL only after every user of the pool is gone. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgresDataSource dataSource(EmbeddedDatabaseProperties properties) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties.dataDirectoryOrNull());
        var kept = server.dataDirectory();
        if (kept != null) {
            // However the JVM ends short of kill -9 (SIGTERM, Ctrl-C, System.exit, a failed start),
            // the server stops with it: Boot runs this after it has closed the application context.
            // After a kill -9 the next start finds and stops the leftover server (LeftoverPostmaster).
            SpringApplication.getShutdownHandlers().add(server::close);
        }
        log.info(
                "Database mode: embedded PostgreSQL on port {}, data in {}",
                server.port(),
                kept == null
                        ? "a temporary folder, deleted on shutdown"
                        : kept + " (durable; password in " + DatabasePassword.file(kept) + ")");
        return new EmbeddedPostgresDataSource(server);
    }

    @Bean
    DatabaseMode databaseMode(EmbeddedPostgresDataSource dataSource) {
        return new DatabaseMode(true, dataSource.getJdbcUrl());
    }

    static final class EmbeddedPostgresDataSource extends HikariDataSource {

        private final EmbeddedPostgresServer server;

        EmbeddedPostgresDataSource(EmbeddedPostgresServer server) {
            this.server = server;
            setJdbcUrl(server.jdbcUrl());
            setUsername(server.username());
            setPassword(server.password());
            setMaximumPoolSize(10);
            setConnectionTimeout(2_000);
            setPoolName("embedded");
        }

        @Override
        public void close() {
            super.close();
            server.close();
        }
    }
}
