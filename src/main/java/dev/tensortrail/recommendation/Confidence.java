package dev.tensortrail.recommendation;

import org.jspecify.annotations.Nullable;

/**
 * How firmly the suggestion is held. It is read off the counterfactual (the smallest change of
 * one answer that changes the outcome), so the confidence line and the "what would change it"
 * line can never disagree:
 *
 * <ul>
 *   <li>{@link #DECIDED_BY_CONSTRAINT}: one hard constraint (or two that agree) set the
 *       outcome; only dropping the constraint changes it;
 *   <li>{@link #CONFLICTING_CONSTRAINTS}: two hard constraints require different frameworks;
 *   <li>{@link #NO_LEAN}: "either", and nothing the learner weighted leans either way (both
 *       scores 0);
 *   <li>{@link #TOO_CLOSE}: "either", with a margin within the threshold;
 *   <li>{@link #SLIGHT}: a lead that a change of {@value #SLIGHT_DISTANCE} points or less in one
 *       answer undoes;
 *   <li>{@link #MODERATE}: a lead that only a larger change of one answer undoes;
 *   <li>{@link #STRONG}: a lead that no change of a single answer undoes.
 * </ul>
 */
enum Confidence {
    /** A hard constraint (or two that agree) set the outcome. */
    DECIDED_BY_CONSTRAINT,
    /** Two hard constraints require different frameworks. */
    CONFLICTING_CONSTRAINTS,
    /** No change of a single answer undoes the lead. */
    STRONG,
    /** Only a change of more than {@value #SLIGHT_DISTANCE} points in one answer undoes the lead. */
    MODERATE,
    /** A change of at most {@value #SLIGHT_DISTANCE} points in one answer undoes the lead. */
    SLIGHT,
    /** "Either": the margin is within the threshold. */
    TOO_CLOSE,
    /** "Either": nothing the learner weighted leans to a side. */
    NO_LEAN;

    /** The largest change (in importance points) that still counts as "small". */
    public static final int SLIGHT_DISTANCE = 2;

    /** The confidence of a score-based decision, given the smallest change that flips it. */
    static Confidence ofScores(Tally tally, Outcome outcome, @Nullable Counterfactual counterfactual) {
        if (outcome == Outcome.EITHER) {
            return tally.tensorflowScore() == 0 && tally.pytorchScore() == 0 ? NO_LEAN : TOO_CLOSE;
        }
        if (counterfactual == null) {
            return STRONG;
        }
        return counterfactual.distance() <= SLIGHT_DISTANCE ? SLIGHT : MODERATE;
    }
}
