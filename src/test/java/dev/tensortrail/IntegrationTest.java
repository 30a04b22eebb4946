package dev.tensortrail;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A test with the whole application on a real, fresh PostgreSQL (see application-test.properties). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(TestClockConfiguration.class)
public @interface IntegrationTest {
}
