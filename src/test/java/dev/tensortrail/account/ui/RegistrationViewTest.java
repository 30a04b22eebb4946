package dev.tensortrail.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextFieldBase;
import dev.tensortrail.KaribuTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class RegistrationViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    RegistrationView view;

    @BeforeEach
    void noSignUpsCountedYet() {
        jdbc.update("delete from sign_in_throttle");
    }

    @BeforeEach
    void openRegistration() {
        UI.getCurrent().navigate(RegistrationView.class);
        view = LocatorJ._get(RegistrationView.class);
    }

    @Test
    void a_valid_account_is_stored_and_can_sign_in() {
        String email = unique("ada") + "@example.org";
        fill(email, "Ada Lovelace", "analytical engine notes");

        assertThat(invalidFields()).isZero();
        assertThat(accountsNamed(email)).isOne();
        assertThat(authenticate(email, "analytical engine notes").isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> authenticate(email, "wrong password here"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_taken_email_in_any_case_gets_the_same_answer_as_a_new_one_and_stores_nothing() {
        String email = unique("grace") + "@example.org";
        fill(email, "Grace", "compilers all the way");
        String answerToNew = pendingJavaScript();
        long before = countAccounts();

        openRegistration();
        fill(email.toUpperCase(), "Grace Again", "another long passphrase");

        assertThat(invalidFields()).isZero();
        assertThat(answerToNew).contains("login?registered");
        assertThat(pendingJavaScript()).isEqualTo(answerToNew);
        assertThat(countAccounts()).isEqualTo(before);
        assertThat(authenticate(email, "compilers all the way").isAuthenticated())
                .isTrue();
    }

    @Test
    void a_malformed_email_gets_a_field_error_and_stores_nothing() {
        long before = countAccounts();
        fill("not-an-email", "Someone", "a perfectly fine passphrase");
        assertFieldError(view.email, "valid email");
        fill("two@@example.org", "Someone", "a perfectly fine passphrase");
        assertFieldError(view.email, "valid email");
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void a_short_password_gets_a_field_error_and_stores_nothing() {
        long before = countAccounts();
        fill(unique("short") + "@example.org", "Shorty", "elevenchars");
        assertFieldError(view.password, "at least 12");
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void a_common_password_gets_a_field_error_and_stores_nothing() {
        long before = countAccounts();
        fill(unique("common") + "@example.org", "Common", "Password1234");
        assertFieldError(view.password, "commonly used");
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void a_ten_thousand_character_display_name_gets_a_field_error_and_stores_nothing() {
        long before = countAccounts();
        fill(unique("long") + "@example.org", "x".repeat(10_000), "a perfectly fine passphrase");
        assertFieldError(view.displayName, "at most 100");
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void unicode_and_html_in_a_display_name_are_kept_as_text() {
        String email = unique("uni") + "@example.org";
        fill(email, "Zoë <b>Ω</b> 学习者", "unicode is welcome here");
        assertThat(invalidFields()).isZero();
        assertThat(jdbc.queryForObject("select display_name from user_account where email = ?", String.class, email))
                .isEqualTo("Zoë <b>Ω</b> 学习者");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "\u202Enimda",
                "\u200B",
                "Ada\u0000",
                "Ada\u200DLove",
                "Bob\u2066x",
                "tab\there",
                "line\u2028break"
            })
    void a_display_name_with_control_direction_or_invisible_characters_gets_a_field_error_and_stores_nothing(
            String name) {
        long before = countAccounts();
        fill(unique("bidi") + "@example.org", name, "a perfectly fine passphrase");
        assertFieldError(view.displayName, "visible characters only");
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void an_email_with_a_nul_or_invisible_character_gets_a_field_error_and_stores_nothing() {
        long before = countAccounts();
        fill(unique("nul") + "\u0000@example.org", "Nul", "a perfectly fine passphrase");
        assertFieldError(view.email, "visible characters only");
        fill(unique("zw") + "\u200B@example.org", "Zero Width", "a perfectly fine passphrase");
        assertFieldError(view.email, "visible characters only");
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void signing_in_with_a_nul_in_the_email_is_an_ordinary_wrong_sign_in() {
        assertThatThrownBy(() -> authenticate("admin@tensortrail.test\u0000", "admin-for-the-tests"))
                .isInstanceOf(BadCredentialsException.class);
    }

    private static String pendingJavaScript() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression() + i.getInvocation().getParameters())
                .filter(js -> js.contains("registered"))
                .toList()
                .toString();
    }

    private void fill(String email, String name, String password) {
        view.email.setValue(email);
        view.displayName.setValue(name);
        view.password.setValue(password);
        view.submit.click();
    }

    private void assertFieldError(TextFieldBase<?, ?> field, String messagePart) {
        assertThat(field.isInvalid()).as("field is marked invalid").isTrue();
        assertThat(field.getErrorMessage()).contains(messagePart);
    }

    private long invalidFields() {
        return java.util.stream.Stream.of(view.email, view.displayName, view.password)
                .filter(TextFieldBase::isInvalid)
                .count();
    }

    private long countAccounts() {
        return jdbc.queryForObject("select count(*) from user_account", Long.class);
    }

    private long accountsNamed(String email) {
        return jdbc.queryForObject(
                "select count(*) from user_account where lower(email) = lower(?)", Long.class, email);
    }

    private org.springframework.security.core.Authentication authenticate(String email, String password) {
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        AuthenticationManager manager = new ProviderManager(provider);
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
