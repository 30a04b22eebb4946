package dev.tensortrail.base.database;

import dev.tensortrail.base.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The external mode: DB_URL (or spring.datasource.url) names the PostgreSQL to use. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isBlank()")
class ExternalDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseConfiguration.class);

    @Bean
    DatabaseMode databaseMode(DataSourceProperties dataSource) {
        String safeUrl = JdbcUrls.withoutSecrets(dataSource.getUrl());
        log.info("Database mode: external PostgreSQL at {}", safeUrl);
        return new DatabaseMode(false, safeUrl);
    }
}
