package dev.tensortrail.recommendation;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class RecommendationsTest {

    @Autowired
    Recommendations recommendations;
    @Autowired
    LearnerFixture learners;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_suggestion_opens_only_at_the_end_of_the_path_and_says_what_is_left() {
        learners.newLearner("Not Yet");
        var availability = recommendations.availability();
        assertThat(availability.open()).isFalse();
        assertThat(availability.modulesLeft()).hasSize(6).contains("Computation graphs");
        assertThatThrownBy(() -> recommendations.save(answers())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_questionnaire_can_be_answered_at_any_time_and_is_kept() {
        learners.newLearner("Early Answers");
        recommendations.saveAnswers(answers());
        assertThat(recommendations.answers()).contains(answers());
    }

    @Test
    void a_saved_suggestion_keeps_its_inputs_and_model_version_and_replays_to_the_same_result() {
        String email = learners.newLearner("Finisher");
        learners.finishThePath(email);
        assertThat(recommendations.availability().open()).isTrue();

        var saved = recommendations.save(answers());
        var history = recommendations.history();

        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.modelVersion()).isEqualTo(recommendations.model().version());
            assertThat(entry.answers()).isEqualTo(answers());
            assertThat(entry.outcome()).isEqualTo(Outcome.PYTORCH);
        });
        var replayed = recommendations.replay(saved);
        assertThat(replayed.outcome()).isEqualTo(saved.outcome());
        assertThat(replayed.pytorchScore()).isEqualTo(saved.pytorchScore());
        assertThat(replayed.tensorflowScore()).isEqualTo(saved.tensorflowScore());
    }

    @Test
    void deciding_factors_the_learner_has_not_mastered_are_named_with_the_lesson_to_reread() {
        String email = learners.newLearner("Unsure");
        learners.finishThePath(email);
        var suggestion = recommendations.suggest(answers());
        assertThat(suggestion.rereadBeforeRelying()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.lesson()).isNotBlank());
    }

    private static Recommendations.Answers answers() {
        var profile = new Profile(Set.of("hf_or_llm_checkpoints", "browser"), TeamFramework.NONE, false, false);
        return new Recommendations.Answers(profile, Importances.of(Map.of("hf_or_llm_checkpoints", 5, "browser", 2)));
    }
}
