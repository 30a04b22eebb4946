package dev.tensortrail.account;

import java.io.Serial;
import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because the email or address must still wait. */
public final class SignInThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long waitSeconds;

    SignInThrottledException(Duration wait) {
        this(Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0)));
    }

    private SignInThrottledException(long waitSeconds) {
        super("Too many failed sign-ins; wait " + waitSeconds + " s");
        this.waitSeconds = waitSeconds;
    }

    /** Whole seconds to wait, at least one. */
    public long waitSeconds() {
        return waitSeconds;
    }
}
