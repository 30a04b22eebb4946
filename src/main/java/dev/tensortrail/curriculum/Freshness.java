package dev.tensortrail.curriculum;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.stereotype.Component;

/** Whether content is due for a re-check: its as-of date is older than the configured age. */
@Component
public class Freshness {

    private final Period maxAge;
    private final Clock clock;

    Freshness(FreshnessProperties properties, Clock clock) {
        this.maxAge = properties.maxAge();
        this.clock = clock;
    }

    public Period maxAge() {
        return maxAge;
    }

    /** The day after which a file checked on {@code asOf} is due for a re-check. */
    public LocalDate dueOn(LocalDate asOf) {
        return asOf.plus(maxAge);
    }

    public boolean overdue(LocalDate asOf) {
        return LocalDate.now(clock).isAfter(dueOn(asOf));
    }
}
