package dev.tensortrail;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test with the whole application on a real, fresh PostgreSQL (see application-test.properties),
 * reached through a {@link DatabaseProxy} that a test can cut. One configuration for all: a second
 * application context in the JVM would replace the static security-context strategy of the first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@org.springframework.context.annotation.Import({TestClockConfiguration.class, DatabaseOutageConfiguration.class})
public @interface IntegrationTest {}
