package dev.tensortrail.quiz;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tensortrail.BrowserTest;
import dev.tensortrail.LearnerFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Takes a quiz in the browser: fail with wrong answers, read the feedback, retake, pass, see the next module open. */
class QuizBrowserTest extends BrowserTest {

    @Autowired
    LearnerFixture learners;
    @Autowired
    JdbcClient jdbc;

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
        first.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(wrongOption(firstId)).setExact(true))
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
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Why"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("^Reread"))).first()).isVisible();
        screenshot("quiz-result-failed");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take the quiz again")).click();
        waitForVaadin();
        click("Take the quiz again");
        for (Locator question : page.locator(".tt-question").all()) {
            answerCorrectly(question);
        }
        click("Submit answers");
        waitForVaadin();
        assertThat(page.getByText("Passed with 100%")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Why")).first()).isVisible();
        screenshot("quiz-result-passed");

        open("path");
        assertThat(page.locator("[data-gate='graphs']")).containsText("Passed · best 100%");
        assertThat(module("execution")).containsText("Open");
    }

    private void answerCorrectly(Locator question) {
        long id = Long.parseLong(question.getAttribute("data-question"));
        String type = jdbc.sql("select type from question where id = ?").param(id).query(String.class).single();
        switch (type) {
            case "ORDERING" -> {
                List<String> target = jdbc.sql(
                        "select text from question_option where question_id = ? order by correct_position")
                        .param(id).query(String.class).list();
                for (int i = 0; i < target.size(); i++) {
                    String text = target.get(i);
                    while (true) {
                        List<String> now = question.locator(".tt-order-text").allTextContents();
                        if (now.indexOf(text) <= i) {
                            break;
                        }
                        question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move up: " + text))
                                .click();
                        waitForVaadin();
                    }
                }
                // shown in the right order already: say so (an untouched order is no answer)
                Locator confirm = question.getByRole(AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("This order is my answer"));
                if (confirm.isVisible()) {
                    confirm.click();
                    waitForVaadin();
                }
            }
            case "MATCHING" -> {
                for (Locator combo : question.getByRole(AriaRole.COMBOBOX).all()) {
                    String left = (String) combo.evaluate("e => document.querySelector('label[for=\"' + e.id + '\"]').textContent");
                    String right = jdbc.sql("select match_text from question_option where question_id = ? and text = ?")
                            .params(id, left.strip()).query(String.class).single();
                    combo.fill(right);
                    combo.press("Enter");
                    waitForVaadin();
                }
            }
            case "MULTIPLE" -> correctTexts(id).forEach(text -> question.getByRole(AriaRole.CHECKBOX,
                    new Locator.GetByRoleOptions().setName(text).setExact(true)).check());
            default -> question.getByRole(AriaRole.RADIO,
                    new Locator.GetByRoleOptions().setName(correctTexts(id).getFirst()).setExact(true)).check();
        }
    }

    private List<String> correctTexts(long questionId) {
        return jdbc.sql("select text from question_option where question_id = ? and correct")
                .param(questionId).query(String.class).list();
    }

    private String wrongOption(long questionId) {
        return jdbc.sql("select text from question_option where question_id = ? and not correct order by position limit 1")
                .param(questionId).query(String.class).single();
    }

    private Locator module(String slug) {
        return page.locator("[aria-labelledby='module-" + slug + "'] .tt-badge");
    }

    private void click(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        waitForVaadin();
    }

    private void signInAs(String email) {
        signIn(email, "a long enough passphrase");
    }
}
