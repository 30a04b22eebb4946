package dev.tensortrail.recommendation;

/** Which framework the learner's team or existing codebase already uses. */
public enum TeamFramework {
    /** The team or codebase uses TensorFlow (or Keras on TensorFlow). */
    TENSORFLOW,
    /** The team or codebase uses PyTorch. */
    PYTORCH,
    /** Both are in use, so switching cost does not favour either. */
    BOTH,
    /** No team or codebase yet, so there is no switching cost. */
    NONE
}
