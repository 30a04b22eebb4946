package dev.tensortrail.recommendation;

/**
 * One applicable factor's part of the score, before it is presented as a {@link Reason}.
 *
 * @param factor the factor
 * @param importance the learner's importance for it
 * @param lean the lean that applied (for the team factor, the profile-dependent value)
 * @param counted false for a deployment target that is not its side's strongest, when
 *     deployment targets count as alternatives ({@link DeploymentCounting#STRONGEST})
 */
record Contribution(Factor factor, int importance, int lean, boolean counted) {

    /** {@code importance x lean}: negative toward TensorFlow, positive toward PyTorch. */
    int value() {
        return importance * lean;
    }

    /** What this contribution adds to the scores: its value when counted, otherwise 0. */
    int countedValue() {
        return counted ? value() : 0;
    }

    Contribution uncounted() {
        return new Contribution(factor, importance, lean, false);
    }

    Reason toReason() {
        return new Reason(
                factor.id(),
                factor.title(),
                importance,
                lean,
                value(),
                counted,
                factor.deploymentTarget(),
                factor.evidence(),
                factor.source(),
                factor.asOf());
    }
}
