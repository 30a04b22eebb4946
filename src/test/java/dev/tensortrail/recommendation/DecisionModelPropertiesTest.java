package dev.tensortrail.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.progress.MasteryLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for every input, checked over thousands of random inputs.
 *
 * <p>The generator is a seeded {@link Random}; every failure message starts with the seed and
 * case number. To replay a failure, run with {@code -Ddecision.seed=<seed>}.
 */
class DecisionModelPropertiesTest {

    private static final long SEED = Long.getLong("decision.seed", 20251201L);
    private static final int CASES = 2_000;
    /** Upper bound on draws, so a property whose precondition is rare fails loudly instead of looping. */
    private static final int MAX_DRAWS = 200_000;

    private static final DecisionModelDefinition DEFINITION = DecisionModelFile.loadBundled();
    private static final List<Factor> FACTORS = DEFINITION.factors();
    private static final List<DecisionModel> MODELS = models();

    /** One random input: a model (with a random either-margin now and then) and the learner's answers. */
    record Input(DecisionModel model, Profile profile, Importances importances, Map<String, MasteryLevel> mastery) {
        Suggestion suggest() {
            return model.suggest(profile, importances, mastery);
        }

        Outcome outcomeWith(String factorId, int importance) {
            return model.suggest(profile, importances.with(factorId, importance), mastery)
                    .outcome();
        }

        @Override
        public String toString() {
            return "margin=" + model.eitherMargin() + ", " + profile + ", " + importances.byFactorId();
        }
    }

    @Test
    void raising_the_importance_of_a_pytorch_leaning_factor_never_moves_the_outcome_toward_tensorflow() {
        checkMonotone(lean -> lean > 0, +1);
    }

    @Test
    void raising_the_importance_of_a_tensorflow_leaning_factor_never_moves_the_outcome_toward_pytorch() {
        checkMonotone(lean -> lean < 0, -1);
    }

    @Test
    void a_hard_constraint_always_wins() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            Input drawn = randomInput(random);
            boolean tfx = random.nextInt(3) != 0;
            boolean v5 = !tfx || random.nextBoolean();
            Profile constrained = new Profile(
                    drawn.profile().applicableFactorIds(), drawn.profile().teamFramework(), tfx, v5);
            Input input = new Input(drawn.model(), constrained, drawn.importances(), drawn.mastery());

            Suggestion suggestion = input.suggest();

            Outcome expected = tfx && v5 ? Outcome.CONFLICT : tfx ? Outcome.TENSORFLOW : Outcome.PYTORCH;
            String context = context(i, input);
            assertThat(suggestion.outcome()).as(context).isEqualTo(expected);
            assertThat(suggestion.confidence())
                    .as(context)
                    .isEqualTo(tfx && v5 ? Confidence.CONFLICTING_CONSTRAINTS : Confidence.DECIDED_BY_CONSTRAINT);
            assertThat(suggestion.decidedByConstraint()).as(context).isNotNull();
            assertThat(suggestion.decidedByConstraint().conflicting())
                    .as(context)
                    .isEqualTo(tfx && v5);
            assertThat(suggestion.hedge()).as(context).isNull();
            assertThat(suggestion.counterfactual()).as(context).isNull();
        }
    }

    @Test
    void a_given_counterfactual_really_changes_the_outcome_to_the_one_it_names_and_no_smaller_change_does() {
        Random random = new Random(SEED);
        int checked = 0;
        for (int draw = 0; checked < CASES && draw < MAX_DRAWS; draw++) {
            Input input = randomInput(random);
            Suggestion suggestion = input.suggest();
            Counterfactual counterfactual = suggestion.counterfactual();
            if (counterfactual == null) {
                continue;
            }
            checked++;
            String context = context(draw, input) + " -> " + counterfactual;
            assertThat(input.profile().applicableFactorIds()).as(context).contains(counterfactual.factorId());
            assertThat(counterfactual.from())
                    .as(context)
                    .isEqualTo(input.importances().of(counterfactual.factorId()));
            assertThat(counterfactual.to()).as(context).isBetween(Importances.MIN, Importances.MAX);
            Outcome after = input.outcomeWith(counterfactual.factorId(), counterfactual.to());
            assertThat(after)
                    .as(context)
                    .isEqualTo(counterfactual.resultingOutcome())
                    .isNotEqualTo(suggestion.outcome());

            int distance = Math.abs(counterfactual.to() - counterfactual.from());
            for (String id : input.profile().applicableFactorIds()) {
                int from = input.importances().of(id);
                for (int to = Importances.MIN; to <= Importances.MAX; to++) {
                    if (to != from && Math.abs(to - from) < distance) {
                        assertThat(input.outcomeWith(id, to))
                                .as(context + ": smaller change %s %d -> %d", id, from, to)
                                .isEqualTo(suggestion.outcome());
                    }
                }
            }
        }
        assertThat(checked).as("seed %d: inputs with a counterfactual", SEED).isEqualTo(CASES);
    }

    @Test
    void when_no_counterfactual_is_given_no_single_importance_change_changes_the_outcome() {
        Random random = new Random(SEED);
        int checked = 0;
        for (int draw = 0; checked < CASES && draw < MAX_DRAWS; draw++) {
            Input input = randomInput(random);
            Suggestion suggestion = input.suggest();
            if (suggestion.counterfactual() != null) {
                continue;
            }
            checked++;
            for (String id : input.profile().applicableFactorIds()) {
                for (int to = Importances.MIN; to <= Importances.MAX; to++) {
                    assertThat(input.outcomeWith(id, to))
                            .as(context(draw, input) + ": %s -> %d", id, to)
                            .isEqualTo(suggestion.outcome());
                }
            }
        }
        assertThat(checked).as("seed %d: inputs without a counterfactual", SEED).isEqualTo(CASES);
    }

    @Test
    void the_model_is_deterministic_whatever_the_order_the_answers_arrive_in() {
        Random random = new Random(SEED);
        DecisionModel reloaded = DecisionModel.bundled();
        for (int i = 0; i < CASES; i++) {
            Input input = randomInput(random);
            Suggestion first = input.suggest();

            List<String> ids = new ArrayList<>(input.profile().applicableFactorIds());
            Collections.shuffle(ids, random);
            List<Map.Entry<String, Integer>> entries =
                    new ArrayList<>(input.importances().byFactorId().entrySet());
            Collections.shuffle(entries, random);
            Map<String, Integer> reordered = new LinkedHashMap<>();
            entries.forEach(e -> reordered.put(e.getKey(), e.getValue()));
            Profile sameProfile = new Profile(
                    new LinkedHashSet<>(ids),
                    input.profile().teamFramework(),
                    input.profile().mustKeepTfxPipeline(),
                    input.profile().mustUseTransformersV5());
            DecisionModel sameModel =
                    new DecisionModel(reloaded.definition(), input.model().eitherMargin());

            assertThat(input.suggest()).as(context(i, input)).isEqualTo(first);
            assertThat(sameModel.suggest(sameProfile, Importances.of(reordered), new HashMap<>(input.mastery())))
                    .as(context(i, input) + " (reordered, reloaded model)")
                    .isEqualTo(first);
        }
    }

    @Test
    void scores_are_the_sums_of_importance_times_lean_and_either_means_a_margin_within_the_threshold() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            Input input = randomInput(random);
            Suggestion suggestion = input.suggest();
            // Deployment targets are alternatives: per side, only the strongest one counts.
            int tensorflow = 0;
            int pytorch = 0;
            int tensorflowTarget = 0;
            int pytorchTarget = 0;
            for (Factor factor : FACTORS) {
                if (input.profile().applicableFactorIds().contains(factor.id())) {
                    int value = input.importances().of(factor.id())
                            * factor.lean().valueFor(input.profile().teamFramework());
                    if (factor.deploymentTarget()) {
                        tensorflowTarget = Math.max(tensorflowTarget, -value);
                        pytorchTarget = Math.max(pytorchTarget, value);
                    } else {
                        tensorflow += Math.max(0, -value);
                        pytorch += Math.max(0, value);
                    }
                }
            }
            tensorflow += tensorflowTarget;
            pytorch += pytorchTarget;
            String context = context(i, input);
            assertThat(suggestion.tensorflowScore()).as(context).isEqualTo(tensorflow);
            assertThat(suggestion.pytorchScore()).as(context).isEqualTo(pytorch);
            assertThat(suggestion.margin()).as(context).isEqualTo(Math.abs(pytorch - tensorflow));
            if (suggestion.decidedByConstraint() == null) {
                boolean tooClose = suggestion.margin() <= input.model().eitherMargin();
                assertThat(suggestion.outcome() == Outcome.EITHER).as(context).isEqualTo(tooClose);
                assertThat(suggestion.confidence() == Confidence.TOO_CLOSE
                                || suggestion.confidence() == Confidence.NO_LEAN)
                        .as(context)
                        .isEqualTo(tooClose);
                assertThat(suggestion.hedge() != null).as(context).isEqualTo(tooClose);
            }
            assertThat(suggestion.topReasonsFor())
                    .as(context)
                    .hasSizeLessThanOrEqualTo(3)
                    .allSatisfy(reason -> assertThat(reason.contribution()).isNotZero());
        }
    }

    private void checkMonotone(IntPredicate leansThisWay, int direction) {
        Random random = new Random(SEED);
        int checked = 0;
        for (int draw = 0; checked < CASES && draw < MAX_DRAWS; draw++) {
            Input input = randomInput(random);
            List<String> candidates = FACTORS.stream()
                    .filter(f -> input.profile().applicableFactorIds().contains(f.id()))
                    .filter(f ->
                            leansThisWay.test(f.lean().valueFor(input.profile().teamFramework())))
                    .filter(f -> input.importances().of(f.id()) < Importances.MAX)
                    .map(Factor::id)
                    .toList();
            if (candidates.isEmpty()) {
                continue;
            }
            checked++;
            String id = candidates.get(random.nextInt(candidates.size()));
            int from = input.importances().of(id);
            int to = from + 1 + random.nextInt(Importances.MAX - from);
            Outcome before = input.suggest().outcome();
            Outcome after = input.outcomeWith(id, to);
            // Outcome is ordered TENSORFLOW < EITHER < PYTORCH; direction +1 means "toward PyTorch".
            assertThat(Integer.signum(after.ordinal() - before.ordinal()) * direction)
                    .as(context(draw, input) + ": raising %s %d -> %d moved %s to %s", id, from, to, before, after)
                    .isGreaterThanOrEqualTo(0);
        }
        assertThat(checked).as("seed %d: inputs with a candidate factor", SEED).isEqualTo(CASES);
    }

    private static Input randomInput(Random random) {
        Set<String> applicable = new LinkedHashSet<>();
        Map<String, Integer> importances = new HashMap<>();
        for (Factor factor : FACTORS) {
            if (random.nextInt(10) < 6) {
                applicable.add(factor.id());
            }
            // Non-applicable factors get importances too now and then: they must be ignored.
            if (random.nextInt(10) < 8) {
                importances.put(factor.id(), random.nextInt(Importances.MAX + 1));
            }
        }
        TeamFramework team = TeamFramework.values()[random.nextInt(TeamFramework.values().length)];
        // Constraints are rare so most inputs exercise the scoring path.
        Profile profile = new Profile(applicable, team, random.nextInt(12) == 0, random.nextInt(12) == 0);
        Map<String, MasteryLevel> mastery = new HashMap<>();
        for (Factor factor : FACTORS) {
            mastery.put(factor.skill(), MasteryLevel.values()[random.nextInt(MasteryLevel.values().length)]);
        }
        DecisionModel model = MODELS.get(random.nextInt(MODELS.size()));
        return new Input(model, profile, Importances.of(importances), mastery);
    }

    /** The shipped model three times (so it dominates) plus margin overrides 0..6. */
    private static List<DecisionModel> models() {
        List<DecisionModel> models = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            models.add(new DecisionModel(DEFINITION));
        }
        for (int margin = 0; margin <= 6; margin++) {
            models.add(new DecisionModel(DEFINITION, margin));
        }
        return models;
    }

    private static String context(int caseNumber, Input input) {
        return "seed " + SEED + ", case " + caseNumber + " (" + input + ")";
    }
}
