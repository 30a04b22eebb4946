package dev.tensortrail.recommendation;

/**
 * A requirement that settles the suggestion on its own, before any scoring (section 6 of the
 * curriculum facts, and the "Hard constraints decide alone" part of the decisions lessons).
 */
enum HardConstraint {
    /** TFX's Trainer and Pusher work with TensorFlow models, so keeping the pipeline means TensorFlow. */
    MUST_KEEP_TFX_PIPELINE(
            Framework.TENSORFLOW,
            "wants_tfx_platform",
            "you must keep an existing TFX pipeline, and its components train and push TensorFlow models"),
    /** Transformers v5 is PyTorch-only, so needing it means PyTorch. */
    MUST_USE_TRANSFORMERS_V5(
            Framework.PYTORCH,
            "hf_or_llm_checkpoints",
            "you must use Hugging Face Transformers v5, which is PyTorch-only");

    private final Framework requires;
    private final String factorId;
    private final String reason;

    HardConstraint(Framework requires, String factorId, String reason) {
        this.requires = requires;
        this.factorId = factorId;
        this.reason = reason;
    }

    /** The only framework that satisfies this constraint. */
    public Framework requires() {
        return requires;
    }

    /**
     * The factor whose lesson teaches the evidence behind this constraint; it counts as a
     * deciding factor when the constraint decides.
     */
    public String factorId() {
        return factorId;
    }

    /** Why the constraint forces its framework: a lower-case clause without a full stop. */
    public String reason() {
        return reason;
    }
}
