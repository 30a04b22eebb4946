package dev.tensortrail.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether demo accounts and the demo cohort are created on an external database too
 * ({@code tensortrail.demo-data}, env {@code DEMO_DATA}); on the embedded database they always are.
 */
@ConfigurationProperties("tensortrail")
public record DemoData(@DefaultValue("false") boolean demoData) {

    /** Demo data is wanted in this database mode. */
    public boolean wantedIn(DatabaseMode mode) {
        return mode.embedded() || demoData;
    }
}
