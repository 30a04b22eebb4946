package dev.tensortrail.recommendation;

import java.util.ArrayList;
import java.util.List;

/**
 * The scores for one set of answers.
 *
 * @param contributions every applicable factor's contribution, in file order (zero and
 *     uncounted ones included, because the explanation, hedge rule and factor advice still
 *     look at them)
 * @param tensorflowScore sum of the counted TensorFlow-side contributions, as a positive number
 * @param pytorchScore sum of the counted PyTorch-side contributions
 */
record Tally(List<Contribution> contributions, int tensorflowScore, int pytorchScore) {

    static Tally of(DecisionModelDefinition model, Profile profile, Importances importances) {
        List<Contribution> contributions = new ArrayList<>();
        // Iterate the model's factors, not the profile's set, so the order (and therefore
        // every tie-break) is the file order however the caller built the set.
        for (Factor factor : model.factors()) {
            if (profile.applicableFactorIds().contains(factor.id())) {
                contributions.add(new Contribution(
                        factor, importances.of(factor.id()), factor.lean().valueFor(profile.teamFramework()), true));
            }
        }
        if (model.deploymentCounting() == DeploymentCounting.STRONGEST) {
            keepStrongestDeploymentTargetPerSide(contributions);
        }
        int tensorflow = 0;
        int pytorch = 0;
        for (Contribution c : contributions) {
            if (c.countedValue() < 0) {
                tensorflow -= c.countedValue();
            } else {
                pytorch += c.countedValue();
            }
        }
        return new Tally(List.copyOf(contributions), tensorflow, pytorch);
    }

    private static void keepStrongestDeploymentTargetPerSide(List<Contribution> contributions) {
        for (int side : new int[] {-1, 1}) {
            int strongest = -1;
            for (int i = 0; i < contributions.size(); i++) {
                Contribution c = contributions.get(i);
                if (c.factor().deploymentTarget()
                        && Integer.signum(c.value()) == side
                        && (strongest < 0
                                || Math.abs(c.value())
                                        > Math.abs(contributions.get(strongest).value()))) {
                    strongest = i;
                }
            }
            for (int i = 0; i < contributions.size(); i++) {
                Contribution c = contributions.get(i);
                if (i != strongest && c.factor().deploymentTarget() && Integer.signum(c.value()) == side) {
                    contributions.set(i, c.uncounted());
                }
            }
        }
    }

    int margin() {
        return Math.abs(pytorchScore - tensorflowScore);
    }

    /** "Either" when the margin is at most the threshold; otherwise the side with more score. */
    Outcome outcome(int eitherMargin) {
        if (margin() <= eitherMargin) {
            return Outcome.EITHER;
        }
        return pytorchScore > tensorflowScore ? Outcome.PYTORCH : Outcome.TENSORFLOW;
    }
}
