package dev.tensortrail.progress;

import dev.tensortrail.base.DatabaseMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** In the embedded mode (or with DEMO_DATA=true), creates the demo cohort once. */
@Component
class DemoCohortSeeder implements ApplicationRunner {

    private final DemoCohort cohort;
    private final DatabaseMode mode;
    private final boolean demoData;
    private final int size;

    DemoCohortSeeder(
            DemoCohort cohort,
            DatabaseMode mode,
            @Value("${tensortrail.demo-data:false}") boolean demoData,
            @Value("${tensortrail.demo-cohort.size:300}") int size) {
        this.cohort = cohort;
        this.mode = mode;
        this.demoData = demoData;
        this.size = size;
    }

    @Override
    public void run(ApplicationArguments args) {
        if ((mode.embedded() || demoData) && size > 0 && !cohort.exists()) {
            cohort.generate(size, 6, 42);
        }
    }
}
