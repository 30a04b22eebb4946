package dev.tensortrail.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tensortrail.BrowserTest;
import dev.tensortrail.LearnerFixture;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A browser whose language is German gets the German interface from the first page on; the
 * language switch in the user menu changes it and is remembered across signing out and in.
 * Course content stays English, and the interface says so. Screenshots of German pages land in
 * target/screenshots/de-*.png (the README's are copied from there).
 */
class GermanInterfaceBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a long enough passphrase";

    @Autowired
    LearnerFixture learners;

    @Test
    void a_german_browser_sees_german_and_the_language_switch_is_remembered() {
        String email = learners.newLearner("Greta Grün");
        learners.completeLessons(email, "graphs");
        SecurityContextHolder.clearContext();
        germanBrowser();

        // sign-in page, before any choice: the browser's language decides
        open("login");
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Anmelden")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Neu hier? Konto anlegen")))
                .isVisible();
        screenshot("de-login");
        signInGerman(email);

        // dashboard and path in German, content in English (and said so once, in the menu)
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Willkommen zurück, Greta Grün")))
                .isVisible();
        assertThat(nav("Übersicht")).isVisible();
        assertThat(page.getByText("Die Kursinhalte (Lektionen und Quizze) sind auf Englisch."))
                .hasCount(1);
        screenshot("de-dashboard");
        open("path");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dein Lernpfad")))
                .isVisible();
        assertThat(page.getByText("3 von 22 Lektionen erledigt").first()).isVisible();
        assertThat(page.getByText("What is a computation graph?").first()).isVisible();
        screenshot("de-path");
        page.setViewportSize(375, 800);
        waitForVaadin();
        screenshot("de-path-phone");
        page.setViewportSize(1280, 860);

        // dates in German: the lesson's "as of" date
        open("lessons/graphs-what-is-a-graph");
        assertThat(page.getByText(Pattern.compile("Fakten geprüft am \\d{1,2}\\. [A-ZÄÖÜ][a-zäöü]+ \\d{4}"))
                        .first())
                .isVisible();
        screenshot("de-lesson");

        // the switch: English, kept after signing out and in
        chooseLanguage("Kontomenü für Greta Grün", "Sprache", "English");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByText("Facts checked on").first()).isVisible();
        menu("Account menu for Greta Grün", "Sign out");
        page.waitForURL(u -> u.contains("/login"));
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        signIn(email, PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome back, Greta Grün")))
                .isVisible();
        assertThat(page.getByText("Course content (lessons and quizzes) is in English."))
                .hasCount(0);

        // and back to German, kept too
        chooseLanguage("Account menu for Greta Grün", "Language", "Deutsch");
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Willkommen zurück, Greta Grün")))
                .isVisible();
        menu("Kontomenü für Greta Grün", "Abmelden");
        page.waitForURL(u -> u.contains("/login"));
        waitForVaadin();
        signInGerman(email);
        assertThat(nav("Dein Lernpfad")).isVisible();
    }

    /** A new browser context whose language is German (navigator.language and Accept-Language). */
    private void germanBrowser() {
        Browser browser = browserContext.browser();
        browserContext.close();
        browserContext = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 860).setLocale("de-DE"));
        browserContext.setDefaultTimeout(20_000);
        page = browserContext.newPage();
    }

    private void signInGerman(String email) {
        open("login");
        textbox("E-Mail").fill(email);
        textbox("Passwort").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> !u.contains("/login"));
        waitForVaadin();
    }

    /** Opens the user menu, then a submenu, and picks a language there; the page reloads in it. */
    private void chooseLanguage(String userMenu, String languageItem, String language) {
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(userMenu))
                .click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(languageItem))
                .click();
        Locator choice = page.getByRole(
                AriaRole.MENUITEMCHECKBOX,
                new Page.GetByRoleOptions().setName(language).setExact(true));
        if (choice.count() == 0) {
            choice = page.getByRole(
                    AriaRole.MENUITEM,
                    new Page.GetByRoleOptions().setName(language).setExact(true));
        }
        choice.click();
        // the page reloads in the chosen language
        page.waitForFunction(
                "() => document.documentElement.lang === '" + (language.equals("English") ? "en" : "de") + "'");
        waitForVaadin();
    }

    private Locator nav(String name) {
        return page.getByRole(AriaRole.NAVIGATION)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private void menu(String userMenu, String item) {
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(userMenu))
                .click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(item))
                .click();
    }
}
