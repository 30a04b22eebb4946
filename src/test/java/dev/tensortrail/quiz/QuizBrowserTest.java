package dev.tensortrail.quiz;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tensortrail.BrowserTest;
import dev.tensortrail.LearnerFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Takes a quiz in the browser: fail with wrong answers, read the feedback, retake, pass, see the next module open. */
class QuizBrowserTest extends BrowserTest {

    @Autowired
    LearnerFixture learners;

    @Autowired
    JdbcClient jdbc;

    private QuizPageAnswers answers() {
        return new QuizPageAnswers(jdbc, this::waitForVaadin);
    }

    @Test
    void a_learner_fails_reads_the_feedback_retakes_passes_and_sees_the_next_module_unlock() {
        String email = learners.newLearner("Petra Pass");
        learners.completeLessons(email, "graphs");
        signInAs(email);
        open("path");

        assertThat(page.locator("[data-gate='graphs']")).containsText("Quiz · open now");
        assertThat(module("execution")).containsText("Locked");

        open("quizzes/graphs-quiz");
        click("Start the quiz");
        // one choice question answered wrongly, the rest left blank
        Locator first = page.locator(".tt-question:has(vaadin-radio-group)").first();
        long firstId = Long.parseLong(first.getAttribute("data-question"));
        first.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions()
                                .setName(answers().wrongOption(firstId))
                                .setExact(true))
                .check();
        waitForVaadin();
        screenshot("quiz-attempt");
        click("Submit answers");
        assertThat(page.getByText(java.util.regex.Pattern.compile("Questions [0-9, ]+ and [0-9]+ have no answer")))
                .isVisible();
        screenshot("quiz-confirm-unanswered");
        click("Submit anyway");
        waitForVaadin();
        assertThat(page.getByText("Not passed:")).isVisible();
        assertThat(page.getByText("Your answer, not correct").first()).isVisible();
        assertThat(page.getByText("Correct answer")).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Why")))
                .hasCount(0);
        assertThat(page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Reread")))
                        .first())
                .isVisible();
        screenshot("quiz-result-failed");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the quiz again"))
                .click();
        waitForVaadin();
        click("Take the quiz again");
        for (Locator question : page.locator(".tt-question").all()) {
            answers().answerCorrectly(question);
        }
        click("Submit answers");
        waitForVaadin();
        assertThat(page.getByText("Passed with 100%")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Why"))
                        .first())
                .isVisible();
        screenshot("quiz-result-passed");

        open("path");
        assertThat(page.locator("[data-gate='graphs']")).containsText("Passed · best 100%");
        assertThat(module("execution")).containsText("Open");
    }

    private Locator module(String slug) {
        return page.locator("[aria-labelledby='module-" + slug + "'] .tt-badge");
    }

    private void click(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
        waitForVaadin();
    }

    private void signInAs(String email) {
        signIn(email, "a long enough passphrase");
    }
}
