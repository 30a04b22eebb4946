package dev.tensortrail.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo cohort ({@code tensortrail.demo-cohort.*}): how many learners it has ({@code size}, env
 * {@code DEMO_COHORT_SIZE}; 0 turns it off). Whether demo data is wanted at all is
 * {@link dev.tensortrail.base.DemoData}.
 */
@ConfigurationProperties("tensortrail.demo-cohort")
record DemoCohortProperties(@DefaultValue("300") int size) {

    DemoCohortProperties {
        if (size < 0) {
            throw new IllegalArgumentException("tensortrail.demo-cohort.size must be 0 or more, not " + size);
        }
    }
}
