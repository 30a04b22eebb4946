package dev.tensortrail.demo;

import dev.tensortrail.account.DemoAccounts;
import dev.tensortrail.base.DatabaseMode;
import dev.tensortrail.base.DemoData;
import dev.tensortrail.base.OneNodeAtATime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * In the embedded mode (or with DEMO_DATA=true), creates the demo cohort and its classes once: under an advisory
 * lock, so that a second node starting on the same database at the same moment finds it made.
 */
@Component
@EnableConfigurationProperties(DemoCohortProperties.class)
class DemoCohortSeeder implements ApplicationRunner {

    private final DemoCohort cohort;
    private final DatabaseMode mode;
    private final DemoData demoData;
    private final DemoCohortProperties properties;
    private final OneNodeAtATime oneNode;
    private final DemoClasses classes;

    DemoCohortSeeder(
            DemoCohort cohort,
            DatabaseMode mode,
            DemoData demoData,
            DemoCohortProperties properties,
            OneNodeAtATime oneNode,
            DemoClasses classes) {
        this.classes = classes;
        this.cohort = cohort;
        this.mode = mode;
        this.demoData = demoData;
        this.properties = properties;
        this.oneNode = oneNode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoData.wantedIn(mode) && properties.size() > 0) {
            oneNode.run("demo-cohort", () -> {
                if (!cohort.exists()) {
                    cohort.generate(properties.size(), 6, 42);
                }
                // on its own check: a database seeded before classes existed gets them too
                if (!classes.exist()) {
                    classes.seed(
                            DemoAccounts.INSTRUCTOR_EMAIL,
                            DemoAccounts.SECOND_INSTRUCTOR_EMAIL,
                            DemoAccounts.LEARNER_EMAIL);
                }
            });
        }
    }
}
