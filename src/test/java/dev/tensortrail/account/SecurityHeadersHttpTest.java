package dev.tensortrail.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The HTTP answers themselves: headers on Vaadin's pages, cookies, status codes of the error views. */
class SecurityHeadersHttpTest extends HttpTest {

    @Test
    void vaadins_html_pages_carry_the_security_headers() throws Exception {
        var response = get(anonymous, "login", false);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("text/html"));
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp)
                .contains(
                        "object-src 'none'",
                        "base-uri 'self'",
                        "frame-ancestors 'self'",
                        "default-src 'self'",
                        "form-action 'self'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Permissions-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void plain_http_gets_no_hsts_and_no_secure_cookie() throws Exception {
        var response = get(anonymous, "login", false);

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(response)).doesNotContain("Secure");
    }

    @Test
    void behind_a_tls_proxy_hsts_is_sent_and_the_session_cookie_is_secure() throws Exception {
        var response = get(anonymous, "login", true);

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000", "includeSubDomains"));
        assertThat(sessionCookie(response)).contains("Secure");
    }

    @Test
    void the_idle_timeout_is_thirty_minutes_and_heartbeats_do_not_keep_an_idle_session_alive() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        assertThat(vaadinServlet
                        .getServlet()
                        .getService()
                        .getDeploymentConfiguration()
                        .isCloseIdleSessions())
                .isTrue();
    }

    @Test
    void a_session_ends_after_its_absolute_lifetime_however_busy_it_was() throws Exception {
        HttpClient learner = signedIn(newAccount(Role.LEARNER), PASSWORD);
        clock.advance(java.time.Duration.ofHours(11));
        assertThat(get(learner, "", false).statusCode()).isEqualTo(200);

        clock.advance(java.time.Duration.ofHours(1).plusMinutes(1));
        var response = get(learner, "", false);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @org.springframework.beans.factory.annotation.Autowired
    jakarta.servlet.ServletContext servletContext;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.boot.web.servlet.ServletRegistrationBean<com.vaadin.flow.spring.SpringServlet> vaadinServlet;

    @Test
    void the_session_cookie_is_http_only_same_site_and_never_in_a_url() throws Exception {
        var response = get(anonymous, "login", false);

        assertThat(sessionCookie(response)).contains("HttpOnly", "SameSite=Lax");
        var redirect = get(anonymous, "admin/users", false);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
        assertThat(response.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void an_unknown_address_answers_404_and_a_forbidden_page_403_to_a_signed_in_learner() throws Exception {
        HttpClient admin = signedIn("admin@tensortrail.test", "admin-for-the-tests");
        assertThat(get(admin, "no/such/page", false).statusCode()).isEqualTo(404);

        HttpClient plain = signedIn(newAccount(Role.LEARNER), PASSWORD);
        assertThat(get(plain, "admin/users", false).statusCode()).isEqualTo(403);
        assertThat(get(plain, "", false).statusCode()).isEqualTo(200);
    }

    @Test
    void the_script_libraries_are_served_from_version_less_webjar_paths() throws Exception {
        for (String library :
                new String[] {"webjars/highlightjs/highlight.min.js", "webjars/chart.js/dist/chart.umd.min.js"}) {
            var response = get(anonymous, library, false);

            assertThat(response.statusCode()).as(library).isEqualTo(200);
            assertThat(response.body()).as(library).hasSizeGreaterThan(10_000);
        }
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElse("");
    }
}
