package dev.tensortrail.curriculum;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tensortrail.BrowserTest;
import dev.tensortrail.ContentCopy;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A learner who read a lesson before it changed sees "Updated since you read it" with the change
 * on the path, the dashboard and the lesson, and no more after opening the lesson; an instructor
 * reads the content-health page. Screenshots (desktop and phone) of both.
 */
class UpdatedLessonBrowserTest extends BrowserTest {

    static final String NOTE = "TorchScript now warns on use; torch.export is the way to ship a graph.";

    @Autowired
    CurriculumLoader loader;

    @Autowired
    LearnerFixture learners;

    @Autowired
    TestClock clock;

    @TempDir
    Path copy;

    @AfterEach
    void restore() {
        clock.reset();
        loader.load("classpath:curriculum");
    }

    @Test
    void a_learner_sees_what_changed_in_a_lesson_they_read_and_an_instructor_sees_the_content_health()
            throws Exception {
        String email = learners.newLearner("Ursula Update");
        learners.completeLessons(email, "graphs");
        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofMinutes(5));
        ContentCopy.copyShippedContent(copy);
        ContentCopy.addLessonChange(
                copy, ContentCopy.FIRST_LESSON, LocalDate.now(clock).toString(), NOTE);
        loader.load(ContentCopy.location(copy));

        signIn(email, "a long enough passphrase");
        var updatedCard = page.locator(".tt-updated-card");
        assertThat(updatedCard).containsText("Updated since you read it");
        assertThat(updatedCard).containsText(NOTE);
        assertThat(page.locator(".tt-next-action")).containsText("was updated since you read it");

        open("path");
        var item = page.locator("li[data-lesson='graphs-what-is-a-graph']");
        assertThat(item.getByText("Updated since you read it")).isVisible();
        assertThat(item.getByText(NOTE, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        screenshot("path-updated");

        open("lessons/graphs-what-is-a-graph");
        var notice = page.locator(".tt-lesson .tt-updated-notice");
        assertThat(notice).isVisible();
        assertThat(notice).containsText("This lesson changed after you completed it");
        assertThat(notice).containsText(NOTE);
        assertThat(page.getByText("Facts checked on").first()).isVisible();
        screenshot("lesson-updated");
        page.setViewportSize(375, 800);
        screenshot("lesson-updated-phone");
        page.setViewportSize(1280, 860);

        page.reload();
        waitForVaadin();
        assertThat(page.locator(".tt-lesson h1")).hasText("What is a computation graph?");
        assertThat(page.locator(".tt-updated-notice")).hasCount(0);
        assertThat(page.getByText("Completed on")).isVisible();
        open("path");
        assertThat(page.locator("li[data-lesson='graphs-what-is-a-graph'] .tt-updated-notice"))
                .hasCount(0);

        open("content-health");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not for your role")))
                .isVisible();

        page.getByText("Ursula Update").first().click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL(u -> u.contains("/login"));
        signIn("instructor@tensortrail.test", "trail-instructor-pass");
        open("content-health");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Content health").setLevel(1)))
                .isVisible();
        var lesson = page.locator(".tt-health-file[data-file$='lessons/graphs/01-graphs-what-is-a-graph.md']");
        assertThat(lesson).containsText(NOTE);
        assertThat(lesson).containsText("Facts checked on");
        screenshot("content-health");
        page.setViewportSize(375, 800);
        screenshot("content-health-phone");
    }
}
