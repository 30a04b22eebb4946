package dev.tensortrail.account;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services that act on the current learner's behalf. */
@Component
public class CurrentUser {

    public Optional<AccountPrincipal> principal() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** @throws IllegalStateException when nobody is signed in */
    public long requireId() {
        return principal()
                .map(AccountPrincipal::id)
                .orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }
}
