package dev.tensortrail.progress;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tensortrail.BrowserTest;
import dev.tensortrail.ClassFixture;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.classroom.Classrooms;
import dev.tensortrail.demo.DemoCohort;
import dev.tensortrail.quiz.Quizzes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Opens both dashboards with data, checks what they say, and keeps screenshots (desktop and phone). */
class DashboardBrowserTest extends BrowserTest {

    @Autowired
    ClassFixture classes;

    @Autowired
    Classrooms classrooms;

    @Autowired
    LearnerFixture learners;

    @Autowired
    Quizzes quizzes;

    @Autowired
    DemoCohort cohort;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_learner_and_an_instructor_read_their_dashboards() {
        if (!cohort.exists()) {
            cohort.generate(60, 6, 7);
        }
        String email = learners.newLearner("Dana Dashboard");
        learners.completeLessons(email, "graphs");
        var attempt = quizzes.startOrResume("graphs-quiz");
        quizzes.submit(attempt.attemptId(), learners.wrongAnswers(attempt));
        // Dana is in a class of her own instructor, with a target date for the first module
        String teacher = classes.newInstructor("Dashboard Teacher");
        long classId = classes.newClass(teacher, "Dashboard class", email).id();
        classrooms.setTarget(classId, "graphs", java.time.LocalDate.of(2100, 1, 1));
        // the demo cohort's learners are in the class too (so the page has figures to show), and
        // the second module was due in 2020: whoever has not passed its quiz is behind
        classrooms.setTarget(classId, "execution", java.time.LocalDate.of(2020, 6, 1));
        jdbc.sql("""
                        insert into class_member (class_id, learner_id, joined_at)
                        select ?, id, now() from user_account where email like ? on conflict do nothing""").params(classId, "%" + DemoCohort.EMAIL_DOMAIN).update();
        SecurityContextHolder.clearContext();

        signIn(email, "a long enough passphrase");
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome back, Dana Dashboard")))
                .isVisible();
        assertThat(page.getByText("Retake \"Quiz: Computation graphs\"")).isVisible();
        // skills are named by their titles and link to the lesson, never by their slugs
        assertThat(page.locator(".tt-next-action")
                        .getByRole(
                                AriaRole.LINK,
                                new com.microsoft.playwright.Locator.GetByRoleOptions()
                                        .setName("How graph building evolved")))
                .hasAttribute("href", "skills/graph-history");
        assertThat(page.locator(".tt-next-action")).not().containsText("graph-history");
        assertThat(page.getByText("3 of 22 lessons done")).isVisible();
        assertThat(page.locator("#dashboard-classes")).containsText("Dashboard class");
        assertThat(page.locator("#dashboard-classes")).containsText("Still open, on track.");
        assertThat(page.locator(".tt-chart canvas").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the data as a table"))
                .first()
                .click();
        assertThat(page.locator(".tt-chart-table").first()).containsText("Computation graph concepts");
        screenshot("dashboard-learner");
        page.locator("#dashboard-classes").scrollIntoViewIfNeeded();
        screenshot("dashboard-learner-classes");
        open("path");
        screenshot("path-with-target-dates");
        open("");
        page.setViewportSize(375, 800);
        screenshot("dashboard-learner-phone");
        page.setViewportSize(1280, 860);

        page.getByText("Dana Dashboard").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL(u -> u.contains("/login"));

        signIn(teacher, ClassFixture.PASSWORD);
        open("instructor");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your cohort")))
                .isVisible();
        open("instructor?class=" + classId);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Class: Dashboard class")))
                .isVisible();
        assertThat(page.locator("#cohort-targets")).containsText("by");
        assertThat(page.locator("vaadin-grid").first()).containsText("Behind");
        assertThat(page.getByText("Completion funnel")).isVisible();
        assertThat(page.locator("vaadin-grid").first()).isVisible();
        screenshot("dashboard-instructor");

        page.getByLabel("Find a learner").fill("Dana Dashboard");
        page.getByText("dana-dashboard-", new Page.GetByTextOptions()).first().click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard of Dana Dashboard")))
                .isVisible();
        assertThat(page.getByText("You see this learner's progress read-only.")).isVisible();
        screenshot("dashboard-instructor-drilldown");
    }
}
