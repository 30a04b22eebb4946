package dev.tensortrail.account;

/**
 * The demo accounts made in the embedded mode (or with DEMO_DATA=true): a learner, the demo
 * instructor, and a second instructor whose class the first must not see (issue 11). The README
 * lists them; the demo module puts the demo cohort into their classes.
 */
public final class DemoAccounts {

    public static final String LEARNER_EMAIL = "learner@tensortrail.test";
    public static final String LEARNER_PASSWORD = "trail-learner-pass";
    public static final String INSTRUCTOR_EMAIL = "instructor@tensortrail.test";
    public static final String INSTRUCTOR_PASSWORD = "trail-instructor-pass";
    public static final String SECOND_INSTRUCTOR_EMAIL = "instructor2@tensortrail.test";
    public static final String SECOND_INSTRUCTOR_PASSWORD = "trail-instructor2-pass";

    private DemoAccounts() {}
}
