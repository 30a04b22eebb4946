package dev.tensortrail.account;

/** What a person may do. An admin can do everything an instructor can. */
public enum Role {
    LEARNER,
    INSTRUCTOR,
    ADMIN;

    /** The authority Spring Security checks, as in {@code hasRole('ADMIN')}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
