package dev.tensortrail.recommendation;

import dev.tensortrail.progress.MasteryLevel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The model's answer, with everything needed to explain and challenge it ({@link Explanation}
 * turns it into what the learner reads).
 *
 * @param outcome TensorFlow, PyTorch, "either", or a conflict between hard constraints
 * @param scoresAlone what the scores alone would give (TensorFlow, PyTorch or "either"),
 *     whatever the hard constraints say; equal to {@code outcome} when no constraint applies
 * @param tensorflowScore sum of the counted {@code importance x |lean|} over applicable factors
 *     leaning to TensorFlow
 * @param pytorchScore the same for PyTorch
 * @param margin {@code |pytorchScore - tensorflowScore|}
 * @param eitherMargin the threshold that was in force (the file default or an override)
 * @param confidence how firmly the outcome is held; see {@link Confidence} for the rule
 * @param team the team framework the answers gave
 * @param decidedByConstraint the hard constraint(s) that set the outcome, or null when the
 *     scores did
 * @param hedge for a score-based "either", the hedge to use (see {@link HedgeRule}); null otherwise
 * @param hedgeAdvice the hedge's advice for the learner, or null with no hedge
 * @param factorAdvice advice attached to factors that matter to the learner (what to use on
 *     each side), whatever the outcome
 * @param topReasonsFor up to three largest counted contributions on the winning side; for
 *     "either" and for constraint decisions, the largest on both sides
 * @param strongestReasonAgainst the largest contribution on the losing side of a score-based
 *     TensorFlow or PyTorch outcome, or null
 * @param weighed every applicable factor's contribution, in file order (zero, neutral and
 *     uncounted ones included), so nothing the learner answered vanishes
 * @param counterfactual the smallest single-answer change that changes the outcome, or null
 *     when no single change of one applicable factor's importance does (always null under a
 *     hard constraint)
 * @param rereadBeforeRelying deciding factors whose skill is below
 *     {@link MasteryLevel#PROFICIENT}, one per lesson, with the lesson to re-read
 * @param modelVersion the decision-model version that produced this suggestion
 */
public record Suggestion(
        Outcome outcome,
        Outcome scoresAlone,
        int tensorflowScore,
        int pytorchScore,
        int margin,
        int eitherMargin,
        Confidence confidence,
        TeamFramework team,
        @Nullable ConstraintDecision decidedByConstraint,
        @Nullable Hedge hedge,
        @Nullable String hedgeAdvice,
        List<FactorAdvice> factorAdvice,
        List<Reason> topReasonsFor,
        @Nullable Reason strongestReasonAgainst,
        List<Reason> weighed,
        @Nullable Counterfactual counterfactual,
        List<Reread> rereadBeforeRelying,
        String modelVersion) {

    /** Copies the lists so a suggestion is immutable. */
    public Suggestion {
        factorAdvice = List.copyOf(factorAdvice);
        topReasonsFor = List.copyOf(topReasonsFor);
        weighed = List.copyOf(weighed);
        rereadBeforeRelying = List.copyOf(rereadBeforeRelying);
    }
}
