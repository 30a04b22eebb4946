package dev.tensortrail.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An administrator account created at start-up when {@code tensortrail.admin.email} is set
 * (password in {@code tensortrail.admin.password}, held to the same password rules as everyone's).
 */
@ConfigurationProperties("tensortrail.admin")
record AdminProperties(
        @DefaultValue("") String email, @DefaultValue("") String password) {

    boolean configured() {
        return !email.isBlank();
    }

    @Override
    public String toString() {
        return "AdminProperties[email=" + email + ", password=(hidden)]";
    }
}
