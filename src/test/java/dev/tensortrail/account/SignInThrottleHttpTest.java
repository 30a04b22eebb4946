package dev.tensortrail.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Sign-in and sign-up throttling (ASVS 6.3), through the real form and through the provider. */
class SignInThrottleHttpTest extends HttpTest {

    @Autowired
    AuthenticationProvider provider;

    @Autowired
    SignInThrottle throttle;

    @org.junit.jupiter.api.BeforeEach
    void countSecondsExactly() {
        clock.freeze();
    }

    @Test
    void thirty_wrong_passwords_and_then_the_right_one_from_the_same_host_is_refused() throws Exception {
        String email = newAccount(Role.LEARNER);
        HttpClient attacker = client();
        for (int i = 0; i < 30; i++) {
            assertThat(location(postLogin(attacker, email, "wrong guess " + i, "192.0.2.10")))
                    .contains("error");
        }

        assertThat(location(postLogin(attacker, email, PASSWORD, "192.0.2.10"))).contains("error");
        assertThat(throttle.signInWait(email, "192.0.2.10")).hasValue(Duration.ofSeconds(2));
        // the guesses refused while blocked were not even checked: only five were counted
        assertThat(jdbc.sql("select failures from sign_in_throttle where throttle_key like 'pair:%192.0.2.10'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void an_attacker_elsewhere_never_keeps_the_owner_waiting_more_than_thirty_seconds() throws Exception {
        String email = newAccount(Role.LEARNER);
        for (int i = 0; i < 40; i++) {
            attempt(email, "wrong guess " + i, "192.0.2.20");
        }
        // one attacking host: blocked itself, the owner on their own device is not
        assertThat(throttle.signInWait(email, "192.0.2.20")).isPresent();
        assertThat(throttle.signInWait(email, "198.51.100.77")).isEmpty();

        // many attacking hosts, each failure once the previous block has passed
        for (int i = 0; i < 30; i++) {
            attempt(email, "wrong guess " + i, "192.0.2." + (100 + i));
            clock.advance(Duration.ofSeconds(31));
        }
        attempt(email, "one more", "192.0.2.200");
        assertThat(throttle.signInWait(email, "198.51.100.77")).hasValue(Duration.ofSeconds(30));
        assertThat(location(postLogin(client(), email, PASSWORD, "198.51.100.77")))
                .contains("error");

        clock.advance(Duration.ofSeconds(30));
        assertThat(location(postLogin(client(), email, PASSWORD, "198.51.100.77")))
                .doesNotContain("error");
        // a good sign-in starts the email's count again
        assertThat(throttle.signInWait(email, "198.51.100.77")).isEmpty();
    }

    @Test
    void the_delays_grow_after_five_failures() {
        String email = newAccount(Role.LEARNER);
        for (int i = 0; i < 4; i++) {
            attempt(email, "wrong", "192.0.2.30");
            assertThat(throttle.signInWait(email, "192.0.2.30")).isEmpty();
        }
        attempt(email, "wrong", "192.0.2.30");
        assertThat(throttle.signInWait(email, "192.0.2.30")).hasValue(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        attempt(email, "wrong", "192.0.2.30");
        assertThat(throttle.signInWait(email, "192.0.2.30")).hasValue(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(4));
        attempt(email, "wrong", "192.0.2.30");
        assertThat(throttle.signInWait(email, "192.0.2.30")).hasValue(Duration.ofSeconds(8));
        // an hour later without a failure the count starts again
        clock.advance(Duration.ofHours(1).plusSeconds(9));
        attempt(email, "wrong", "192.0.2.30");
        assertThat(throttle.signInWait(email, "192.0.2.30")).isEmpty();
    }

    @Test
    void an_unknown_email_is_throttled_exactly_like_a_known_one() {
        String known = newAccount(Role.LEARNER);
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> authenticate(known, "wrong", "192.0.2.40"))
                    .isExactlyInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> authenticate(unknown, "wrong", "192.0.2.41"))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> authenticate(known, PASSWORD, "192.0.2.40"))
                .isInstanceOf(SignInThrottledException.class)
                .hasMessage("Too many failed sign-ins; wait 2 s");
        assertThatThrownBy(() -> authenticate(unknown, PASSWORD, "192.0.2.41"))
                .isInstanceOf(SignInThrottledException.class)
                .hasMessage("Too many failed sign-ins; wait 2 s");
    }

    @Test
    void one_host_guessing_across_many_accounts_is_slowed_down_but_other_hosts_are_not() {
        for (int i = 0; i < 20; i++) {
            attempt("spray-" + i + "-" + UUID.randomUUID() + "@example.org", "Winter2026!", "192.0.2.50");
        }
        String victim = newAccount(Role.LEARNER);
        assertThatThrownBy(() -> authenticate(victim, PASSWORD, "192.0.2.50"))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(authenticate(victim, PASSWORD, "198.51.100.50").isAuthenticated())
                .isTrue();
    }

    @Test
    void the_counts_live_in_postgresql_so_another_app_node_sees_them() {
        String email = newAccount(Role.LEARNER);
        for (int i = 0; i < 5; i++) {
            attempt(email, "wrong", "192.0.2.60");
        }
        var otherNode = new SignInThrottle(jdbc, clock);
        assertThat(otherNode.signInWait(email, "192.0.2.60")).hasValue(Duration.ofSeconds(2));
    }

    @Test
    void sign_ups_from_one_address_are_throttled_and_a_taken_email_gets_the_same_answer() {
        String existing = newAccount(Role.LEARNER);
        long before =
                jdbc.sql("select count(*) from user_account").query(Long.class).single();

        accounts.signUp(new RegistrationRequest(existing, "Someone Else", "another long passphrase"), "192.0.2.70");
        assertThat(jdbc.sql("select count(*) from user_account")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        for (int i = 0; i < 4; i++) {
            accounts.signUp(
                    new RegistrationRequest(
                            "new-" + UUID.randomUUID() + "@example.org", "New " + i, "another long passphrase"),
                    "192.0.2.70");
        }
        assertThatThrownBy(() -> accounts.signUp(
                        new RegistrationRequest(
                                "late-" + UUID.randomUUID() + "@example.org", "Late", "another long passphrase"),
                        "192.0.2.70"))
                .isInstanceOfSatisfying(
                        RegistrationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("register.error.throttled"));
        accounts.signUp(
                new RegistrationRequest(
                        "other-" + UUID.randomUUID() + "@example.org", "Other", "another long passphrase"),
                "198.51.100.70");

        clock.advance(Duration.ofSeconds(31));
        accounts.signUp(
                new RegistrationRequest(
                        "later-" + UUID.randomUUID() + "@example.org", "Later", "another long passphrase"),
                "192.0.2.70");
    }

    private void attempt(String email, String password, String address) {
        try {
            authenticate(email, password, address);
        } catch (org.springframework.security.core.AuthenticationException expected) {
            // counted or refused
        }
    }

    private org.springframework.security.core.Authentication authenticate(
            String email, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(token);
    }

    private static String location(java.net.http.HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
