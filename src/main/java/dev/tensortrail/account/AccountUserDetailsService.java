package dev.tensortrail.account;

import dev.tensortrail.base.PlainText;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!PlainText.isPlain(username)) {
            // never a stored address, and PostgreSQL refuses NUL: the same answer as an unknown email
            throw new UsernameNotFoundException("No account");
        }
        return accounts.findByEmailIgnoreCase(username.strip())
                .map(a -> new AccountPrincipal(
                        a.id(), a.email(), a.displayName(), a.role(), a.sessionStamp(), a.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
