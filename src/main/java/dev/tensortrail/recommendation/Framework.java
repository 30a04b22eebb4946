package dev.tensortrail.recommendation;

/** The two frameworks TensorTrail compares. */
public enum Framework {
    /** TensorFlow, usually with Keras. */
    TENSORFLOW,
    /** PyTorch. */
    PYTORCH
}
