package dev.tensortrail.recommendation;

/**
 * How the factors marked {@code deployment_target} add up: the decision-model file's
 * {@code deployment_targets} field. It is part of the data, not the code, so that a saved
 * suggestion replays with the rule of the model version that made it.
 */
enum DeploymentCounting {
    /** Every deployment target adds to its side (the 2025 model). */
    SUM("sum"),
    /**
     * Deployment targets are alternatives: on each side only the strongest contribution counts
     * (ties go to the factor first in the file); the others are shown as "not counted".
     */
    STRONGEST("strongest");

    private final String fileKey;

    DeploymentCounting(String fileKey) {
        this.fileKey = fileKey;
    }

    /** The spelling used in the decision-model file. */
    public String fileKey() {
        return fileKey;
    }
}
