package dev.tensortrail.recommendation;

/** A tool that keeps part of the work portable when the honest answer is "either". */
enum Hedge {
    /** Keeps the model code portable: Keras 3 runs the same code on JAX, TensorFlow or PyTorch. */
    KERAS_3(
            "keras-3",
            "Keras 3",
            "Write the model in Keras 3, which runs the same code on JAX, TensorFlow or PyTorch and exports it "
                    + "to a SavedModel, ONNX, OpenVINO, LiteRT or a torch module, to keep the choice open."),
    /** Keeps the trained model portable: ONNX Runtime runs exports from either framework. */
    ONNX(
            "onnx",
            "ONNX",
            "Export the trained model to ONNX and run it with ONNX Runtime, which works on servers, phones "
                    + "and in the browser, with Java, C#, C++ and Python APIs, to keep the choice open.");

    private final String fileKey;
    private final String displayName;
    private final String advice;

    Hedge(String fileKey, String displayName, String advice) {
        this.fileKey = fileKey;
        this.displayName = displayName;
        this.advice = advice;
    }

    /** The spelling used in the decision-model file, e.g. {@code keras-3}. */
    public String fileKey() {
        return fileKey;
    }

    /** The name shown to learners, e.g. "Keras 3". */
    public String displayName() {
        return displayName;
    }

    /** One or two sentences telling the learner how to use this hedge. */
    public String advice() {
        return advice;
    }
}
