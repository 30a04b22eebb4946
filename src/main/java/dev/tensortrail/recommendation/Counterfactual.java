package dev.tensortrail.recommendation;

/**
 * The smallest change of one answer that would change the suggestion.
 *
 * @param factorId the factor whose importance changes
 * @param from the importance the learner gave
 * @param to the importance that changes the outcome
 * @param resultingOutcome the outcome the model gives with that change
 */
record Counterfactual(String factorId, int from, int to, Outcome resultingOutcome) {

    /** How many importance points the change is. */
    public int distance() {
        return Math.abs(to - from);
    }
}
