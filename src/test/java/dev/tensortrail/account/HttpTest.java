package dev.tensortrail.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.TestClock;
import dev.tensortrail.TestClockConfiguration;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Plain HTTP against the running app (random port, real PostgreSQL): what a browser or an attacker sends. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
abstract class HttpTest {

    static final String PASSWORD = "learning every single day";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    final HttpClient anonymous =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void resetClockAndThrottle() {
        clock.reset();
        jdbc.sql("delete from sign_in_throttle").update();
    }

    String newAccount(Role role) {
        String email = "http-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.create(new RegistrationRequest(email, "Http Person", PASSWORD), role);
        return email;
    }

    HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A browser that signed in through the real form (Spring Security's form login). */
    HttpClient signedIn(String email, String password) throws IOException, InterruptedException {
        HttpClient client = client();
        var response = postLogin(client, email, password, "198.51.100.1");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return client;
    }

    /** Posts the sign-in form as if from the given client address (forwarded by a trusted proxy). */
    HttpResponse<String> postLogin(HttpClient client, String email, String password, String address)
            throws IOException, InterruptedException {
        get(client, "login", false);
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(
                HttpRequest.newBuilder(URI.create(url("login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(HttpClient client, String path, boolean behindTls)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html");
        if (behindTls) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
