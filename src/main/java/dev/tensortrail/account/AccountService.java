package dev.tensortrail.account;

import dev.tensortrail.base.PlainText;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration and role management. */
@Service
public class AccountService {

    // Pragmatic: one @, no spaces, a dot in the domain. The mailbox is the real check.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private static final String EMAIL_TAKEN = "register.error.email-taken";

    private final UserAccountRepository accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final CurrentUser currentUser;

    AccountService(
            UserAccountRepository accounts,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            Clock clock,
            SignInThrottle throttle,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.throttle = throttle;
    }

    /**
     * A sign-up from the registration page: throttled per client address, and an email that is
     * already registered gets the very same answer as a new one (nothing is stored then), so the
     * page never tells whether an address has an account (ASVS 6.3.3 / 6.4).
     *
     * @throws RegistrationException for a problem with what was typed, or when the address must wait
     */
    @Transactional
    public void signUp(RegistrationRequest request, String clientAddress) {
        if (throttle.signUpWait(clientAddress).isPresent()) {
            throw new RegistrationException(RegistrationException.Field.EMAIL, "register.error.throttled");
        }
        try {
            create(request, Role.LEARNER);
        } catch (RegistrationException e) {
            if (!e.messageKey().equals(EMAIL_TAKEN)) {
                throw e;
            }
            // the same work as a new account, so the answer takes as long
            passwordEncoder.encode(request.password());
        }
    }

    /**
     * Creates a learner account (for trusted callers such as fixtures; the page uses {@link #signUp}).
     *
     * @throws RegistrationException naming the field and the problem; nothing is stored then
     */
    @Transactional
    public AccountSummary register(RegistrationRequest request) {
        return create(request, Role.LEARNER);
    }

    @Transactional
    AccountSummary create(RegistrationRequest request, Role role) {
        String email = normaliseEmail(request.email());
        String displayName =
                request.displayName() == null ? "" : request.displayName().strip();
        if (displayName.isEmpty()) {
            throw new RegistrationException(RegistrationException.Field.DISPLAY_NAME, "register.error.name-required");
        }
        if (!PlainText.isPlain(displayName)) {
            throw new RegistrationException(RegistrationException.Field.DISPLAY_NAME, "register.error.name-characters");
        }
        if (displayName.codePointCount(0, displayName.length()) > RegistrationRequest.DISPLAY_NAME_MAX_LENGTH) {
            throw new RegistrationException(RegistrationException.Field.DISPLAY_NAME, "register.error.name-invalid");
        }
        String passwordProblem = passwordPolicy.problem(request.password());
        if (passwordProblem != null) {
            throw new RegistrationException(RegistrationException.Field.PASSWORD, passwordProblem);
        }
        if (accounts.existsByEmailIgnoreCase(email)) {
            throw duplicateEmail();
        }
        var account =
                new UserAccount(email, displayName, passwordEncoder.encode(request.password()), role, clock.instant());
        try {
            return accounts.saveAndFlush(account).toSummary();
        } catch (DataIntegrityViolationException raceWithAnotherRegistration) {
            throw duplicateEmail();
        }
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmailIgnoreCase(email.strip()).map(UserAccount::toSummary);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public Slice<AccountSummary> learners(Pageable page) {
        return accounts.findByRole(Role.LEARNER, page).map(UserAccount::toSummary);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Slice<AccountSummary> allAccounts(Pageable page) {
        return accounts.findAllBy(page).map(UserAccount::toSummary);
    }

    /** @throws IllegalArgumentException when an admin tries to change their own role */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary changeRole(long accountId, Role role, long actingAdminId) {
        if (accountId == actingAdminId) {
            throw new IllegalArgumentException("An admin cannot change their own role");
        }
        var account =
                accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        account.changeRole(role);
        return account.toSummary();
    }

    /**
     * The signed-in person's new password. Every live session of the account ends, this one too,
     * so a stolen session does not outlive the change.
     *
     * @throws RegistrationException at {@code PASSWORD} when the current password is wrong or the new one fails the policy
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        long me = currentUser.requireId();
        var account = accounts.findById(me).orElseThrow(() -> new IllegalStateException("No account " + me));
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new RegistrationException(RegistrationException.Field.PASSWORD, "password.error.current-wrong");
        }
        String problem = passwordPolicy.problem(newPassword);
        if (problem != null) {
            throw new RegistrationException(RegistrationException.Field.PASSWORD, problem);
        }
        account.changePassword(passwordEncoder.encode(newPassword));
    }

    private static String normaliseEmail(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new RegistrationException(RegistrationException.Field.EMAIL, "register.error.email-required");
        }
        if (!PlainText.isPlain(email)) {
            throw new RegistrationException(RegistrationException.Field.EMAIL, "register.error.email-characters");
        }
        if (email.length() > RegistrationRequest.EMAIL_MAX_LENGTH
                || !EMAIL.matcher(email).matches()) {
            throw new RegistrationException(RegistrationException.Field.EMAIL, "register.error.email-invalid");
        }
        return email;
    }

    private static RegistrationException duplicateEmail() {
        return new RegistrationException(RegistrationException.Field.EMAIL, EMAIL_TAKEN);
    }
}
