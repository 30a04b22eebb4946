package dev.tensortrail.recommendation;

import dev.tensortrail.progress.MasteryLevel;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The model's answer, with everything needed to explain and challenge it.
 *
 * @param outcome TensorFlow, PyTorch or "either"
 * @param tensorflowScore sum of {@code importance x |lean|} over applicable factors leaning to
 *     TensorFlow
 * @param pytorchScore sum of {@code importance x |lean|} over applicable factors leaning to
 *     PyTorch
 * @param margin {@code |pytorchScore - tensorflowScore|}
 * @param eitherMargin the threshold that was in force (the file default or an override)
 * @param confidence how firmly the outcome is held; see {@link Confidence} for the rule
 * @param decidedByConstraint the hard constraint(s) that set the outcome, or null when the
 *     scores did; two conflicting constraints give {@link Outcome#EITHER} with the conflict
 *     explained here
 * @param hedge for a score-based "either", the hedge to use (see {@link DecisionModel} for the
 *     rule); null otherwise
 * @param hedgeAdvice the hedge's advice for the learner, or null with no hedge
 * @param factorAdvice advice attached to factors that matter to the learner (e.g. the
 *     high-level-API factor's pointer to Keras 3, Lightning or fastai), whatever the outcome
 * @param topReasonsFor up to three largest contributions on the winning side; for "either", the
 *     largest contributions on both sides, since those are what balance out
 * @param strongestReasonAgainst the largest contribution on the losing side, or null (always
 *     null for "either")
 * @param counterfactual the smallest single-answer change that changes the outcome, or null
 *     when no single change of one applicable factor's importance does
 * @param rereadBeforeRelying deciding factors whose skill is below
 *     {@link MasteryLevel#PROFICIENT}, with the lesson to re-read
 * @param modelVersion the decision-model version that produced this suggestion
 */
public record Suggestion(
        Outcome outcome,
        int tensorflowScore,
        int pytorchScore,
        int margin,
        int eitherMargin,
        Confidence confidence,
        @Nullable ConstraintDecision decidedByConstraint,
        @Nullable Hedge hedge,
        @Nullable String hedgeAdvice,
        List<String> factorAdvice,
        List<Reason> topReasonsFor,
        @Nullable Reason strongestReasonAgainst,
        @Nullable Counterfactual counterfactual,
        List<Reread> rereadBeforeRelying,
        String modelVersion) {

    /** Copies the lists so a suggestion is immutable. */
    public Suggestion {
        factorAdvice = List.copyOf(factorAdvice);
        topReasonsFor = List.copyOf(topReasonsFor);
        rereadBeforeRelying = List.copyOf(rereadBeforeRelying);
    }
}
