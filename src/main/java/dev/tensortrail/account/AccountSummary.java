package dev.tensortrail.account;

import java.time.Instant;

/** What other modules and views may know about an account. */
public record AccountSummary(long id, String email, String displayName, Role role, Instant createdAt) {}
