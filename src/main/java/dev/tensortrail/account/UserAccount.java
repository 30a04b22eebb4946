package dev.tensortrail.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = RegistrationRequest.EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = RegistrationRequest.DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Changed whenever live sessions must end (role or password changed); see LiveSessionFilter. */
    @Column(name = "session_stamp", nullable = false)
    private long sessionStamp;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.role = Role.LEARNER;
        this.createdAt = Instant.EPOCH;
    }

    UserAccount(String email, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.email = Objects.requireNonNull(email);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    Instant createdAt() {
        return createdAt;
    }

    long sessionStamp() {
        return sessionStamp;
    }

    /** A new role ends every live session of the account: the person signs in again with it. */
    void changeRole(Role newRole) {
        if (this.role != Objects.requireNonNull(newRole)) {
            this.role = newRole;
            sessionStamp++;
        }
    }

    /** A new password ends every live session of the account, this one included. */
    void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        sessionStamp++;
    }

    AccountSummary toSummary() {
        return new AccountSummary(id(), email, displayName, role, createdAt);
    }
}
