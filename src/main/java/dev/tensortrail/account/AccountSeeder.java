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
 * embedded mode (or with DEMO_DATA=true) the {@link DemoAccounts}: a learner and two instructors.
 */
@Component
@Order(0)
class AccountSeeder implements ApplicationRunner {

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
                    new RegistrationRequest(DemoAccounts.LEARNER_EMAIL, "Demo Learner", DemoAccounts.LEARNER_PASSWORD),
                    Role.LEARNER,
                    true);
            seed(
                    new RegistrationRequest(
                            DemoAccounts.INSTRUCTOR_EMAIL, "Demo Instructor", DemoAccounts.INSTRUCTOR_PASSWORD),
                    Role.INSTRUCTOR,
                    true);
            seed(
                    new RegistrationRequest(
                            DemoAccounts.SECOND_INSTRUCTOR_EMAIL,
                            "Second Instructor",
                            DemoAccounts.SECOND_INSTRUCTOR_PASSWORD),
                    Role.INSTRUCTOR,
                    true);
            log.info(
                    "Demo accounts: learner {} / {}, instructors {} / {} and {} / {}",
                    DemoAccounts.LEARNER_EMAIL,
                    DemoAccounts.LEARNER_PASSWORD,
                    DemoAccounts.INSTRUCTOR_EMAIL,
                    DemoAccounts.INSTRUCTOR_PASSWORD,
                    DemoAccounts.SECOND_INSTRUCTOR_EMAIL,
                    DemoAccounts.SECOND_INSTRUCTOR_PASSWORD);
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
