package dev.tensortrail.recommendation;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.tensortrail.BrowserTest;
import dev.tensortrail.LearnerFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class SuggestionBrowserTest extends BrowserTest {

    @Autowired
    LearnerFixture learners;

    @Test
    void a_learner_answers_the_questionnaire_gets_a_suggestion_plays_with_a_slider_saves_and_finds_it_in_history() {
        String email = learners.newLearner("Sasha Suggest");
        learners.finishThePath(email);
        signIn(email, "a long enough passphrase");

        open("profile");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName("Fine-tuning Hugging Face or LLM checkpoints")).check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Running in the browser")).check();
        waitForVaadin();
        setSlider("importance-hf_or_llm_checkpoints", "3");
        setSlider("importance-browser", "1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my answers")).click();
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
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Either: pick what your team knows"))).isVisible();
        screenshot("suggestion-what-if");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save this suggestion")).click();
        assertThat(page.getByText("Saved. You find it in your history.")).isVisible();

        open("suggestion/history");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile(": either$")))).isVisible();
        assertThat(page.getByText("Decision model 2025-12-01.1").first()).isVisible();
        screenshot("suggestion-history");
    }

    private void setSlider(String id, String value) {
        page.locator("#" + id).fill(value);
        waitForVaadin();
    }
}
