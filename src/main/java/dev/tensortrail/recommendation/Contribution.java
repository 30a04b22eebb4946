package dev.tensortrail.recommendation;

/** One applicable factor's part of the score, before it is presented as a {@link Reason}. */
record Contribution(Factor factor, int importance, int lean) {

    /** {@code importance x lean}: negative toward TensorFlow, positive toward PyTorch. */
    int value() {
        return importance * lean;
    }

    Reason toReason() {
        return new Reason(
                factor.id(),
                factor.title(),
                importance,
                lean,
                value(),
                factor.evidence(),
                factor.source(),
                factor.asOf());
    }
}
