package dev.tensortrail.account;

import dev.tensortrail.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP answers themselves: headers on Vaadin's pages, cookies, status codes of the error views. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void vaadins_html_pages_carry_the_security_headers() throws Exception {
        var response = get(anonymous, "login", false);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'", "default-src 'self'",
                "form-action 'self'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                c -> assertThat(c).contains("no-store"));
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

        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                h -> assertThat(h).contains("max-age=31536000", "includeSubDomains"));
        assertThat(sessionCookie(response)).contains("Secure");
    }

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
        HttpClient learner = signedIn("admin@tensortrail.test", "admin-for-the-tests");
        assertThat(get(learner, "no/such/page", false).statusCode()).isEqualTo(404);

        HttpClient plain = signedIn(newLearner(), "learning every single day");
        assertThat(get(plain, "admin/users", false).statusCode()).isEqualTo(403);
        assertThat(get(plain, "", false).statusCode()).isEqualTo(200);
    }

    @org.springframework.beans.factory.annotation.Autowired
    AccountService accounts;

    private String newLearner() {
        String email = "hdr-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.register(new RegistrationRequest(email, "Header Learner", "learning every single day"));
        return email;
    }

    private HttpClient signedIn(String email, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        get(client, "login", false);
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = client.send(HttpRequest.newBuilder(URI.create(url("login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return client;
    }

    private HttpResponse<String> get(HttpClient client, String path, boolean behindTls)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html");
        if (behindTls) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("");
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
