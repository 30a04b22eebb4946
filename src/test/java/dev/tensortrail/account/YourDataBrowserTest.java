package dev.tensortrail.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tensortrail.BrowserTest;
import java.nio.file.Files;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class YourDataBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_learner_downloads_their_data_and_deletes_their_account_from_the_user_menu() throws Exception {
        String email = "leaving-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.register(new RegistrationRequest(email, "Lou Leaving", "a long enough passphrase"));
        signIn(email, "a long enough passphrase");

        page.getByText("Lou Leaving").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Your data"))
                .click();
        page.waitForURL(u -> u.endsWith("/account"));
        waitForVaadin();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Your data").setExact(true)))
                .isVisible();
        screenshot("your-data");
        page.setViewportSize(375, 800);
        screenshot("your-data-375");
        page.setViewportSize(1280, 860);

        var download =
                page.waitForDownload(() -> page.getByText("Download my data").click());
        var file = download.path();
        try (var zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("README.txt")).isNotNull();
            assertThat(new String(
                            zip.getInputStream(zip.getEntry("account.json")).readAllBytes()))
                    .contains(email);
        }
        Files.deleteIfExists(file);

        textbox("Current password").last().fill("a long enough passphrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my account"))
                .click();
        screenshot("your-data-confirm-delete");
        page.locator("vaadin-button[slot='confirm-button']").first().click();
        page.waitForURL(u -> u.contains("/login"));
        waitForVaadin();
        assertThat(page.getByText("Your account and everything about you are deleted"))
                .isVisible();
        assertThat(jdbc.sql("select count(*) from user_account where email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();

        open("");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }
}
