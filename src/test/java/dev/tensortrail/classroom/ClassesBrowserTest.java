package dev.tensortrail.classroom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tensortrail.BrowserTest;
import dev.tensortrail.ClassFixture;
import dev.tensortrail.LearnerFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A class from its creation to its first learner: the instructor creates it in the browser and
 * copies the join link; a visitor with no account follows it, is sent to sign in, creates an
 * account, signs in, lands back on the join page and confirms.
 */
class ClassesBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    ClassFixture fixture;

    @Autowired
    LearnerFixture learners;

    @Autowired
    Classrooms classrooms;

    @Test
    void a_new_visitor_follows_the_join_link_through_registration_and_sign_in_into_the_class() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String instructor = fixture.signedInInstructor("Ines Instructor");
        long other = fixture.newClass("Evening group " + suffix);
        SecurityContextHolder.clearContext();

        signIn(instructor, PASSWORD);
        open("classes");
        String name = "Deep learning, spring " + suffix;
        textbox("Name").fill(name);
        textbox("Description").fill("Tuesdays and Thursdays, room 4.");
        // a double click creates one class: the button is off until the first click is answered
        button("Create class").dblclick();
        page.waitForURL(u -> u.matches(".*/classes/\\d+$"));
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name)))
                .isVisible();
        long id = Long.parseLong(page.url().replaceAll(".*/classes/", ""));
        String link = textbox("Join link").inputValue();
        assertThat(link).isEqualTo(url("join/") + codeOf(instructor, id));
        assertThat(page.getByText("Joining is open")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open this class's progress")))
                .hasAttribute("href", "instructor?class=" + id);
        // the confirmation is reached and left with the keyboard, and its buttons say what they do
        button("Replace code").focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).containsText("Replace the join code?");
        assertThat(button("Cancel")).isVisible();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)
                        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Replace code")))
                .isVisible();
        page.keyboard().press("Escape");
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).hasCount(0);
        assertThat(textbox("Join link")).hasValue(link);

        var target = page.getByLabel("Computation graphs");
        target.fill("3/14/2027");
        target.press("Enter");
        assertThat(page.getByText("Target date saved.")).isVisible();
        page.setViewportSize(1280, 1900);
        screenshot("class-page");
        page.setViewportSize(1280, 860);

        open("classes");
        Locator card = page.locator(".tt-class-card").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(card).hasCount(1);
        assertThat(card).containsText("No learners");
        assertThat(card).containsText("Joining open");

        // a brand-new visitor: no session, no account
        browserContext.clearCookies();
        page.navigate(link);
        page.waitForURL(u -> u.contains("/login"));
        waitForVaadin();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New here? Create an account"))
                .click();
        page.waitForURL(u -> u.contains("/register"));
        String email = "joiner-" + suffix + "@example.org";
        textbox("Email").fill(email);
        textbox("Display name").fill("Jo Joiner");
        textbox("Password").fill(PASSWORD);
        button("Create account").click();
        page.waitForURL(u -> u.contains("login?registered"));
        waitForVaadin();
        textbox("Email").fill(email);
        textbox("Password").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> u.contains("/join/"));
        waitForVaadin();
        assertThat(page.getByText("Join " + name + ", taught by Ines Instructor?"))
                .isVisible();
        assertThat(learnerClasses(email)).as("opening the link joins nothing").isZero();
        screenshot("join-page");

        tabTo(button("Join"));
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.endsWith("/my-classes"));
        waitForVaadin();
        assertThat(page.getByText("You joined " + name + ".")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name)))
                .isVisible();
        assertThat(page.getByText("Taught by Ines Instructor")).isVisible();
        assertThat(page.getByText("Computation graphs: by March 14, 2027")).isVisible();
        page.setViewportSize(375, 800);
        screenshot("my-classes-phone");
        page.setViewportSize(1280, 860);
        assertThat(learnerClasses(email)).isEqualTo(1);

        browserContext.clearCookies();
        signIn(instructor, PASSWORD);
        open("classes");
        assertThat(page.locator(".tt-class-card").filter(new Locator.FilterOptions().setHasText(name)))
                .containsText("1 learner");
        assertThat(page.locator(".tt-class-card")
                        .filter(new Locator.FilterOptions().setHasText("Evening group " + suffix)))
                .containsText("No learners");
        assertThat(page.locator(".tt-class-card")).hasCount(2);
        page.setViewportSize(1280, 1000);
        screenshot("classes-list");
        page.setViewportSize(1280, 860);
        learners.signIn(instructor);
        assertThat(classrooms.details(other).summary().learners()).isZero();
        SecurityContextHolder.clearContext();
    }

    /** Presses Tab until the control has the focus: it is reachable with the keyboard alone. */
    private void tabTo(Locator control) {
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) control.evaluate("e => e === document.activeElement || e.contains(document.activeElement)")) {
                return;
            }
        }
        throw new AssertionError("not reached with Tab: " + control);
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String codeOf(String instructor, long id) {
        learners.signIn(instructor);
        try {
            return fixture.code(id);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int learnerClasses(String email) {
        learners.signIn(email);
        try {
            return classrooms.mine().size();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
