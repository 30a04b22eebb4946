package dev.tensortrail.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import dev.tensortrail.BrowserTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.quiz.Quizzes;
import dev.tensortrail.recommendation.Importances;
import dev.tensortrail.recommendation.Profile;
import dev.tensortrail.recommendation.Recommendations;
import dev.tensortrail.recommendation.TeamFramework;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * WCAG 1.4.10 reflow and 2.3.3 motion: the main pages have no horizontal scrolling at 640 CSS
 * pixels (a 1280 pixel window zoomed to 200%) nor at 320 (400%), and with reduced motion asked
 * for, nothing on them (Vaadin's shadow parts and overlays included) has a transition or an
 * animation.
 */
class ReflowAndMotionBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a long enough passphrase";

    /** Elements wider than the window, and whether the page itself scrolls sideways. */
    private static final String HORIZONTAL_OVERFLOW = """
            () => {
              const d = document.documentElement;
              if (d.scrollWidth <= d.clientWidth && document.body.scrollWidth <= d.clientWidth) return null;
              const wide = [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > d.clientWidth + 1)
                  .filter(e => !e.closest('pre, .tt-code, vaadin-grid') && getComputedStyle(e).position !== 'fixed')
                  .slice(0, 5)
                  .map(e => e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')
                      + ' right=' + Math.round(e.getBoundingClientRect().right));
              return 'scrollWidth ' + d.scrollWidth + ' > ' + d.clientWidth + ': ' + wide.join(', ');
            }""";

    /** Every element (shadow roots included) with a transition or animation longer than 0.01 ms. */
    private static final String MOTION = """
            () => {
              const longest = v => Math.max(...v.split(',').map(t => t.trim().endsWith('ms') ? parseFloat(t) : parseFloat(t) * 1000));
              const found = [];
              const visit = root => {
                for (const e of root.querySelectorAll('*')) {
                  for (const pseudo of [null, '::before', '::after']) {
                    // Lumo's own signal that its styles are injected, not motion on the page
                    if (e === document.documentElement && pseudo === '::before') continue;
                    const s = getComputedStyle(e, pseudo);
                    const moving = (longest(s.transitionDuration) > 0.01 && s.transitionProperty !== 'none')
                        || (longest(s.animationDuration) > 0.01 && s.animationName !== 'none');
                    if (moving) found.push(e.tagName.toLowerCase() + (pseudo || '')
                        + (e.getAttribute('part') ? '[part=' + e.getAttribute('part') + ']' : '')
                        + (root.host ? ' in ' + root.host.tagName.toLowerCase() : '')
                        + ' ' + s.transitionProperty + ' ' + s.transitionDuration + ' / ' + s.animationName + ' ' + s.animationDuration);
                  }
                  if (e.shadowRoot) visit(e.shadowRoot);
                }
              };
              visit(document);
              return [...new Set(found)];
            }""";

    @Autowired
    dev.tensortrail.classroom.Classrooms classrooms;

    @Autowired
    LearnerFixture learners;

    @Autowired
    Quizzes quizzes;

    @Autowired
    Recommendations recommendations;

    private final List<String> problems = new ArrayList<>();

    @Test
    void the_main_pages_reflow_at_200_and_400_percent_zoom_and_keep_still_with_reduced_motion() {
        String learner = learners.newLearner("Rea Reflow");
        learners.finishThePath(learner);
        learners.completeLessons(learner, "graphs");
        var done = quizzes.startOrResume("graphs-quiz");
        quizzes.submit(done.attemptId(), learners.correctAnswers(done));
        quizzes.startOrResume("graphs-quiz");
        recommendations.saveAnswers(new Recommendations.Answers(
                new Profile(Set.of("hf_or_llm_checkpoints", "browser"), TeamFramework.NONE, false, false),
                Importances.of(Map.of("hf_or_llm_checkpoints", 3, "browser", 1))));
        learners.signIn("instructor@tensortrail.test");
        var reflowClass = classrooms.create("Reflow class with a rather long name to wrap", "A description.");
        learners.signIn(learner);
        classrooms.join(reflowClass.joinCode());
        SecurityContextHolder.clearContext();
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));

        signIn(learner, PASSWORD);
        List<String> learnerPages = List.of(
                "",
                "path",
                "lessons/graphs-what-is-a-graph",
                "quizzes/graphs-quiz",
                "quizzes/graphs-quiz/attempts/" + done.attemptId(),
                "suggestion",
                "my-classes",
                "join/" + reflowClass.joinCode());
        for (String route : learnerPages) {
            check(route);
        }
        // overlays too: a matching combo box and the user menu, opened
        open("quizzes/graphs-quiz");
        var combo = page.getByRole(AriaRole.COMBOBOX).first();
        if (combo.count() > 0) {
            combo.press("ArrowDown");
            page.waitForTimeout(300);
            motion("quiz with a combo box open");
            combo.press("Escape");
        }
        page.getByText("Rea Reflow").first().click();
        page.waitForTimeout(300);
        motion("user menu open");
        page.keyboard().press("Escape");

        browserContext.clearCookies();
        // the admin's page of every learner: the whole layout (an instructor without classes sees a note)
        signIn("admin@tensortrail.test", "admin-for-the-tests");
        check("instructor");
        check("classes");
        check("classes/" + reflowClass.id());

        assertThat(problems)
                .as("horizontal scrolling or motion (reduced motion asked for)")
                .isEmpty();
    }

    private void check(String route) {
        for (int width : List.of(640, 320)) {
            page.setViewportSize(width, 800);
            open(route);
            page.waitForTimeout(200);
            Object overflow = page.evaluate(HORIZONTAL_OVERFLOW);
            if (overflow != null) {
                problems.add("/" + route + " at " + width + " px: " + overflow);
            }
            screenshot("reflow-" + (route.isEmpty() ? "home" : route).replaceAll("[^a-zA-Z0-9-]", "_") + "-" + width);
        }
        page.setViewportSize(1280, 860);
        open(route);
        motion("/" + route);
    }

    @SuppressWarnings("unchecked")
    private void motion(String where) {
        List<String> moving = (List<String>) page.evaluate(MOTION);
        moving.forEach(m -> problems.add(where + ": " + m));
    }
}
