package dev.tensortrail.account;

/**
 * An account and the personal data about it were deleted: the database removed every row that
 * belongs to it, in the deleting transaction. Modules that keep figures derived from those rows
 * (the cohort statistics) bring them up to date when they receive this.
 */
public record AccountDeleted(long accountId) {}
