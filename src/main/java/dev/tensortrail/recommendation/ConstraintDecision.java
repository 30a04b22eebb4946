package dev.tensortrail.recommendation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Why hard constraints, not scores, set the outcome.
 *
 * @param constraints the hard constraints that applied
 * @param outcome the framework they force, or {@link Outcome#CONFLICT} when they conflict
 * @param explanation a sentence or two for the learner
 */
public record ConstraintDecision(Set<HardConstraint> constraints, Outcome outcome, String explanation) {

    /**
     * Copies the set, keeping declaration order so explanations read the same on every run.
     *
     * @throws IllegalArgumentException if no constraint is given
     */
    public ConstraintDecision {
        if (constraints.isEmpty()) {
            throw new IllegalArgumentException("a constraint decision needs at least one hard constraint");
        }
        constraints = Collections.unmodifiableSet(EnumSet.copyOf(constraints));
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Whether the constraints conflict.
     *
     * @return true when two constraints demand different frameworks, so no framework satisfies both
     */
    public boolean conflicting() {
        return constraints.stream().map(HardConstraint::requires).distinct().count() > 1;
    }
}
