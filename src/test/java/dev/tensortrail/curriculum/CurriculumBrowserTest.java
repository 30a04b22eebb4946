package dev.tensortrail.curriculum;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tensortrail.BrowserTest;
import dev.tensortrail.account.AccountService;
import dev.tensortrail.account.RegistrationRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CurriculumBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void a_learner_reads_a_lesson_completes_it_and_sees_the_next_one_unlock() {
        String email = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.register(new RegistrationRequest(email, "Rita Reader", "one lesson at a time"));
        signIn(email, "one lesson at a time");

        assertThat(page.getByText("0 of 22 lessons done")).isVisible();
        var second = page.locator("li[data-lesson='graphs-define-and-run-vs-define-by-run']");
        assertThat(second.getByText("Locked ·")).isVisible();
        assertThat(second.getByText("Finish \"What is a computation graph?\" to unlock"))
                .isVisible();
        screenshot("path-desktop");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("What is a computation graph?"))
                .first()
                .click();
        waitForVaadin();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName("What is a computation graph?")
                                .setLevel(1)))
                .isVisible();
        assertThat(page.locator(".tt-code-pair figcaption").first()).hasText("TensorFlow");
        assertThat(page.locator(".tt-copy").first()).isVisible();
        assertThat(page.locator("code.hljs").first()).isVisible();
        assertThat(page.getByText("Facts checked on").first()).isVisible();
        screenshot("lesson-desktop");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark complete"))
                .click();
        assertThat(page.getByText("Completed on")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next: Define-and-run vs define-by-run"))
                .click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark complete")))
                .isEnabled();

        open("path");
        assertThat(page.getByText("1 of 22 lessons done")).isVisible();
        assertThat(second.getByText("Available ·")).isVisible();

        page.setViewportSize(375, 800);
        screenshot("path-phone");
        open("lessons/graphs-what-is-a-graph");
        screenshot("lesson-phone");
    }
}
