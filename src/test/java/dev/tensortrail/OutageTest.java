package dev.tensortrail;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test that can take the database away ({@link DatabaseProxy}); incomplete event
 * publications are retried every second. Test classes with it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Import(DatabaseOutageConfiguration.class)
@TestPropertySource(properties = {
        "tensortrail.events.retry-interval=PT1S",
        "tensortrail.events.retry-after=PT2S",
        "spring.modulith.events.staleness.published=PT10S",
        "spring.modulith.events.staleness.processing=PT10S",
        "spring.modulith.events.staleness.resubmission=PT10S",
        "spring.modulith.events.staleness.check-intervall=PT1S"})
public @interface OutageTest {
}
