package dev.tensortrail.account;

import dev.tensortrail.base.PlainText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Growing delays after failed sign-ins and for sign-ups (ASVS 6.3), kept in PostgreSQL so that
 * every app node sees the same counts. After a key's {@code free}-th failure it is blocked for
 * {@code first}, doubling with each further failure up to {@code cap}; an attempt refused while
 * blocked is not counted (and costs no password hash). A key with no failure for
 * {@code forgetAfter} starts again from nothing.
 *
 * <ul>
 *   <li>Per email and client address: after 5 failures, 2 s doubling to 15 minutes. This is what
 *       stops a guesser; it never slows the owner down on their own device.</li>
 *   <li>Per email over all addresses (the typed email, whether or not an account has it, so the
 *       answer says nothing about existence): after 10 failures, 1 s doubling to at most
 *       30 seconds. A guesser spread over many addresses gets at most a guess every 30 s, and
 *       can never keep the real person waiting longer than that.</li>
 *   <li>Per client address over all emails: after 20 failures, 2 s doubling to 15 minutes, so one
 *       host cannot spray guesses over many accounts.</li>
 *   <li>Sign-ups per client address: after 5, 30 s doubling to an hour.</li>
 * </ul>
 */
@Component
class SignInThrottle {

    record Rule(String prefix, int free, Duration first, Duration cap, Duration forgetAfter) {

        Duration delayAfter(int failures) {
            if (failures < free) {
                return Duration.ZERO;
            }
            Duration delay = first.multipliedBy(1L << Math.min(failures - free, 30));
            return delay.compareTo(cap) > 0 ? cap : delay;
        }
    }

    static final Rule PAIR = new Rule("pair:", 5, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));
    static final Rule ACCOUNT =
            new Rule("account:", 10, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(30));
    static final Rule ADDRESS =
            new Rule("address:", 20, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));
    static final Rule SIGN_UP =
            new Rule("sign-up:", 5, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(6));

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long this sign-in must still wait; empty when it may go ahead. */
    @Transactional(readOnly = true)
    public Optional<Duration> signInWait(String email, String address) {
        return waitFor(List.of(
                PAIR.prefix() + pair(email, address),
                ACCOUNT.prefix() + normalise(email),
                ADDRESS.prefix() + normalise(address)));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signInFailed(String email, String address) {
        count(PAIR, pair(email, address));
        count(ACCOUNT, normalise(email));
        count(ADDRESS, normalise(address));
        jdbc.sql("delete from sign_in_throttle where last_failure_at < ?")
                .param(java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }

    /**
     * The email's counts start again; the address keeps its count (signing in to an account of
     * one's own must not reset a spraying host).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signInSucceeded(String email, String address) {
        jdbc.sql("delete from sign_in_throttle where throttle_key in (?, ?)")
                .param(PAIR.prefix() + pair(email, address))
                .param(ACCOUNT.prefix() + normalise(email))
                .update();
    }

    /** Forgets an email altogether (its account was deleted). */
    @Transactional
    public void forget(String email) {
        jdbc.sql("delete from sign_in_throttle where throttle_key = ? or throttle_key like ?")
                .param(ACCOUNT.prefix() + normalise(email))
                .param(PAIR.prefix() + normalise(email) + " %")
                .update();
    }

    /** Counts a sign-up attempt and tells how long it must wait; empty when it may go ahead. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> signUpWait(String address) {
        var wait = waitFor(List.of(SIGN_UP.prefix() + normalise(address)));
        if (wait.isEmpty()) {
            count(SIGN_UP, normalise(address));
        }
        return wait;
    }

    private Optional<Duration> waitFor(List<String> keys) {
        Instant now = now();
        return jdbc.sql("select max(blocked_until) from sign_in_throttle where throttle_key in (:keys)")
                .param("keys", keys)
                .query(java.sql.Timestamp.class)
                .optional()
                .map(java.sql.Timestamp::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    private void count(Rule rule, String subject) {
        Instant now = now();
        String key = rule.prefix() + subject;
        int failures = jdbc.sql("""
                        insert into sign_in_throttle (throttle_key, failures, last_failure_at, blocked_until)
                        values (:key, 1, :now, :now)
                        on conflict (throttle_key) do update set
                            failures = case when sign_in_throttle.last_failure_at < :forgotten then 1
                                            else sign_in_throttle.failures + 1 end,
                            last_failure_at = :now
                        returning failures""")
                .param("key", key)
                .param("now", java.sql.Timestamp.from(now))
                .param("forgotten", java.sql.Timestamp.from(now.minus(rule.forgetAfter())))
                .query(Integer.class)
                .single();
        jdbc.sql("update sign_in_throttle set blocked_until = ? where throttle_key = ?")
                .param(java.sql.Timestamp.from(now.plus(rule.delayAfter(failures))))
                .param(key)
                .update();
    }

    /** To the microsecond, as PostgreSQL keeps it (else a stored "now" can round to just after now). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String pair(String email, String address) {
        return normalise(normalise(email) + " " + normalise(address));
    }

    /** Keys stay short and storable whatever was typed (PostgreSQL refuses NUL). */
    private static String normalise(String typed) {
        String subject = typed.strip().toLowerCase(Locale.ROOT);
        if (subject.length() <= 300 && PlainText.isPlain(subject)) {
            return subject;
        }
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(subject.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "sha256:" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
