package dev.tensortrail.recommendation;

/** The two frameworks TensorTrail compares. */
enum Framework {
    /** TensorFlow, usually with Keras. */
    TENSORFLOW,
    /** PyTorch. */
    PYTORCH
}
