/** Accounts: users, roles, registration, sign-in and the password policy. */
@NullMarked
package dev.tensortrail.account;

import org.jspecify.annotations.NullMarked;
