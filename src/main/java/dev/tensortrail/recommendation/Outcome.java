package dev.tensortrail.recommendation;

/**
 * What the model suggests. The order of the first three is meaningful: it runs from TensorFlow
 * through "either" to PyTorch, the same direction as a lean from -2 to +2, so their
 * {@link #ordinal()} can be compared to ask whether a change moved the suggestion toward one
 * side. {@link #CONFLICT} is outside that scale: only hard constraints produce it, and no
 * change of importance moves into or out of it.
 */
public enum Outcome {
    /** TensorFlow (with Keras). */
    TENSORFLOW,
    /** Either will do, with Keras 3 or ONNX as a hedge. */
    EITHER,
    /** PyTorch. */
    PYTORCH,
    /** Two hard constraints require different frameworks: no framework satisfies both. */
    CONFLICT;

    /** The outcome that names {@code framework}. */
    public static Outcome of(Framework framework) {
        return switch (framework) {
            case TENSORFLOW -> TENSORFLOW;
            case PYTORCH -> PYTORCH;
        };
    }
}
