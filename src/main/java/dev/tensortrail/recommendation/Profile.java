package dev.tensortrail.recommendation;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The learner's situation, from the questionnaire.
 *
 * @param applicableFactorIds the factors that apply to the learner's project; only these are
 *     scored and only these are varied when looking for a counterfactual
 * @param teamFramework what the team or codebase already uses; sets the sign of a
 *     {@link Lean.FromTeam} lean
 * @param mustKeepTfxPipeline hard constraint: an existing TFX pipeline must stay
 * @param mustUseTransformersV5 hard constraint: Hugging Face Transformers v5 is required
 */
public record Profile(
        Set<String> applicableFactorIds,
        TeamFramework teamFramework,
        boolean mustKeepTfxPipeline,
        boolean mustUseTransformersV5) {

    /**
     * Copies the id set so later changes by the caller cannot alter a suggestion's input; the
     * copy is sorted so that iteration (and any error message) is the same on every run.
     */
    public Profile {
        applicableFactorIds = Collections.unmodifiableSortedSet(new TreeSet<>(applicableFactorIds));
        Objects.requireNonNull(teamFramework, "teamFramework");
    }

    /** A profile with these factors applying, no team framework and no hard constraints. */
    public static Profile applying(String... factorIds) {
        return new Profile(new TreeSet<>(Arrays.asList(factorIds)), TeamFramework.NONE, false, false);
    }

    /** This profile with the team using {@code team}. */
    public Profile withTeam(TeamFramework team) {
        return new Profile(applicableFactorIds, team, mustKeepTfxPipeline, mustUseTransformersV5);
    }

    /** This profile with the TFX-pipeline hard constraint. */
    public Profile keepingTfxPipeline() {
        return new Profile(applicableFactorIds, teamFramework, true, mustUseTransformersV5);
    }

    /** This profile with the Transformers v5 hard constraint. */
    public Profile usingTransformersV5() {
        return new Profile(applicableFactorIds, teamFramework, mustKeepTfxPipeline, true);
    }

    /** The hard constraints this profile sets, in declaration order. */
    public Set<HardConstraint> hardConstraints() {
        Set<HardConstraint> constraints = EnumSet.noneOf(HardConstraint.class);
        if (mustKeepTfxPipeline) {
            constraints.add(HardConstraint.MUST_KEEP_TFX_PIPELINE);
        }
        if (mustUseTransformersV5) {
            constraints.add(HardConstraint.MUST_USE_TRANSFORMERS_V5);
        }
        return constraints;
    }
}
