/**
 * Accounts: users, roles, registration, sign-in and the password policy.
 *
 * <p>Other modules never read {@code user_account}; for learners they read the read-only
 * {@code learner_directory} view this module publishes (migration V27: {@code id},
 * {@code display_name}, {@code email}, {@code created_at} of every account whose role is LEARNER),
 * which the instructor's cohort table filters, sorts and pages in SQL (DD003).
 */
@NullMarked
package dev.tensortrail.account;

import org.jspecify.annotations.NullMarked;
