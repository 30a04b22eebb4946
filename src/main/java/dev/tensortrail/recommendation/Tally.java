package dev.tensortrail.recommendation;

import java.util.ArrayList;
import java.util.List;

/**
 * The scores for one set of answers.
 *
 * @param contributions every applicable factor's contribution, in file order (zero ones
 *     included, because the hedge rule and factor advice still look at them)
 * @param tensorflowScore sum of the TensorFlow-side contributions, as a positive number
 * @param pytorchScore sum of the PyTorch-side contributions
 */
record Tally(List<Contribution> contributions, int tensorflowScore, int pytorchScore) {

    static Tally of(List<Factor> factors, Profile profile, Importances importances) {
        List<Contribution> contributions = new ArrayList<>();
        int tensorflow = 0;
        int pytorch = 0;
        // Iterate the model's factors, not the profile's set, so the order (and therefore
        // every tie-break) is the file order however the caller built the set.
        for (Factor factor : factors) {
            if (!profile.applicableFactorIds().contains(factor.id())) {
                continue;
            }
            Contribution c = new Contribution(
                    factor, importances.of(factor.id()), factor.lean().valueFor(profile.teamFramework()));
            contributions.add(c);
            if (c.value() < 0) {
                tensorflow -= c.value();
            } else {
                pytorch += c.value();
            }
        }
        return new Tally(List.copyOf(contributions), tensorflow, pytorch);
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
