package dev.tensortrail.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tensortrail.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void a_newcomer_registers_signs_in_sees_their_name_toggles_dark_mode_and_signs_out() {
        String email = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        open("register");
        textbox("Email").fill(email);
        textbox("Display name").fill("Noor Newcomer");
        textbox("Password").fill("a long and memorable passphrase");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        page.waitForURL(u -> u.contains("login"));
        waitForVaadin();
        assertThat(page.getByText("Your account is ready")).isVisible();

        signIn(email, "a long and memorable passphrase");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your path")))
                .isVisible();
        assertThat(page.getByText("Noor Newcomer").first()).isVisible();
        screenshot("home-light");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Switch to dark theme"))
                .click();
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
        page.reload();
        waitForVaadin();
        assertThat(page.locator("html")).hasAttribute("theme", "dark");
        screenshot("home-dark");

        page.getByText("Noor Newcomer").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL(u -> u.contains("/login"));

        open("");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }

    @Test
    void an_anonymous_visitor_is_sent_to_sign_in() {
        page.navigate(url("admin/users"));
        page.waitForURL(u -> u.contains("/login"));
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("TensorTrail")))
                .isVisible();
    }

    @Test
    void a_learner_cannot_open_instructor_or_admin_pages() {
        String email = "learner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.register(new RegistrationRequest(email, "Lee Learner", "learning every single day"));
        signIn(email, "learning every single day");

        open("instructor");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not for your role")))
                .isVisible();
        open("admin/users");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not for your role")))
                .isVisible();
        screenshot("access-denied");
        // the navigation offers only what the learner may open
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users and roles")))
                .hasCount(0);
    }

    @Test
    void an_admin_opens_the_admin_page() {
        signIn("admin@tensortrail.test", "admin-for-the-tests");
        open("admin/users");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Users and roles")))
                .isVisible();
    }

    @Test
    void an_unknown_address_shows_the_not_found_page() {
        signIn("admin@tensortrail.test", "admin-for-the-tests");
        open("no/such/page");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found")))
                .isVisible();
    }
}
