package dev.tensortrail.recommendation;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Finds the smallest change of one applicable factor's importance that changes the outcome, by
 * re-running the model on each candidate (no templated "if X mattered more" text).
 *
 * <p>Search order, which is also the tie-break: smallest absolute change first; among equal
 * changes, the factor that comes first in the decision-model file; for the same factor, the
 * lower target importance (a decrease before an increase). All 6 importances of every applicable
 * factor are tried, so a null result means no single change flips the outcome.
 */
final class CounterfactualSearch {

    private CounterfactualSearch() {}

    static @Nullable Counterfactual find(
            Tally tally, Importances importances, Outcome current, Function<Importances, Outcome> rerun) {
        List<Contribution> applicable = tally.contributions();
        for (int distance = 1; distance <= Importances.MAX - Importances.MIN; distance++) {
            for (Contribution c : applicable) {
                String id = c.factor().id();
                int from = c.importance();
                for (int to : new int[] {from - distance, from + distance}) {
                    if (to < Importances.MIN || to > Importances.MAX) {
                        continue;
                    }
                    Outcome changed = rerun.apply(importances.with(id, to));
                    if (changed != current) {
                        return new Counterfactual(id, from, to, changed);
                    }
                }
            }
        }
        return null;
    }
}
