package dev.tensortrail.quiz;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Answers a quiz page's questions the way a learner would, by role and accessible name, looking up
 * the key in the database (browser tests only: the page itself never holds it).
 */
final class QuizPageAnswers {

    private final JdbcClient jdbc;
    private final Runnable waitForVaadin;

    QuizPageAnswers(JdbcClient jdbc, Runnable waitForVaadin) {
        this.jdbc = jdbc;
        this.waitForVaadin = waitForVaadin;
    }

    void answerCorrectly(Locator question) {
        long id = Long.parseLong(question.getAttribute("data-question"));
        String type = jdbc.sql("select type from question where id = ?")
                .param(id)
                .query(String.class)
                .single();
        switch (type) {
            case "ORDERING" -> {
                List<String> target = jdbc.sql(
                                "select text from question_option where question_id = ? order by correct_position")
                        .param(id)
                        .query(String.class)
                        .list();
                for (int i = 0; i < target.size(); i++) {
                    String text = target.get(i);
                    while (true) {
                        List<String> now = question.locator(".tt-order-text").allTextContents();
                        if (now.indexOf(text) <= i) {
                            break;
                        }
                        question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move up: " + text))
                                .click();
                        waitForVaadin.run();
                    }
                }
                // shown in the right order already: say so (an untouched order is no answer)
                Locator confirm = question.getByRole(
                        AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("This order is my answer"));
                if (confirm.isVisible()) {
                    confirm.click();
                    waitForVaadin.run();
                }
            }
            case "MATCHING" -> {
                for (Locator combo : question.getByRole(AriaRole.COMBOBOX).all()) {
                    String left = (String)
                            combo.evaluate("e => document.querySelector('label[for=\"' + e.id + '\"]').textContent");
                    String right = jdbc.sql("select match_text from question_option where question_id = ? and text = ?")
                            .params(id, left.strip())
                            .query(String.class)
                            .single();
                    choose(combo, right);
                }
            }
            case "MULTIPLE" ->
                correctTexts(id)
                        .forEach(text -> question.getByRole(
                                        AriaRole.CHECKBOX,
                                        new Locator.GetByRoleOptions()
                                                .setName(text)
                                                .setExact(true))
                                .check());
            default ->
                question.getByRole(
                                AriaRole.RADIO,
                                new Locator.GetByRoleOptions()
                                        .setName(correctTexts(id).getFirst())
                                        .setExact(true))
                        .check();
        }
    }

    /**
     * Types into a combo box and picks the option by clicking it once the overlay shows it. Pressing
     * Enter before the items arrive from the server leaves the overlay open, and an open combo box
     * overlay makes the rest of the page refuse pointer events ("html intercepts pointer events").
     */
    private void choose(Locator combo, String option) {
        combo.fill(option);
        Locator item = combo.page()
                .getByRole(
                        AriaRole.OPTION,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName(option)
                                .setExact(true));
        item.click();
        waitForVaadin.run();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                        combo.page().locator("vaadin-combo-box[opened]"))
                .hasCount(0);
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(combo)
                .hasValue(option);
    }

    List<String> correctTexts(long questionId) {
        return jdbc.sql("select text from question_option where question_id = ? and correct")
                .param(questionId)
                .query(String.class)
                .list();
    }

    String wrongOption(long questionId) {
        return jdbc.sql(
                        "select text from question_option where question_id = ? and not correct order by position limit 1")
                .param(questionId)
                .query(String.class)
                .single();
    }
}
