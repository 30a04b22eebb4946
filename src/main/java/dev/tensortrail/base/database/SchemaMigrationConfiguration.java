package dev.tensortrail.base.database;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Flyway may change the schema on start: all or nothing, and never on a schema this version does
 * not know. {@link SchemaMigrationFailureAnalyzer} turns a refusal into one clear line.
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigrationConfiguration {

    @Bean
    FlywayConfigurationCustomizer allOrNothingMigrations() {
        return configuration -> configuration
                // every pending migration of one start in one transaction: PostgreSQL rolls all of it back
                // when one fails, so a failed start never leaves the schema half-way between two versions
                .group(true)
                // Flyway ignores applied migrations it does not know ("future") by default: that would run
                // this code against a newer schema. With no ignore patterns, validation refuses it.
                .ignoreMigrationPatterns(new String[0]);
    }
}
