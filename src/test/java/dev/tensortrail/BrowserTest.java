package dev.tensortrail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * End-to-end tests: the app on a random port, a real PostgreSQL, Debian's Chromium driven
 * headless by Playwright. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(TestClockConfiguration.class)
public abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext browserContext;
    protected Page page;
    /** What the Content-Security-Policy blocked: every browser test fails when it blocks anything. */
    private final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(executable))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        browserContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860));
        browserContext.setDefaultTimeout(20_000);
        page = browserContext.newPage();
        cspViolations.clear();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
    }

    @AfterEach
    void closePage() {
        browserContext.close();
        org.assertj.core.api.Assertions.assertThat(cspViolations)
                .as("blocked by the Content-Security-Policy")
                .isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens a page and waits until Vaadin has rendered it. */
    protected void open(String path) {
        page.navigate(url(path));
        waitForVaadin();
    }

    protected void waitForVaadin() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    protected void signIn(String email, String password) {
        open("login");
        textbox("Email").fill(email);
        textbox("Password").fill(password);
        page.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")
                .first()
                .click();
        page.waitForURL(u -> !u.contains("/login"));
        waitForVaadin();
    }

    /** A text field by its exact label (a password field's reveal button has a label too). */
    protected com.microsoft.playwright.Locator textbox(String label) {
        return page.getByRole(
                com.microsoft.playwright.options.AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    protected Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
