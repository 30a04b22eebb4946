package dev.tensortrail.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tensortrail.BrowserTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.quiz.QuizBankFixture;
import dev.tensortrail.recommendation.Importances;
import dev.tensortrail.recommendation.Profile;
import dev.tensortrail.recommendation.Recommendations;
import dev.tensortrail.recommendation.TeamFramework;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The whole journey of a learner with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows;
 * no click): register, sign in, open a lesson, mark it complete, take a quiz with every question
 * type and submit, open the dashboard and the suggestion, move a what-if slider, sign out. After
 * every key press the focused element must be on screen with a visible focus indicator, and
 * focus must never be lost (back on the page itself) nor trapped (a Tab that does not move it).
 * The quiz inputs and the result marks are found by role and accessible name, as a screen
 * reader would announce them.
 */
class KeyboardJourneyBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a long enough passphrase";

    /**
     * Why the focused element does not show its focus (null when it does). The focused element is
     * followed into shadow roots; a Vaadin component shows focus on its host or one of its parts
     * (marked by its focus-ring attribute), a native element by its own outline or box shadow.
     */
    private static final String FOCUS_PROBLEM = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              if (!a || a === document.body || a === document.documentElement) return 'focus is lost (on the page itself)';
              const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.getAttribute('aria-label') ? '[' + e.getAttribute('aria-label') + ']' : '')
                  + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
              // a Vaadin component: the focused element itself, or the input slotted into it
              let host = a.tagName.includes('-') ? a : a.closest('[focus-ring]');
              if (!host) { const root = a.getRootNode(); if (root && root.host) host = root.host; }
              if (!host && a.parentElement && a.parentElement.tagName.includes('-')) host = a.parentElement;
              // a slotted input may be transparent: its component is what is seen
              const seen = host && host.tagName.includes('-') ? host : a;
              const r = seen.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) return name(seen) + ' has no size';
              if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth)
                return name(seen) + ' is off screen';
              const style = getComputedStyle(seen);
              if (style.visibility === 'hidden' || parseFloat(style.opacity) === 0) return name(seen) + ' is invisible';
              const shows = e => {
                const s = getComputedStyle(e);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                    || (s.boxShadow && s.boxShadow !== 'none');
              };
              if (host && host.tagName.includes('-')) {
                if (!host.hasAttribute('focus-ring') && !host.matches(':focus-visible') && !a.matches(':focus-visible'))
                  return name(host) + ' does not mark keyboard focus';
                const parts = [host, a, ...(host.shadowRoot ? host.shadowRoot.querySelectorAll('[part]') : [])];
                return parts.some(shows) ? null : name(host) + ' has no visible focus style';
              }
              if (!a.matches(':focus-visible')) return name(a) + ' is not :focus-visible';
              return shows(a) ? null : name(a) + ' has no outline or box shadow';
            }""";

    /** The focused element, named. */
    private static final String FOCUSED_ELEMENT = """
            () => {
              let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              return a ? a.tagName.toLowerCase() + ' "' + (a.textContent || '').trim().slice(0, 60) + '"' : 'nothing';
            }""";

    /** Whether the element has the focus, or holds it (also when focus is inside a shadow root). */
    private static final String HAS_FOCUS = """
            e => {
              const light = document.activeElement;
              let deep = light;
              while (deep && deep.shadowRoot && deep.shadowRoot.activeElement) deep = deep.shadowRoot.activeElement;
              return !!light && light !== document.body
                  && (e === light || e.contains(light) || e === deep || e.contains(deep));
            }""";

    /** The focused element's light-DOM element (the host when focus is inside a shadow root). */
    private static final String ACTIVE = """
            () => { let a = document.activeElement; return a; }""";

    @Autowired
    LearnerFixture learners;

    @Autowired
    QuizBankFixture bank;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Recommendations recommendations;

    @TempDir
    Path content;

    private final List<String> focusProblems = new ArrayList<>();
    private int keyPresses;

    @AfterEach
    void restore() {
        bank.restore();
    }

    @Test
    void a_learner_goes_the_whole_way_with_the_keyboard_focus_always_visible_and_never_trapped() {
        // every question type: single, matching, ordering, multiple; true/false, code, single, matching
        bank.load(content, QuizBankFixture.bank(List.of(4, 4), ""));
        List<String> graphs = jdbc.sql("select l.slug from lesson l join path_module m on m.id = l.module_id"
                        + " where m.slug = 'graphs' and l.retired_at is null order by l.position")
                .query(String.class)
                .list();
        String lastLesson = graphs.getLast();
        String email = "kim-keys-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        // register
        open("register");
        tabTo(textbox("Email"));
        page.keyboard().type(email);
        tabTo(textbox("Display name"));
        page.keyboard().type("Kim Keys");
        tabTo(textbox("Password"));
        page.keyboard().type(PASSWORD);
        tabTo(button("Create account"));
        pressToNavigate("Enter", u -> u.contains("/login"));

        // the rest of the module done already: this learner reads its last lesson
        for (String slug : graphs.subList(0, graphs.size() - 1)) {
            jdbc.sql("insert into lesson_completion (learner_id, lesson_id, completed_at)"
                            + " select ?, id, now() from lesson where slug = ?")
                    .params(learners.id(email), slug)
                    .update();
        }

        // sign in: Enter in the password field submits the form
        tabTo(textbox("Email"));
        page.keyboard().type(email);
        tabTo(textbox("Password"));
        page.keyboard().type(PASSWORD);
        pressToLoad("Enter", u -> !u.contains("/login"));

        // the path, then the lesson
        tabTo(page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Your path")));
        pressToNavigate("Enter", u -> u.endsWith("/path"));
        assertHeadingFocused();
        tabTo(page.locator("a[href$='lessons/" + lastLesson + "']").first());
        pressToNavigate("Enter", u -> u.endsWith("/lessons/" + lastLesson));
        assertHeadingFocused();

        // mark complete: the way on (the module's quiz) takes the focus
        tabTo(button("Mark complete"));
        press("Enter");
        waitForVaadin();
        Locator takeQuiz = page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the quiz: Quiz: Computation graphs"));
        assertFocused(takeQuiz);
        pressToNavigate("Enter", u -> u.endsWith("/quizzes/graphs-quiz"));
        assertHeadingFocused();

        // start: the first question takes the focus
        tabTo(button("Start the quiz"));
        press("Enter");
        waitForVaadin();
        assertFocused(page.locator(".tt-question h2").first());

        List<Locator> questions = page.locator(".tt-question").all();
        Set<String> types = new java.util.TreeSet<>(); // the first matching is answered half right
        for (Locator question : questions) {
            long id = Long.parseLong(question.getAttribute("data-question"));
            String type = jdbc.sql("select type from question where id = ?")
                    .param(id)
                    .query(String.class)
                    .single();
            switch (type) {
                case "MULTIPLE" -> answerMultiple(question, id);
                case "ORDERING" -> answerOrdering(question, id);
                case "MATCHING" -> answerMatching(question, id, !types.contains("MATCHING"));
                default -> answerSingle(question, id);
            }
            types.add(type);
        }
        assertThat(types).containsExactlyInAnyOrder("SINGLE", "MULTIPLE", "ORDERING", "MATCHING", "TRUE_FALSE", "CODE");

        // submit: the result page's heading takes the focus
        tabTo(button("Submit answers"));
        pressToNavigate("Enter", u -> u.contains("/attempts/"));
        assertHeadingFocused();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Passed with");
        // right and wrong in words, never by colour or shape alone
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("· Partly correct (50%)")))
                .hasCount(1);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("· Correct")))
                .hasCount(7);
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Wrong pair")))
                .hasCount(2);
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Right pair")))
                .hasCount(6);
        assertThat(page.getByText("Your answer, correct").first()).isVisible();
        screenshot("keyboard-result");

        // the path's end and a project profile, so that there is a suggestion with sliders
        learners.finishThePath(email);
        learners.signIn(email);
        recommendations.saveAnswers(new Recommendations.Answers(
                new Profile(Set.of("hf_or_llm_checkpoints", "browser"), TeamFramework.NONE, false, false),
                Importances.of(Map.of("hf_or_llm_checkpoints", 3, "browser", 1))));
        SecurityContextHolder.clearContext();

        // the dashboard and the suggestion, through the navigation (Shift+Tab goes back to it)
        tabTo(navLink("Dashboard"));
        pressToNavigate("Enter", u -> u.endsWith("/"));
        assertHeadingFocused();
        tabTo(navLink("Your suggestion"));
        pressToNavigate("Enter", u -> u.endsWith("/suggestion"));
        assertHeadingFocused();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Suggestion: PyTorch")))
                .isVisible();

        // a what-if slider, moved with the arrow keys
        Locator slider = page.locator("#importance-browser");
        tabTo(slider);
        for (int i = 0; i < 4; i++) {
            press("ArrowRight");
        }
        waitForVaadin();
        assertThat(slider).hasValue("5");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Either framework will do")))
                .isVisible();
        assertFocused(slider);
        assertCanLeave(page.locator(".tt-what-if"));

        // sign out from the user menu
        Locator userMenu =
                page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Account menu for Kim Keys"));
        tabTo(userMenu);
        press("Enter");
        Locator signOut = page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out"));
        assertThat(signOut).isVisible();
        for (int i = 0; i < 8 && !isFocused(signOut); i++) {
            press("ArrowDown");
        }
        assertFocused(signOut);
        pressToLoad("Enter", u -> u.contains("/login"));

        assertThat(focusProblems)
                .as("focus not visible after a key press (" + keyPresses + " presses)")
                .isEmpty();
    }

    private void answerSingle(Locator question, long id) {
        String prompt = question.locator(".tt-prompt").textContent().strip();
        assertThat(question.getByRole(AriaRole.RADIOGROUP, new Locator.GetByRoleOptions().setName(prompt)))
                .hasCount(1);
        String right = correctTexts(id).getFirst();
        Locator radios = question.getByRole(AriaRole.RADIO);
        tabTo(radios.first());
        press("Space");
        Locator target = question.getByRole(
                AriaRole.RADIO, new Locator.GetByRoleOptions().setName(right).setExact(true));
        for (int i = 0; i < 5 && !target.isChecked(); i++) {
            press("ArrowDown");
        }
        waitForVaadin();
        assertThat(target).isChecked();
    }

    private void answerMultiple(Locator question, long id) {
        String prompt = question.locator(".tt-prompt").textContent().strip();
        assertThat(question.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName(prompt)))
                .hasCount(1);
        for (String text : correctTexts(id)) {
            Locator box = question.getByRole(
                    AriaRole.CHECKBOX,
                    new Locator.GetByRoleOptions().setName(text).setExact(true));
            tabTo(box);
            press("Space");
            waitForVaadin();
            assertThat(box).isChecked();
        }
    }

    /** Moves each item up with its "Move up" button until it is in place; the focus stays on the moved item. */
    private void answerOrdering(Locator question, long id) {
        List<String> target = jdbc.sql(
                        "select text from question_option where question_id = ? order by correct_position")
                .param(id)
                .query(String.class)
                .list();
        boolean moved = false;
        for (int i = 0; i < target.size(); i++) {
            String text = target.get(i);
            while (question.locator(".tt-order-text").allTextContents().indexOf(text) > i) {
                Locator up =
                        question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move up: " + text));
                if (!isFocused(up)) {
                    tabTo(up);
                }
                press("Enter");
                waitForVaadin();
                moved = true;
                int now = question.locator(".tt-order-text").allTextContents().indexOf(text);
                // still on the moved item: its "Move up" button, or "Move down" once it is at the top
                assertFocused(question.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName((now == 0 ? "Move down: " : "Move up: ") + text)));
            }
        }
        if (!moved) {
            tabTo(question.getByRole(
                    AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("This order is my answer")));
            press("Enter");
            waitForVaadin();
            assertFocused(question.locator(".tt-order-status"));
        }
        assertThat(question.locator(".tt-order-status")).hasText("Your order is saved.");
        assertThat(question.locator(".tt-order-text")).hasText(target.toArray(String[]::new));
        assertCanLeave(question.locator(".tt-ordering"));
    }

    /**
     * Each combo box is named by its left item. Half right: the first two get each other's match,
     * the others the right one.
     */
    private void answerMatching(Locator question, long id, boolean halfRight) {
        List<String> lefts = jdbc.sql("select text from question_option where question_id = ? order by position")
                .param(id)
                .query(String.class)
                .list();
        List<String> rights = jdbc.sql("select match_text from question_option where question_id = ? order by position")
                .param(id)
                .query(String.class)
                .list();
        for (int i = 0; i < lefts.size(); i++) {
            String choice = rights.get(halfRight && i < 2 ? 1 - i : i);
            Locator combo = question.getByRole(
                    AriaRole.COMBOBOX,
                    new Locator.GetByRoleOptions().setName(lefts.get(i)).setExact(true));
            assertThat(combo).hasCount(1);
            tabTo(combo);
            page.keyboard().type(choice);
            assertThat(page.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName(choice).setExact(true)))
                    .isVisible();
            press("Enter");
            waitForVaadin();
            assertThat(page.locator("vaadin-combo-box[opened]")).hasCount(0);
            assertThat(combo).hasValue(choice);
        }
        assertCanLeave(question.locator(".tt-matching"));
    }

    private List<String> correctTexts(long questionId) {
        return jdbc.sql("select text from question_option where question_id = ? and correct order by position")
                .param(questionId)
                .query(String.class)
                .list();
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator navLink(String name) {
        return page.getByRole(AriaRole.NAVIGATION)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * Presses a key that makes the browser load a new page (signing in and out do): the focus
     * starts at the top of the new document, as on any page load, and is not checked.
     */
    private void pressToLoad(String key, java.util.function.Predicate<String> url) {
        page.keyboard().press(key);
        keyPresses++;
        page.waitForURL(url);
        waitForVaadin();
    }

    /** Presses a key that leads to another page, waits for it, then checks where the focus went. */
    private void pressToNavigate(String key, java.util.function.Predicate<String> url) {
        page.keyboard().press(key);
        keyPresses++;
        page.waitForURL(url);
        waitForVaadin();
        page.waitForTimeout(100);
        checkFocus(key);
    }

    /** Presses a key and checks where the focus went. */
    private void press(String key) {
        page.keyboard().press(key);
        keyPresses++;
        page.waitForTimeout(30);
        waitForVaadin(); // where the focus is once the server has answered
        checkFocus(key);
    }

    private void checkFocus(String key) {
        Object problem = page.evaluate(FOCUS_PROBLEM);
        if (problem != null) {
            focusProblems.add("after " + key + " on " + page.url() + ": " + problem);
        }
    }

    /**
     * Tab (or Shift+Tab, when the target comes earlier in the page) until the target has the
     * focus. Fails when a press leaves the focus where it was (trapped) or the target is not
     * reached.
     */
    private void tabTo(Locator target) {
        target.waitFor();
        for (int i = 0; i < 150; i++) {
            if (isFocused(target)) {
                return;
            }
            boolean forward = (Boolean) target.evaluate(
                    "e => { const a = document.activeElement; if (!a || a === document.body) return true;"
                            + " while (e.getRootNode() !== document && e.getRootNode().host) e = e.getRootNode().host;"
                            + " return !!(a.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING); }");
            Object before = page.evaluateHandle(ACTIVE);
            press(forward ? "Tab" : "Shift+Tab");
            boolean same = (Boolean) page.evaluate(
                    "b => b !== document.body && b === document.activeElement",
                    ((com.microsoft.playwright.JSHandle) before));
            if (same) {
                throw new AssertionError("focus trapped: " + (forward ? "Tab" : "Shift+Tab") + " did not move it ("
                        + page.evaluate(FOCUS_PROBLEM) + ")");
            }
        }
        throw new AssertionError("the keyboard never reached " + target + "; focus problems: " + focusProblems);
    }

    /** From inside the region, Tab leads out of it within a few presses (no keyboard trap). */
    private void assertCanLeave(Locator region) {
        for (int i = 0; i < 30; i++) {
            boolean inside = (Boolean) region.evaluate("e => e.contains(document.activeElement)");
            if (!inside) {
                return;
            }
            press("Tab");
        }
        throw new AssertionError("Tab does not leave " + region);
    }

    private boolean isFocused(Locator target) {
        return (Boolean) target.evaluate(HAS_FOCUS);
    }

    private void assertFocused(Locator target) {
        assertThat(target).hasCount(1);
        try {
            page.waitForFunction(
                    HAS_FOCUS, target.elementHandle(), new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("the focus is not on " + target + " but: " + page.evaluate(FOCUSED_ELEMENT));
        }
        Object problem = page.evaluate(FOCUS_PROBLEM);
        assertThat(problem).as("focus on " + target).isNull();
    }

    /** After a navigation the page's h1 has the focus, and shows it. */
    private void assertHeadingFocused() {
        assertFocused(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)));
    }
}
