package dev.tensortrail.recommendation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tensortrail.BrowserTest;
import dev.tensortrail.LearnerFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SuggestionBrowserTest extends BrowserTest {

    @Autowired
    LearnerFixture learners;

    @Test
    void a_learner_answers_the_questionnaire_gets_a_suggestion_plays_with_a_slider_saves_and_finds_it_in_history() {
        String email = learners.newLearner("Sasha Suggest");
        learners.finishThePath(email);
        signIn(email, "a long enough passphrase");

        open("profile");
        page.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions().setName("Fine-tuning Hugging Face or LLM checkpoints"))
                .check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Running in the browser"))
                .check();
        waitForVaadin();
        setSlider("importance-hf_or_llm_checkpoints", "3");
        setSlider("importance-browser", "1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my answers"))
                .click();
        assertThat(page.getByText("Your answers are saved.")).isVisible();
        screenshot("profile");

        open("suggestion");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Suggestion: PyTorch")))
                .isVisible();
        assertThat(page.getByText("The main reasons")).isVisible();
        assertThat(page.getByText("What would change it")).isVisible();
        screenshot("suggestion-pytorch");

        setSlider("importance-browser", "5");
        // PyTorch 3 x 2 = 6 against TensorFlow 5 x 1 = 5: too close to call
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Either framework will do")))
                .isVisible();
        assertThat(page.getByText("What balances out")).isVisible();
        screenshot("suggestion-what-if");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this suggestion"))
                .click();
        assertThat(page.getByText("Saved. You find it in your history.")).isVisible();

        open("suggestion/history");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(": either framework$"))))
                .isVisible();
        assertThat(page.getByText("Decision model 2026-12-01.1").first()).isVisible();
        screenshot("suggestion-history");
    }

    @Test
    void conflicting_hard_constraints_have_their_own_outcome_on_the_page_and_in_the_history() {
        String email = learners.newLearner("Connie Conflict");
        learners.finishThePath(email);
        signIn(email, "a long enough passphrase");

        open("profile");
        page.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions().setName("Fine-tuning Hugging Face or LLM checkpoints"))
                .check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("An end-to-end TFX pipeline platform"))
                .check();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("TensorFlow or Keras"))
                .check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("We must keep an existing TFX pipeline"))
                .check();
        page.getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions().setName("We must use Hugging Face Transformers v5"))
                .check();
        waitForVaadin();
        assertThat(page.getByText("This counts on its own")).isVisible();
        setSlider("importance-hf_or_llm_checkpoints", "5");
        setSlider("importance-wants_tfx_platform", "4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my answers"))
                .click();
        assertThat(page.getByText("Your answers are saved.")).isVisible();

        open("suggestion");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName("No single framework fits: your hard constraints conflict")))
                .isVisible();
        assertThat(page.getByText("Unsettled: your two hard constraints require different frameworks"))
                .isVisible();
        assertThat(page.getByText("What your scores say on their own")).isVisible();
        assertThat(page.getByText("Only your constraints can settle this")).isVisible();
        assertThat(page.locator(".tt-suggestion")).not().containsText("Either");
        assertThat(page.locator(".tt-suggestion")).not().containsText("Decided");
        screenshot("suggestion-conflict");
        page.setViewportSize(375, 800);
        waitForVaadin();
        screenshot("suggestion-conflict-phone");
        page.setViewportSize(1280, 860);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this suggestion"))
                .click();
        assertThat(page.getByText("Saved. You find it in your history.")).isVisible();
        open("suggestion/history");
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile(": conflicting constraints$"))))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions()
                                .setName("No single framework fits: your hard constraints conflict")))
                .isVisible();
        screenshot("suggestion-conflict-history");
    }

    private void setSlider(String id, String value) {
        page.locator("#" + id).fill(value);
        waitForVaadin();
    }
}
