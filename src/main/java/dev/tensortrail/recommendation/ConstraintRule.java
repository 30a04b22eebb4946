package dev.tensortrail.recommendation;

import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Hard constraints decide before any scoring. */
final class ConstraintRule {

    private ConstraintRule() {}

    /** The decision the profile's hard constraints force, or null when it sets none. */
    static @Nullable ConstraintDecision decide(Profile profile) {
        Set<HardConstraint> constraints = profile.hardConstraints();
        if (constraints.isEmpty()) {
            return null;
        }
        Set<Framework> required =
                constraints.stream().map(HardConstraint::requires).collect(Collectors.toSet());
        if (required.size() > 1) {
            // Picking either side would silently break a requirement the learner called
            // non-negotiable, so the honest answer is to surface the conflict.
            String reasons = constraints.stream().map(HardConstraint::reason).collect(Collectors.joining("; and "));
            return new ConstraintDecision(
                    constraints,
                    Outcome.CONFLICT,
                    "Your hard constraints conflict: " + reasons + ". No single framework satisfies both,"
                            + " so settle this with your team before any code is written; the scores are"
                            + " shown for planning only.");
        }
        HardConstraint constraint = constraints.iterator().next();
        return new ConstraintDecision(
                constraints,
                Outcome.of(constraint.requires()),
                capitalised(constraint.reason()) + ", so the suggestion is " + displayName(constraint.requires())
                        + " whatever the scores say.");
    }

    private static String capitalised(String clause) {
        return Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
    }

    private static String displayName(Framework framework) {
        return switch (framework) {
            case TENSORFLOW -> "TensorFlow (with Keras)";
            case PYTORCH -> "PyTorch";
        };
    }
}
