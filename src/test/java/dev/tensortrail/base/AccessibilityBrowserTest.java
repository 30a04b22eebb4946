package dev.tensortrail.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import dev.tensortrail.BrowserTest;
import dev.tensortrail.ClassFixture;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.classroom.Classrooms;
import dev.tensortrail.quiz.Quizzes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs axe (WCAG 2.1 A and AA rules) on every route, as a visitor, a learner, an instructor and an
 * admin, in the light and the dark theme, and at phone width. Serious and critical
 * violations fail the test; the full report of each page is kept under target/axe.
 */
class AccessibilityBrowserTest extends BrowserTest {

    @Autowired
    ClassFixture classes;

    @Autowired
    Classrooms classrooms;

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static final Path REPORTS = Path.of("target", "axe");

    @Autowired
    LearnerFixture learners;

    @Autowired
    Quizzes quizzes;

    private final List<String> problems = new ArrayList<>();

    @Test
    void every_route_passes_axe_for_every_role_in_both_themes_and_at_phone_width() {
        String graded = learners.newLearner("Grace Graded");
        learners.completeLessons(graded, "graphs");
        var done = quizzes.startOrResume("graphs-quiz");
        quizzes.submit(done.attemptId(), learners.correctAnswers(done));
        String learner = learners.newLearner("Ada Axe");
        learners.completeLessons(learner, "graphs");
        quizzes.startOrResume("graphs-quiz");
        long learnerId = learners.id(learner);
        // an instructor of their own: a class with Ada and a target date already past (the
        // targets card, the "Behind" column and the learner's "Your classes" card all show),
        // which the graded learner joined too (their "Your classes" page has a class)
        String teacher = classes.newInstructor("Axe Teacher");
        var axeClass = classes.newClass(teacher, "Axe class", learner);
        long classId = axeClass.id();
        classrooms.setTarget(classId, "graphs", java.time.LocalDate.of(2020, 1, 1));
        learners.signIn(graded);
        classrooms.join(axeClass.joinCode());
        SecurityContextHolder.clearContext();

        check("anonymous", List.of("login", "register"));

        signIn(learner, "a long enough passphrase");
        check(
                "learner",
                List.of(
                        "",
                        "path",
                        "lessons/graphs-what-is-a-graph",
                        "quizzes/graphs-quiz",
                        "review",
                        "profile",
                        "suggestion",
                        "suggestion/history",
                        "no-such-page",
                        "instructor",
                        "my-classes",
                        "join/" + axeClass.joinCode(),
                        "join/1"));
        signOut();

        signIn(graded, "a long enough passphrase");
        check("learner", List.of("quizzes/graphs-quiz/attempts/" + done.attemptId(), "my-classes"));
        signOut();

        signIn(teacher, ClassFixture.PASSWORD);
        check(
                "instructor",
                List.of(
                        "instructor",
                        "instructor?class=" + classId,
                        "instructor/learners/" + learnerId,
                        "classes",
                        "classes/" + classId));
        signOut();

        signIn("admin@tensortrail.test", "admin-for-the-tests");
        check("admin", List.of("admin/users", "instructor"));

        assertThat(problems)
                .as("serious or critical axe violations (reports in target/axe)")
                .isEmpty();
    }

    /** Light and dark at desktop width, and the phone width in the light theme. */
    private record Variant(boolean dark, int width, int height) {}

    private static final List<Variant> VARIANTS =
            List.of(new Variant(false, 1280, 860), new Variant(true, 1280, 860), new Variant(false, 375, 800));

    private void check(String role, List<String> routes) {
        for (String route : routes) {
            for (Variant v : VARIANTS) {
                page.setViewportSize(v.width(), v.height());
                open(route);
                page.evaluate(
                        v.dark()
                                ? "document.documentElement.setAttribute('theme','dark')"
                                : "document.documentElement.removeAttribute('theme')");
                // Lumo fades colours over 0.2 s: check them once the theme switch has settled (a field
                // label caught mid-fade failed the contrast rule)
                page.waitForTimeout(400);
                String name = (role + "-" + (route.isEmpty() ? "home" : route) + "-" + (v.dark() ? "dark" : "light")
                                + "-" + v.width())
                        .replaceAll("[^a-zA-Z0-9-]", "_");
                AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
                write(name, results);
                for (Rule violation : results.getViolations()) {
                    if (FAILING_IMPACTS.contains(violation.getImpact())) {
                        problems.add(name + ": " + violation.getId() + " (" + violation.getImpact() + ") "
                                + violation.getHelp() + " at "
                                + violation.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .limit(3)
                                        .toList());
                    }
                }
            }
        }
        page.setViewportSize(1280, 860);
    }

    private void signOut() {
        browserContext.clearCookies();
    }

    private static void write(String name, AxeResults results) {
        try {
            Files.createDirectories(REPORTS);
            StringBuilder report = new StringBuilder(name).append('\n');
            for (Rule violation : results.getViolations()) {
                report.append(violation.getImpact())
                        .append(' ')
                        .append(violation.getId())
                        .append(": ")
                        .append(violation.getHelp())
                        .append('\n');
                violation
                        .getNodes()
                        .forEach(
                                n -> report.append("    ").append(n.getTarget()).append('\n'));
            }
            Files.writeString(REPORTS.resolve(name + ".txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
