package dev.tensortrail.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class RecommendationsTest {

    @Autowired
    Recommendations recommendations;

    @Autowired
    LearnerFixture learners;

    @Autowired
    JdbcClient jdbc;

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
        assertThat(suggestion.rereadBeforeRelying())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.lesson()).isNotBlank());
    }

    @Test
    void a_suggestion_saved_with_the_2025_model_replays_with_that_model_and_its_sums() throws IOException {
        String email = learners.newLearner("Old Timer");
        learners.finishThePath(email);
        long learner = learners.id(email);
        String old = Files.readString(Path.of("src/test/resources/decision-model/2025-12-01.1.yml"));
        jdbc.sql("""
                        insert into decision_model_version (version, content, content_hash, loaded_at)
                        values ('2025-12-01.1', ?, 'test', now()) on conflict (version) do nothing""").param(old).update();
        // Saved in 2025: four deployment targets at -1 summed to TensorFlow 20 against PyTorch 10.
        jdbc.sql("""
                        insert into saved_suggestion (learner_id, model_version, created_at, applicable, team_framework,
                            keep_tfx, need_transformers_v5, importances, outcome, tensorflow_score, pytorch_score,
                            margin, confidence)
                        values (?, '2025-12-01.1', now(), ?, 'NONE', false, false, ?::jsonb, 'TENSORFLOW', 20, 10, 10, 'STRONG')""")
                .params(
                        learner,
                        new String[] {"browser", "hf_or_llm_checkpoints", "microcontrollers", "mobile_apps", "tpus"},
                        """
                        {"browser": 5, "hf_or_llm_checkpoints": 5, "microcontrollers": 5, "mobile_apps": 5, "tpus": 5}""")
                .update();

        var saved = recommendations.history().getFirst();
        var replayed = recommendations.replay(saved);

        assertThat(replayed.modelVersion()).isEqualTo("2025-12-01.1");
        assertThat(replayed.outcome()).isEqualTo(Outcome.TENSORFLOW);
        assertThat(replayed.tensorflowScore()).isEqualTo(20);
        assertThat(replayed.pytorchScore()).isEqualTo(10);
        assertThat(recommendations
                        .model("2025-12-01.1")
                        .factor("mobile_apps")
                        .orElseThrow()
                        .lean())
                .isEqualTo(new Lean.Fixed(-1));
        var now = recommendations.suggest(saved.answers());
        assertThat(now.modelVersion()).isEqualTo("2026-12-01.1");
        assertThat(now.outcome()).as("the same answers under the 2026 model").isEqualTo(Outcome.PYTORCH);
        assertThat(now.tensorflowScore()).as("one deployment target per side").isEqualTo(5);
        assertThat(now.pytorchScore()).isEqualTo(10);
    }

    @Test
    void saved_answers_naming_a_factor_the_model_no_longer_has_are_kept_without_it_and_the_learner_is_told() {
        String email = learners.newLearner("Stale Answers");
        long learner = learners.id(email);
        jdbc.sql("""
                        insert into learner_profile (learner_id, applicable, team_framework, keep_tfx,
                            need_transformers_v5, importances, updated_at)
                        values (?, ?, 'PYTORCH', false, false, ?::jsonb, now())""")
                .params(
                        learner,
                        new String[] {"browser", "quantum_computing"},
                        "{\"browser\": 4, \"quantum_computing\": 5, \"tpus_v1\": 2}")
                .update();

        var stored = recommendations.storedAnswers().orElseThrow();

        assertThat(stored.droppedFactorIds()).containsExactlyInAnyOrder("quantum_computing", "tpus_v1");
        assertThat(stored.answers().profile().applicableFactorIds())
                .as("the team radio counts on its own")
                .containsExactlyInAnyOrder("browser", "team_skill");
        assertThat(stored.answers().importances().byFactorId())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("browser", 4, "team_skill", Questionnaire.TEAM_DEFAULT_IMPORTANCE));
        assertThat(recommendations.suggest(stored.answers()).outcome()).isEqualTo(Outcome.EITHER);
    }

    @Test
    void stored_importances_that_do_not_parse_fail_with_a_message_quoting_them_and_numbers_clamp_at_both_ends() {
        assertThat(RecommendationStore.decode(
                                "{\"browser\": 99999999999999999999, \"tpus\": -4, \"hf_or_llm_checkpoints\": 3}")
                        .byFactorId())
                .containsExactlyInAnyOrderEntriesOf(Map.of("browser", 5, "tpus", 0, "hf_or_llm_checkpoints", 3));
        assertThatThrownBy(() -> RecommendationStore.decode("{\"browser\": \"lots\"}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'{\"browser\": \"lots\"}'")
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> RecommendationStore.decode("{\"browser\": 2.5}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> RecommendationStore.decode("[\"browser\"]"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not an object");
        assertThat(RecommendationStore.decode(
                                RecommendationStore.encode(Importances.of(Map.of("tpus", 2, "browser", 5))))
                        .byFactorId())
                .containsExactlyInAnyOrderEntriesOf(Map.of("tpus", 2, "browser", 5));
    }

    private static Recommendations.Answers answers() {
        var profile = new Profile(Set.of("hf_or_llm_checkpoints", "browser"), TeamFramework.NONE, false, false);
        return new Recommendations.Answers(profile, Importances.of(Map.of("hf_or_llm_checkpoints", 5, "browser", 2)));
    }
}
