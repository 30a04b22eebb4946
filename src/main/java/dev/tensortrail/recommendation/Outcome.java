package dev.tensortrail.recommendation;

/**
 * What the model suggests. The declaration order is meaningful: it runs from TensorFlow
 * through "either" to PyTorch, the same direction as a lean from -2 to +2, so
 * {@link #ordinal()} can be compared to ask whether a change moved the suggestion toward
 * one side.
 */
public enum Outcome {
    /** TensorFlow (with Keras). */
    TENSORFLOW,
    /** Either will do; pick what the team knows, with Keras 3 or ONNX as a hedge. */
    EITHER,
    /** PyTorch. */
    PYTORCH;

    /** The outcome that names {@code framework}. */
    public static Outcome of(Framework framework) {
        return switch (framework) {
            case TENSORFLOW -> TENSORFLOW;
            case PYTORCH -> PYTORCH;
        };
    }
}
