package dev.tensortrail.recommendation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The decision model as data: what {@link DecisionModelFile} reads from
 * {@code decision-model.yml}.
 *
 * @param version the model version, e.g. {@code 2025-12-01.1}, stored with each suggestion so
 *     old suggestions can be explained after the leans are tuned
 * @param eitherMargin the default threshold: a margin up to and including this value gives
 *     {@link Outcome#EITHER}
 * @param deploymentCounting how deployment targets add up
 * @param factors the factors, in file order (which is also the tie-break order everywhere)
 */
public record DecisionModelDefinition(
        String version, int eitherMargin, DeploymentCounting deploymentCounting, List<Factor> factors) {

    /**
     * Copies the factor list and checks the model as a whole.
     *
     * @throws IllegalArgumentException on a negative margin, no factors or duplicate factor ids
     */
    public DecisionModelDefinition {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(deploymentCounting, "deploymentCounting");
        factors = List.copyOf(factors);
        if (eitherMargin < 0) {
            throw new IllegalArgumentException("either margin must not be negative, was " + eitherMargin);
        }
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("a decision model needs at least one factor");
        }
        Set<String> seen = new HashSet<>();
        for (Factor factor : factors) {
            if (!seen.add(factor.id())) {
                throw new IllegalArgumentException("duplicate factor id '" + factor.id() + "'");
            }
        }
    }

    /** The factor whose lean follows the team's framework, if the model has one. */
    public Optional<Factor> teamFactor() {
        return factors.stream().filter(f -> f.lean() instanceof Lean.FromTeam).findFirst();
    }

    /** The factor with this id, if the model has one. */
    public Optional<Factor> factor(String id) {
        return factors.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
