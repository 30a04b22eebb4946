package dev.tensortrail.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.progress.MasteryLevel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every state a learner can reach through the questionnaire (ticks, team radio, hard
 * constraints, sliders, some left unrated) tells one consistent story, checked on the text the
 * learner reads (the explanation rendered with the English bundle).
 *
 * <p>Seeded; to replay a failure run with {@code -Ddecision.seed=<seed>}.
 */
class SuggestionConsistencyPropertiesTest {

    private static final long SEED = Long.getLong("decision.seed", 20261201L);
    static final int STATES = 12_000;

    private static final DecisionModel MODEL = DecisionModel.bundled();
    private static final DecisionModelDefinition DEFINITION = MODEL.definition();
    private static final Pattern EITHER_WORD = Pattern.compile("\\beither\\b", Pattern.CASE_INSENSITIVE);

    record State(Recommendations.Answers answers, Map<String, MasteryLevel> mastery) {
        Suggestion suggest() {
            return MODEL.suggest(answers.profile(), answers.importances(), mastery);
        }
    }

    @Test
    void every_reachable_state_explains_itself_without_contradiction() {
        Random random = new Random(SEED);
        Set<Recommendations.Answers> distinct = new HashSet<>();
        Map<Explanation.Situation, Integer> situations = new HashMap<>();
        for (int i = 0; i < STATES; i++) {
            State state = randomState(random);
            distinct.add(state.answers());
            Suggestion s = state.suggest();
            List<String> lines = ExplanationText.lines(s);
            String context = "seed " + SEED + ", state " + i + " " + state.answers() + "\n" + String.join("\n", lines);
            situations.merge(Explanation.Situation.of(s), 1, Integer::sum);

            confidenceAgreesWithTheCounterfactual(state, s, lines, context);
            aConflictNeverSpeaksOfEitherOrOfADecision(s, lines, context);
            aConstraintIsTheOnlyLever(s, lines, context);
            everyFactorThatMattersIsMentioned(state, lines, context);
            noLineRepeatsAndNoPlaceholderIsLeft(lines, context);
            balancesOutOnlyWithBothSidesNonZero(s, lines, context);
            noTeamAdviceWithoutATeam(state, lines, context);
            theOnnxHedgeIsNeverOfferedWhenMicrocontrollersMatterMost(state, s, context);
        }
        System.out.printf(
                "SuggestionConsistencyPropertiesTest: %d states (%d distinct), situations %s%n",
                STATES, distinct.size(), situations);
        assertThat(distinct).as("distinct reachable states").hasSizeGreaterThanOrEqualTo(10_000);
        assertThat(situations.keySet())
                .as("every situation is exercised")
                .containsExactlyInAnyOrder(Explanation.Situation.values());
    }

    private static void confidenceAgreesWithTheCounterfactual(
            State state, Suggestion s, List<String> lines, String context) {
        Integer smallest = smallestFlip(state, s.outcome());
        Counterfactual c = s.counterfactual();
        if (s.decidedByConstraint() != null) {
            assertThat(c).as(context).isNull();
            assertThat(smallest).as(context).isNull();
            return;
        }
        assertThat(c == null ? null : c.distance())
                .as(context + "\nthe counterfactual is the smallest flip")
                .isEqualTo(smallest);
        switch (s.confidence()) {
            case STRONG -> assertThat(c).as(context).isNull();
            case SLIGHT ->
                assertThat(c)
                        .as(context)
                        .isNotNull()
                        .satisfies(x -> assertThat(x.distance()).isLessThanOrEqualTo(Confidence.SLIGHT_DISTANCE));
            case MODERATE ->
                assertThat(c)
                        .as(context)
                        .isNotNull()
                        .satisfies(x -> assertThat(x.distance()).isGreaterThan(Confidence.SLIGHT_DISTANCE));
            case TOO_CLOSE -> assertThat(s.outcome()).as(context).isEqualTo(Outcome.EITHER);
            case NO_LEAN ->
                assertThat(s.tensorflowScore() + s.pytorchScore()).as(context).isZero();
            default -> throw new AssertionError(context + "\nscore-based confidence " + s.confidence());
        }
        String joined = String.join("\n", lines);
        if (c == null) {
            assertThat(joined).as(context).doesNotContain("small changes").doesNotContain("changing one answer by");
        } else {
            assertThat(joined).as(context).doesNotContain("No change of a single");
        }
    }

    private static void aConflictNeverSpeaksOfEitherOrOfADecision(Suggestion s, List<String> lines, String context) {
        if (s.outcome() != Outcome.CONFLICT) {
            assertThat(s.confidence()).as(context).isNotEqualTo(Confidence.CONFLICTING_CONSTRAINTS);
            return;
        }
        assertThat(s.confidence()).as(context).isEqualTo(Confidence.CONFLICTING_CONSTRAINTS);
        assertThat(s.hedge()).as(context).isNull();
        for (String line : lines) {
            assertThat(EITHER_WORD.matcher(line).find())
                    .as(context + "\n'either' in: " + line)
                    .isFalse();
            assertThat(line.toLowerCase(Locale.ROOT))
                    .as(context)
                    .doesNotContain("decided")
                    .doesNotContain("balances out");
        }
        assertThat(lines.getFirst()).as(context).contains("conflict");
    }

    private static void aConstraintIsTheOnlyLever(Suggestion s, List<String> lines, String context) {
        if (s.decidedByConstraint() == null) {
            return;
        }
        String joined = String.join("\n", lines);
        assertThat(joined).as(context).doesNotContain("or less means");
        if (s.outcome() == Outcome.CONFLICT) {
            assertThat(joined).as(context).contains("Only your constraints can settle this");
        } else {
            assertThat(joined)
                    .as(context)
                    .contains("Only the hard constraint can change this")
                    .contains("your scores alone would suggest "
                            + ExplanationText.translate(
                                    "suggestion.alone." + s.scoresAlone().name()));
        }
    }

    private static void everyFactorThatMattersIsMentioned(State state, List<String> lines, String context) {
        String joined = String.join("\n", lines);
        for (String id : state.answers().profile().applicableFactorIds()) {
            // Every factor that applies is mentioned: rated ones as reasons, weighed lines or
            // advice, unrated ones in the "not counted" notice.
            String title = DEFINITION.factor(id).orElseThrow().title();
            assertThat(joined)
                    .as(context + "\nmissing factor " + id + " rated "
                            + state.answers().importances().of(id))
                    .contains(title);
        }
    }

    private static void noLineRepeatsAndNoPlaceholderIsLeft(List<String> lines, String context) {
        assertThat(lines).as(context).doesNotHaveDuplicates();
        assertThat(lines).as(context).noneMatch(line -> line.contains("{") || line.isBlank());
    }

    private static void balancesOutOnlyWithBothSidesNonZero(Suggestion s, List<String> lines, String context) {
        boolean balances =
                lines.stream().anyMatch(line -> line.toLowerCase(Locale.ROOT).contains("balances out"));
        if (balances) {
            assertThat(s.tensorflowScore()).as(context).isPositive();
            assertThat(s.pytorchScore()).as(context).isPositive();
            assertThat(s.decidedByConstraint()).as(context).isNull();
        }
    }

    private static void noTeamAdviceWithoutATeam(State state, List<String> lines, String context) {
        String joined = String.join("\n", lines).toLowerCase(Locale.ROOT);
        assertThat(joined).as(context).doesNotContain("pick what your team knows");
        if (!Questionnaire.countsTeam(state.answers().profile().teamFramework())) {
            assertThat(joined).as(context).doesNotContain("your team knows");
        }
    }

    private static void theOnnxHedgeIsNeverOfferedWhenMicrocontrollersMatterMost(
            State state, Suggestion s, String context) {
        var importances = state.answers().importances();
        var applicable = state.answers().profile().applicableFactorIds();
        if (!applicable.contains("microcontrollers") || importances.of("microcontrollers") == 0) {
            return;
        }
        int most = applicable.stream().mapToInt(importances::of).max().orElse(0);
        if (importances.of("microcontrollers") >= most) {
            assertThat(s.hedge()).as(context).isNotEqualTo(Hedge.ONNX);
        }
    }

    /** The smallest change of one applicable importance that changes the outcome, by brute force. */
    private static Integer smallestFlip(State state, Outcome outcome) {
        Integer smallest = null;
        var profile = state.answers().profile();
        var importances = state.answers().importances();
        for (String id : profile.applicableFactorIds()) {
            for (int to = Importances.MIN; to <= Importances.MAX; to++) {
                int distance = Math.abs(to - importances.of(id));
                if (distance == 0 || (smallest != null && distance >= smallest)) {
                    continue;
                }
                if (MODEL.outcome(profile, importances.with(id, to)) != outcome) {
                    smallest = distance;
                }
            }
        }
        return smallest;
    }

    /** A state the questionnaire can produce. */
    static State randomState(Random random) {
        Set<String> ticked = new TreeSet<>();
        Map<String, Integer> rated = new HashMap<>();
        // Often few ticks, so neutral, leaning and balanced "either" states are common too.
        int tickOdds = 1 + random.nextInt(6);
        for (Factor factor : DEFINITION.factors()) {
            if (random.nextInt(10) < tickOdds) {
                ticked.add(factor.id());
            }
            if (random.nextInt(10) < 8) {
                rated.put(factor.id(), random.nextInt(Importances.MAX + 1));
            }
        }
        TeamFramework team = TeamFramework.values()[random.nextInt(TeamFramework.values().length)];
        var answers =
                Questionnaire.answers(DEFINITION, ticked, team, random.nextInt(5) == 0, random.nextInt(5) == 0, rated);
        Map<String, MasteryLevel> mastery = new HashMap<>();
        for (Factor factor : DEFINITION.factors()) {
            mastery.put(factor.skill(), MasteryLevel.values()[random.nextInt(MasteryLevel.values().length)]);
        }
        return new State(answers, mastery);
    }
}
