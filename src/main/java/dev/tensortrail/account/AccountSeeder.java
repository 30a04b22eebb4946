package dev.tensortrail.account;

import dev.tensortrail.base.DatabaseMode;
import dev.tensortrail.base.DemoData;
import dev.tensortrail.base.OneNodeAtATime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Accounts created at start-up: the admin named by ADMIN_EMAIL / ADMIN_PASSWORD, and in the
 * embedded mode (or with DEMO_DATA=true) a demo learner and a demo instructor.
 */
@Component
@Order(0)
class AccountSeeder implements ApplicationRunner {

    static final String DEMO_LEARNER_EMAIL = "learner@tensortrail.test";
    static final String DEMO_LEARNER_PASSWORD = "trail-learner-pass";
    static final String DEMO_INSTRUCTOR_EMAIL = "instructor@tensortrail.test";
    static final String DEMO_INSTRUCTOR_PASSWORD = "trail-instructor-pass";

    private static final Logger log = LoggerFactory.getLogger(AccountSeeder.class);

    private final AccountService accounts;
    private final DatabaseMode databaseMode;
    private final DemoData demoData;
    private final AdminProperties admin;
    private final OneNodeAtATime once;

    AccountSeeder(
            AccountService accounts,
            DatabaseMode databaseMode,
            DemoData demoData,
            AdminProperties admin,
            OneNodeAtATime once) {
        this.once = once;
        this.accounts = accounts;
        this.databaseMode = databaseMode;
        this.demoData = demoData;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        // two nodes starting at once on one database: the second waits, then finds the accounts there
        once.run("account-seeder", this::seedAll);
    }

    private void seedAll() {
        if (admin.configured()) {
            seed(new RegistrationRequest(admin.email(), "Administrator", admin.password()), Role.ADMIN, false);
        }
        if (demoData.wantedIn(databaseMode)) {
            seed(
                    new RegistrationRequest(DEMO_LEARNER_EMAIL, "Demo Learner", DEMO_LEARNER_PASSWORD),
                    Role.LEARNER,
                    true);
            seed(
                    new RegistrationRequest(DEMO_INSTRUCTOR_EMAIL, "Demo Instructor", DEMO_INSTRUCTOR_PASSWORD),
                    Role.INSTRUCTOR,
                    true);
            log.info(
                    "Demo accounts: learner {} / {}, instructor {} / {}",
                    DEMO_LEARNER_EMAIL,
                    DEMO_LEARNER_PASSWORD,
                    DEMO_INSTRUCTOR_EMAIL,
                    DEMO_INSTRUCTOR_PASSWORD);
        }
    }

    private void seed(RegistrationRequest request, Role role, boolean demo) {
        if (accounts.findByEmail(request.email()).isPresent()) {
            return;
        }
        try {
            accounts.create(request, role);
            log.info("Created {} account {}", role, request.email());
        } catch (RegistrationException e) {
            // A bad ADMIN_PASSWORD must not be silently ignored: stop with the reason.
            if (!demo) {
                throw new IllegalStateException(
                        "Cannot create the admin from ADMIN_EMAIL/ADMIN_PASSWORD: " + e.field() + " " + e.messageKey());
            }
            throw e;
        }
    }
}
