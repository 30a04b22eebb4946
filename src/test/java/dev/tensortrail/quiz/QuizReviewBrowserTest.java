package dev.tensortrail.quiz;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tensortrail.BrowserTest;
import dev.tensortrail.LearnerFixture;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10 in the browser, on a bank of 20 that draws 6: fail, see what was wrong but not the
 * answers, retake with different questions, pass, then see the answers.
 */
class QuizReviewBrowserTest extends BrowserTest {

    @Autowired
    LearnerFixture learners;

    @Autowired
    QuizBankFixture bank;

    @Autowired
    JdbcClient jdbc;

    private QuizPageAnswers answers() {
        return new QuizPageAnswers(jdbc, this::waitForVaadin);
    }

    @TempDir
    Path content;

    @AfterEach
    void restore() {
        bank.restore();
    }

    @Test
    void fail_see_what_was_wrong_but_not_the_answers_retake_with_new_questions_pass_and_see_the_answers() {
        bank.load(content, 10, "draw: 6");
        String email = learners.newLearner("Bo Bank");
        learners.completeLessons(email, "graphs");
        signIn(email, "a long enough passphrase");
        open("quizzes/graphs-quiz");
        click("Start the quiz");
        Set<Long> first = questionIds();
        assertThat(page.locator(".tt-question")).hasCount(6);

        // submitting blank is refused on the page
        click("Submit answers");
        assertThat(page.getByText("You have not answered any question yet")).isVisible();

        Locator choice = page.locator(".tt-question:has(vaadin-radio-group)").first();
        long id = Long.parseLong(choice.getAttribute("data-question"));
        choice.getByRole(
                        AriaRole.RADIO,
                        new Locator.GetByRoleOptions()
                                .setName(answers().wrongOption(id))
                                .setExact(true))
                .check();
        waitForVaadin();
        click("Submit answers");
        assertThat(page.getByText(java.util.regex.Pattern.compile("Questions [0-9, ]+ and [0-9]+ have no answer")))
                .isVisible();
        click("Submit anyway");
        waitForVaadin();

        assertThat(page.getByText("Not passed:")).isVisible();
        assertThat(page.getByText("Your answer, not correct")).isVisible();
        assertThat(page.getByText("Correct answer")).hasCount(0);
        String failedHtml = page.content();
        for (String secret : List.of("EXPLANATION-", "RIGHTFEEDBACK-", "WRONGFEEDBACK-", "The right one ")) {
            org.assertj.core.api.Assertions.assertThat(failedHtml).doesNotContain(secret);
        }
        screenshot("quiz-review-failed");
        page.setViewportSize(375, 800);
        screenshot("quiz-review-failed-375");
        page.setViewportSize(1280, 860);
        String failedUrl = page.url();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the quiz again"))
                .click();
        waitForVaadin();
        click("Take the quiz again");
        Set<Long> second = questionIds();
        org.assertj.core.api.Assertions.assertThat(second).hasSize(6).doesNotContainAnyElementsOf(first);
        for (Locator question : page.locator(".tt-question").all()) {
            answers().answerCorrectly(question);
        }
        click("Submit answers");
        waitForVaadin();
        assertThat(page.getByText("Passed with 100%")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.content()).contains("EXPLANATION-");

        // the failed attempt now shows its answers and explanations too
        page.navigate(failedUrl);
        waitForVaadin();
        assertThat(page.getByText("Correct answer").first()).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Why"))
                        .first())
                .isVisible();
        screenshot("quiz-review-after-pass");
    }

    private Set<Long> questionIds() {
        Set<Long> ids = new HashSet<>();
        for (Locator q : page.locator(".tt-question").all()) {
            ids.add(Long.parseLong(q.getAttribute("data-question")));
        }
        return ids;
    }

    private void click(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
        waitForVaadin();
    }
}
