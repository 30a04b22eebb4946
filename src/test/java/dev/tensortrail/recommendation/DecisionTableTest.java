package dev.tensortrail.recommendation;

import static dev.tensortrail.recommendation.Confidence.CONFLICTING_CONSTRAINTS;
import static dev.tensortrail.recommendation.Confidence.DECIDED_BY_CONSTRAINT;
import static dev.tensortrail.recommendation.Confidence.MODERATE;
import static dev.tensortrail.recommendation.Confidence.NO_LEAN;
import static dev.tensortrail.recommendation.Confidence.SLIGHT;
import static dev.tensortrail.recommendation.Confidence.STRONG;
import static dev.tensortrail.recommendation.Confidence.TOO_CLOSE;
import static dev.tensortrail.recommendation.Outcome.CONFLICT;
import static dev.tensortrail.recommendation.Outcome.EITHER;
import static dev.tensortrail.recommendation.Outcome.PYTORCH;
import static dev.tensortrail.recommendation.Outcome.TENSORFLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.tensortrail.progress.MasteryLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Personas with the outcome the shipped decision model (2026-12-01.1, either margin 3,
 * deployment targets counted as alternatives) should give them.
 * The expected scores are worked out by hand from the leans in decision-model.yml, so a change
 * of lean shows up here as a reviewed change of expectation rather than a silent drift.
 */
class DecisionTableTest {

    private static final DecisionModel MODEL = DecisionModel.bundled();

    /** One row of the table. */
    record Persona(
            Profile profile,
            Importances importances,
            Outcome outcome,
            int tensorflowScore,
            int pytorchScore,
            Confidence confidence,
            @Nullable Hedge hedge,
            Set<HardConstraint> constraints) {}

    static Stream<Arguments> personas() {
        return Stream.of(
                row(
                        "Android team with a TFX pipeline -> TensorFlow, decided by the constraint",
                        Profile.applying("team_skill", "wants_tfx_platform", "mobile_apps")
                                .withTeam(TeamFramework.TENSORFLOW)
                                .keepingTfxPipeline(),
                        weights("team_skill", 4, "wants_tfx_platform", 5, "mobile_apps", 5),
                        TENSORFLOW,
                        18,
                        0,
                        DECIDED_BY_CONSTRAINT,
                        null,
                        Set.of(HardConstraint.MUST_KEEP_TFX_PIPELINE)),
                row(
                        "NLP researcher fine-tuning Hugging Face models -> PyTorch, strong",
                        Profile.applying("hf_or_llm_checkpoints", "novel_research", "server_gpu_serving"),
                        weights("hf_or_llm_checkpoints", 5, "novel_research", 4, "server_gpu_serving", 2),
                        PYTORCH,
                        0,
                        18,
                        STRONG,
                        null,
                        Set.of()),
                row(
                        "Beginner with no constraints -> either, nothing leans, Keras 3",
                        Profile.applying("high_level_api"),
                        weights("high_level_api", 5),
                        EITHER,
                        0,
                        0,
                        NO_LEAN,
                        Hedge.KERAS_3,
                        Set.of()),
                // Taking the team (3 -> 0) or the browser (5 -> 0) away still leaves more than the margin.
                row(
                        "Browser-first product team with TensorFlow skills -> TensorFlow, strong",
                        Profile.applying("team_skill", "browser", "server_gpu_serving")
                                .withTeam(TeamFramework.TENSORFLOW),
                        weights("team_skill", 3, "browser", 5, "server_gpu_serving", 2),
                        TENSORFLOW,
                        11,
                        0,
                        STRONG,
                        null,
                        Set.of()),
                row(
                        "PhD student reproducing papers -> PyTorch, strong",
                        Profile.applying("novel_research", "hf_or_llm_checkpoints", "high_level_api"),
                        weights("novel_research", 5, "hf_or_llm_checkpoints", 2, "high_level_api", 1),
                        PYTORCH,
                        0,
                        14,
                        STRONG,
                        null,
                        Set.of()),
                // TPUs lean only -1: at importance 5 they clear the margin of 3 by 2, so 5 -> 3 undoes it.
                row(
                        "TPU-heavy team that knows both frameworks -> TensorFlow, only slight",
                        Profile.applying("tpus", "server_gpu_serving").withTeam(TeamFramework.BOTH),
                        weights("tpus", 5, "server_gpu_serving", 2),
                        TENSORFLOW,
                        5,
                        0,
                        SLIGHT,
                        null,
                        Set.of()),
                row(
                        "TPU team that also fine-tunes LLM checkpoints -> either, Keras 3",
                        Profile.applying("tpus", "hf_or_llm_checkpoints"),
                        weights("tpus", 5, "hf_or_llm_checkpoints", 3),
                        EITHER,
                        5,
                        6,
                        TOO_CLOSE,
                        Hedge.KERAS_3,
                        Set.of()),
                row(
                        "JVM-serving shop with no team -> either, nothing leans, ONNX",
                        Profile.applying("jvm_serving", "server_gpu_serving"),
                        weights("jvm_serving", 5, "server_gpu_serving", 3),
                        EITHER,
                        0,
                        0,
                        NO_LEAN,
                        Hedge.ONNX,
                        Set.of()),
                row(
                        "Both hard constraints -> conflict, explained",
                        Profile.applying("team_skill", "wants_tfx_platform", "hf_or_llm_checkpoints")
                                .withTeam(TeamFramework.TENSORFLOW)
                                .keepingTfxPipeline()
                                .usingTransformersV5(),
                        weights("team_skill", 4, "wants_tfx_platform", 5, "hf_or_llm_checkpoints", 5),
                        CONFLICT,
                        18,
                        10,
                        CONFLICTING_CONSTRAINTS,
                        null,
                        Set.of(HardConstraint.MUST_KEEP_TFX_PIPELINE, HardConstraint.MUST_USE_TRANSFORMERS_V5)),
                row(
                        "TensorFlow shop that must adopt Transformers v5 -> PyTorch despite the scores",
                        Profile.applying("team_skill", "wants_tfx_platform", "hf_or_llm_checkpoints")
                                .withTeam(TeamFramework.TENSORFLOW)
                                .usingTransformersV5(),
                        weights("team_skill", 5, "wants_tfx_platform", 3, "hf_or_llm_checkpoints", 2),
                        PYTORCH,
                        16,
                        4,
                        DECIDED_BY_CONSTRAINT,
                        null,
                        Set.of(HardConstraint.MUST_USE_TRANSFORMERS_V5)),
                // Phones lean about 0 since ExecuTorch 1.5 and LiteRT Torch: only the team counts (4 -> 1 undoes it).
                row(
                        "PyTorch codebase shipping a phone app -> PyTorch, moderate",
                        Profile.applying("team_skill", "mobile_apps").withTeam(TeamFramework.PYTORCH),
                        weights("team_skill", 4, "mobile_apps", 4),
                        PYTORCH,
                        0,
                        8,
                        MODERATE,
                        null,
                        Set.of()),
                row(
                        "Embedded team with TensorFlow skills targeting microcontrollers -> TensorFlow, strong",
                        Profile.applying("team_skill", "microcontrollers").withTeam(TeamFramework.TENSORFLOW),
                        weights("team_skill", 2, "microcontrollers", 5),
                        TENSORFLOW,
                        9,
                        0,
                        STRONG,
                        null,
                        Set.of()),
                row(
                        "Team using both, serving on GPUs, the JVM and a browser demo -> either, leans TensorFlow, ONNX",
                        Profile.applying("server_gpu_serving", "browser", "jvm_serving", "high_level_api")
                                .withTeam(TeamFramework.BOTH),
                        weights("server_gpu_serving", 4, "browser", 2, "jvm_serving", 3, "high_level_api", 2),
                        EITHER,
                        2,
                        0,
                        TOO_CLOSE,
                        Hedge.ONNX,
                        Set.of()),
                row(
                        "Startup following new open models with a PyTorch team -> PyTorch, strong",
                        Profile.applying("team_skill", "hf_or_llm_checkpoints", "novel_research")
                                .withTeam(TeamFramework.PYTORCH),
                        weights("team_skill", 5, "hf_or_llm_checkpoints", 4, "novel_research", 2),
                        PYTORCH,
                        0,
                        22,
                        STRONG,
                        null,
                        Set.of()),
                row(
                        "Enterprise TensorFlow team planning a TFX platform -> TensorFlow, strong",
                        Profile.applying("team_skill", "wants_tfx_platform", "server_gpu_serving")
                                .withTeam(TeamFramework.TENSORFLOW),
                        weights("team_skill", 3, "wants_tfx_platform", 5, "server_gpu_serving", 4),
                        TENSORFLOW,
                        16,
                        0,
                        STRONG,
                        null,
                        Set.of()),
                row(
                        "Learner who has not answered anything yet -> either, nothing leans, Keras 3",
                        Profile.applying(),
                        Importances.none(),
                        EITHER,
                        0,
                        0,
                        NO_LEAN,
                        Hedge.KERAS_3,
                        Set.of()),
                // The worked example in the lesson decisions-how-your-suggestion-works: +8 against the
                // browser's -2 (the TPUs' -1 is a weaker deployment target on the same side, not counted).
                row(
                        "Ana from the lesson: fine-tunes LLMs, small browser demo, some TPU credits -> PyTorch, slight",
                        Profile.applying("hf_or_llm_checkpoints", "browser", "tpus", "server_gpu_serving"),
                        weights("hf_or_llm_checkpoints", 4, "browser", 2, "tpus", 1, "server_gpu_serving", 3),
                        PYTORCH,
                        2,
                        8,
                        SLIGHT,
                        null,
                        Set.of()),
                row(
                        "Research lab that also wants a TFX-style platform -> either, balanced, Keras 3",
                        Profile.applying("wants_tfx_platform", "novel_research"),
                        weights("wants_tfx_platform", 3, "novel_research", 3),
                        EITHER,
                        6,
                        6,
                        TOO_CLOSE,
                        Hedge.KERAS_3,
                        Set.of()),
                // The 2025 model summed the four -1 targets (mobile, microcontrollers, browser, TPUs) and
                // gave TensorFlow 30 against 20; as alternatives, one target per side counts.
                row(
                        "Every factor at importance 5, no team -> PyTorch, strong",
                        Profile.applying(
                                "hf_or_llm_checkpoints",
                                "llm_serving",
                                "novel_research",
                                "wants_tfx_platform",
                                "server_gpu_serving",
                                "mobile_apps",
                                "microcontrollers",
                                "browser",
                                "tpus",
                                "high_level_api",
                                "jvm_serving"),
                        weights(
                                "hf_or_llm_checkpoints",
                                5,
                                "llm_serving",
                                5,
                                "novel_research",
                                5,
                                "wants_tfx_platform",
                                5,
                                "server_gpu_serving",
                                5,
                                "mobile_apps",
                                5,
                                "microcontrollers",
                                5,
                                "browser",
                                5,
                                "tpus",
                                5,
                                "high_level_api",
                                5,
                                "jvm_serving",
                                5),
                        PYTORCH,
                        15,
                        30,
                        STRONG,
                        null,
                        Set.of()),
                // ONNX-tagged targets outweigh Keras 3 (13 to 5), but ONNX Runtime does not run on
                // microcontrollers, and they matter most.
                row(
                        "Microcontrollers first, plus browser, GPU and JVM -> either, Keras 3 not ONNX",
                        Profile.applying(
                                "microcontrollers",
                                "browser",
                                "server_gpu_serving",
                                "jvm_serving",
                                "hf_or_llm_checkpoints"),
                        weights(
                                "microcontrollers",
                                5,
                                "browser",
                                5,
                                "server_gpu_serving",
                                4,
                                "jvm_serving",
                                4,
                                "hf_or_llm_checkpoints",
                                3),
                        EITHER,
                        5,
                        6,
                        TOO_CLOSE,
                        Hedge.KERAS_3,
                        Set.of()),
                row(
                        "LLM serving startup -> PyTorch, moderate",
                        Profile.applying("llm_serving", "server_gpu_serving"),
                        weights("llm_serving", 5, "server_gpu_serving", 5),
                        PYTORCH,
                        0,
                        10,
                        MODERATE,
                        null,
                        Set.of()),
                // The team radio alone: the team factor counts at the questionnaire's default of 3.
                row(
                        "TensorFlow team that ticked nothing else -> TensorFlow, slight",
                        Profile.applying("team_skill").withTeam(TeamFramework.TENSORFLOW),
                        weights("team_skill", Questionnaire.TEAM_DEFAULT_IMPORTANCE),
                        TENSORFLOW,
                        6,
                        0,
                        SLIGHT,
                        null,
                        Set.of()));
    }

    @ParameterizedTest
    @MethodSource("personas")
    void each_persona_gets_the_expected_outcome_scores_confidence_hedge_and_constraint(Persona persona) {
        Suggestion suggestion = MODEL.suggest(persona.profile(), persona.importances(), Map.of());

        assertThat(suggestion.outcome()).isEqualTo(persona.outcome());
        assertThat(suggestion.tensorflowScore()).as("TensorFlow score").isEqualTo(persona.tensorflowScore());
        assertThat(suggestion.pytorchScore()).as("PyTorch score").isEqualTo(persona.pytorchScore());
        assertThat(suggestion.margin()).isEqualTo(Math.abs(persona.pytorchScore() - persona.tensorflowScore()));
        assertThat(suggestion.confidence()).isEqualTo(persona.confidence());
        assertThat(suggestion.hedge()).isEqualTo(persona.hedge());
        if (persona.constraints().isEmpty()) {
            assertThat(suggestion.decidedByConstraint()).isNull();
        } else {
            assertThat(suggestion.decidedByConstraint()).isNotNull();
            assertThat(suggestion.decidedByConstraint().constraints()).isEqualTo(persona.constraints());
        }
    }

    @Test
    void the_android_team_with_a_tfx_pipeline_is_told_the_constraint_and_what_to_reread() {
        Suggestion suggestion = MODEL.suggest(
                Profile.applying("team_skill", "wants_tfx_platform", "mobile_apps")
                        .withTeam(TeamFramework.TENSORFLOW)
                        .keepingTfxPipeline(),
                weights("team_skill", 4, "wants_tfx_platform", 5, "mobile_apps", 5),
                Map.of(
                        "tf-ecosystem",
                        MasteryLevel.MASTERED,
                        "decision-factors",
                        MasteryLevel.FAMILIAR,
                        "edge-deployment",
                        MasteryLevel.NOT_STARTED));

        assertThat(suggestion.decidedByConstraint().explanation())
                .contains("TFX pipeline")
                .contains("TensorFlow (with Keras)")
                .contains("whatever the scores say");
        assertThat(suggestion.scoresAlone()).isEqualTo(TENSORFLOW);
        assertThat(suggestion.topReasonsFor())
                .extracting(Reason::factorId)
                .containsExactly("wants_tfx_platform", "team_skill");
        assertThat(suggestion.topReasonsFor()).extracting(Reason::contribution).containsExactly(-10, -8);
        assertThat(suggestion.strongestReasonAgainst()).isNull();
        assertThat(suggestion.counterfactual())
                .as("no answer change beats a hard constraint")
                .isNull();
        assertThat(suggestion.factorAdvice()).extracting(FactorAdvice::factorId).containsExactly("mobile_apps");
        assertThat(suggestion.rereadBeforeRelying())
                .containsExactly(new Reread(
                        "team_skill", "decision-factors", MasteryLevel.FAMILIAR, "decisions-requirements-team-goals"));
        assertThat(ExplanationText.lines(suggestion))
                .contains("Only the hard constraint can change this: without it, your scores alone would suggest"
                        + " TensorFlow.")
                .noneMatch(line -> line.contains("or less means"));
    }

    @Test
    void the_beginner_is_pointed_to_keras_3_and_to_the_high_level_apis_on_both_sides() {
        Suggestion suggestion =
                MODEL.suggest(Profile.applying("high_level_api"), weights("high_level_api", 5), Map.of());

        assertThat(suggestion.hedge()).isEqualTo(Hedge.KERAS_3);
        assertThat(suggestion.hedge().displayName()).isEqualTo("Keras 3");
        assertThat(suggestion.hedgeAdvice()).contains("Keras 3").doesNotContain("team");
        assertThat(suggestion.factorAdvice())
                .singleElement()
                .extracting(FactorAdvice::text)
                .asString()
                .contains("Keras 3")
                .contains("Lightning")
                .contains("fastai");
        assertThat(ExplanationText.lines(suggestion))
                .contains("None of your answers favours either framework: everything you weighted is neutral or has"
                        + " importance 0. The choice rests on things this model does not score, so see what to use on"
                        + " each side below.")
                .noneMatch(line -> line.contains("Too close to call") || line.contains("your team knows"));
        assertThat(suggestion.topReasonsFor())
                .as("a lean-0 factor moves no score, so it is no reason")
                .isEmpty();
        assertThat(suggestion.counterfactual()).isNull();
    }

    @Test
    void both_hard_constraints_give_a_conflict_and_explain_it() {
        Suggestion suggestion = MODEL.suggest(
                Profile.applying().keepingTfxPipeline().usingTransformersV5(), Importances.none(), Map.of());

        assertThat(suggestion.outcome()).isEqualTo(CONFLICT);
        assertThat(suggestion.confidence()).isEqualTo(CONFLICTING_CONSTRAINTS);
        assertThat(ExplanationText.lines(suggestion))
                .startsWith(
                        "No single framework fits: your hard constraints conflict",
                        "Unsettled: your two hard constraints require different frameworks, so one of them has to give way.");
        assertThat(suggestion.decidedByConstraint().conflicting()).isTrue();
        assertThat(suggestion.decidedByConstraint().explanation())
                .contains("conflict")
                .contains("TFX pipeline")
                .contains("Transformers v5")
                .contains("No single framework satisfies both");
        assertThat(suggestion.hedge())
                .as("a conflict of requirements cannot be hedged away")
                .isNull();
        assertThat(suggestion.rereadBeforeRelying())
                .extracting(Reread::factorId)
                .containsExactly("wants_tfx_platform", "hf_or_llm_checkpoints");
    }

    @Test
    void the_tpu_team_flips_to_either_if_tpus_mattered_two_points_less() {
        Suggestion suggestion = MODEL.suggest(
                Profile.applying("team_skill", "tpus", "server_gpu_serving").withTeam(TeamFramework.BOTH),
                weights("team_skill", 3, "tpus", 5, "server_gpu_serving", 2),
                Map.of());

        assertThat(suggestion.counterfactual()).isEqualTo(new Counterfactual("tpus", 5, 3, EITHER));
        assertThat(suggestion.topReasonsFor()).extracting(Reason::factorId).containsExactly("tpus");
        assertThat(suggestion.topReasonsFor().getFirst().source()).hasToString("https://www.tensorflow.org/guide/tpu");
    }

    @Test
    void the_tpu_team_fine_tuning_llms_would_get_pytorch_if_fine_tuning_mattered_most() {
        Suggestion suggestion = MODEL.suggest(
                Profile.applying("tpus", "hf_or_llm_checkpoints"),
                weights("tpus", 5, "hf_or_llm_checkpoints", 3),
                Map.of());

        // Every one-point change stays within the margin; at two points the file-order tie-break
        // tries hf_or_llm_checkpoints (3 -> 1 stays "either", 3 -> 5 gives PyTorch) before tpus.
        assertThat(suggestion.counterfactual()).isEqualTo(new Counterfactual("hf_or_llm_checkpoints", 3, 5, PYTORCH));
        assertThat(suggestion.topReasonsFor())
                .extracting(Reason::factorId)
                .containsExactly("hf_or_llm_checkpoints", "tpus");
        assertThat(suggestion.strongestReasonAgainst()).isNull();
    }

    @Test
    void the_pytorch_codebase_with_a_phone_app_is_advised_on_both_phone_runtimes_instead_of_scored_against() {
        Suggestion suggestion = MODEL.suggest(
                Profile.applying("team_skill", "mobile_apps").withTeam(TeamFramework.PYTORCH),
                weights("team_skill", 4, "mobile_apps", 4),
                Map.of("decision-factors", MasteryLevel.PROFICIENT));

        assertThat(suggestion.topReasonsFor()).singleElement().satisfies(reason -> {
            assertThat(reason.factorId()).isEqualTo("team_skill");
            assertThat(reason.lean()).isEqualTo(2);
            assertThat(reason.contribution()).isEqualTo(8);
        });
        assertThat(suggestion.strongestReasonAgainst())
                .as("phones lean about 0 in 2026")
                .isNull();
        assertThat(suggestion.counterfactual()).isEqualTo(new Counterfactual("team_skill", 4, 1, EITHER));
        assertThat(suggestion.confidence()).isEqualTo(MODERATE);
        assertThat(suggestion.factorAdvice())
                .singleElement()
                .extracting(FactorAdvice::text)
                .asString()
                .contains("LiteRT")
                .contains("ExecuTorch 1.5");
        assertThat(ExplanationText.lines(suggestion))
                .contains("A clear lead: only a change of 3 points in one answer changes it.");
        assertThat(suggestion.rereadBeforeRelying()).isEmpty();
    }

    @Test
    void deployment_targets_count_as_alternatives_and_the_uncounted_ones_are_named() {
        Suggestion suggestion = MODEL.suggest(
                Profile.applying("browser", "tpus", "microcontrollers", "hf_or_llm_checkpoints"),
                weights("browser", 4, "tpus", 5, "microcontrollers", 2, "hf_or_llm_checkpoints", 4),
                Map.of());

        assertThat(suggestion.tensorflowScore())
                .as("only the TPUs' 5 counts on the TensorFlow side")
                .isEqualTo(5);
        assertThat(suggestion.pytorchScore()).isEqualTo(8);
        assertThat(suggestion.weighed())
                .filteredOn(r -> !r.counted())
                .extracting(Reason::factorId)
                .containsExactly("microcontrollers", "browser");
        assertThat(ExplanationText.lines(suggestion))
                .contains(
                        "Running in the browser: importance 4 × lean -1 would be 4 toward TensorFlow, but only your strongest"
                                + " deployment target on each side counts (Training on TPUs).");
    }

    @Test
    void the_2025_model_added_deployment_targets_up() throws java.io.IOException {
        DecisionModel old = new DecisionModel(DecisionModelFile.parse(
                java.nio.file.Files.readString(
                        java.nio.file.Path.of("src/test/resources/decision-model/2025-12-01.1.yml")),
                "2025-12-01.1"));
        Profile everything = Profile.applying(
                "hf_or_llm_checkpoints",
                "novel_research",
                "wants_tfx_platform",
                "server_gpu_serving",
                "mobile_apps",
                "microcontrollers",
                "browser",
                "tpus",
                "high_level_api",
                "jvm_serving");
        Map<String, Integer> fives = new LinkedHashMap<>();
        everything.applicableFactorIds().forEach(id -> fives.put(id, 5));

        Suggestion suggestion = old.suggest(everything, Importances.of(fives), Map.of());

        assertThat(suggestion.outcome()).isEqualTo(TENSORFLOW);
        assertThat(suggestion.tensorflowScore()).isEqualTo(30);
        assertThat(suggestion.pytorchScore()).isEqualTo(20);
    }

    @Test
    void the_jvm_shop_has_nothing_that_could_tip_it() {
        Suggestion suggestion = MODEL.suggest(
                Profile.applying("team_skill", "jvm_serving", "server_gpu_serving"),
                weights("team_skill", 3, "jvm_serving", 5, "server_gpu_serving", 3),
                Map.of());

        assertThat(suggestion.hedge()).isEqualTo(Hedge.ONNX);
        assertThat(suggestion.hedgeAdvice()).contains("ONNX Runtime").contains("Java");
        assertThat(suggestion.counterfactual())
                .as("all its factors are neutral for a team with no framework")
                .isNull();
    }

    @Test
    void a_margin_override_moves_only_the_threshold() {
        Profile tpuTeam =
                Profile.applying("team_skill", "tpus", "server_gpu_serving").withTeam(TeamFramework.BOTH);
        Importances answers = weights("team_skill", 3, "tpus", 5, "server_gpu_serving", 2);

        Suggestion wider = new DecisionModel(MODEL.definition(), 5).suggest(tpuTeam, answers, Map.of());
        Suggestion none = new DecisionModel(MODEL.definition(), 0).suggest(tpuTeam, answers, Map.of());

        assertThat(wider.outcome()).isEqualTo(EITHER);
        assertThat(wider.eitherMargin()).isEqualTo(5);
        assertThat(wider.hedge()).as("TPUs point to Keras 3").isEqualTo(Hedge.KERAS_3);
        assertThat(none.outcome()).isEqualTo(TENSORFLOW);
        assertThat(none.counterfactual()).isEqualTo(new Counterfactual("tpus", 5, 0, EITHER));
        assertThat(none.confidence()).as("only a change of 5 points undoes it").isEqualTo(MODERATE);
        assertThat(List.of(wider.margin(), none.margin())).containsOnly(5);
    }

    @Test
    void an_answer_for_a_factor_the_model_does_not_have_is_rejected_by_name() {
        assertThatThrownBy(() -> MODEL.suggest(Profile.applying("quantum_computing"), Importances.none(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown factor 'quantum_computing' in the profile");
        assertThatThrownBy(() -> MODEL.suggest(Profile.applying(), weights("quantum_computing", 2), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown factor 'quantum_computing' in the importances");
    }

    @Test
    void an_importance_outside_zero_to_five_is_rejected() {
        assertThatThrownBy(() -> weights("browser", 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("importance of 'browser' must be between 0 and 5, was 6");
        assertThatThrownBy(() -> weights("browser", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Arguments row(
            String name,
            Profile profile,
            Importances importances,
            Outcome outcome,
            int tensorflowScore,
            int pytorchScore,
            Confidence confidence,
            @Nullable Hedge hedge,
            Set<HardConstraint> constraints) {
        return argumentSet(
                name,
                new Persona(
                        profile, importances, outcome, tensorflowScore, pytorchScore, confidence, hedge, constraints));
    }

    /** Importances from alternating id, value pairs. */
    static Importances weights(Object... idsAndValues) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndValues.length; i += 2) {
            map.put((String) idsAndValues[i], (Integer) idsAndValues[i + 1]);
        }
        return Importances.of(map);
    }
}
