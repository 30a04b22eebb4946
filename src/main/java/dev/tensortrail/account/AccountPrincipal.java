package dev.tensortrail.account;

import dev.tensortrail.base.DisplayNamed;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, as Spring Security holds them in the session. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, DisplayNamed {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Role role;
    private final long sessionStamp;
    private @Nullable String passwordHash;

    AccountPrincipal(long id, String email, String displayName, Role role, long sessionStamp, String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.sessionStamp = sessionStamp;
        this.passwordHash = passwordHash;
    }

    /** The account's session stamp when this person signed in. */
    long sessionStamp() {
        return sessionStamp;
    }

    public long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
