package dev.tensortrail.recommendation;

import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Picks the reasons to show. Larger absolute contributions first; ties keep file order (the
 * sort is stable and contributions arrive in file order), so the choice is deterministic.
 * Zero contributions are never reasons: a factor that did not move the score explains nothing.
 */
final class ReasonRanking {

    static final int MAX_REASONS_FOR = 3;

    private ReasonRanking() {}

    /** Up to three reasons for {@code outcome}; for "either", the largest on both sides. */
    static List<Reason> topFor(Tally tally, Outcome outcome) {
        return ranked(tally, sideOf(outcome)).stream().limit(MAX_REASONS_FOR).toList();
    }

    /** The largest contribution on the losing side, or null (always null for "either"). */
    static @Nullable Reason strongestAgainst(Tally tally, Outcome outcome) {
        IntPredicate against = switch (outcome) {
            case TENSORFLOW -> v -> v > 0;
            case PYTORCH -> v -> v < 0;
            case EITHER -> v -> false;
        };
        List<Reason> ranked = ranked(tally, against);
        return ranked.isEmpty() ? null : ranked.getFirst();
    }

    private static IntPredicate sideOf(Outcome outcome) {
        return switch (outcome) {
            case TENSORFLOW -> v -> v < 0;
            case PYTORCH -> v -> v > 0;
            case EITHER -> v -> v != 0;
        };
    }

    private static List<Reason> ranked(Tally tally, IntPredicate side) {
        return tally.contributions().stream()
                .filter(c -> side.test(c.value()))
                .sorted(Comparator.comparingInt((Contribution c) -> Math.abs(c.value())).reversed())
                .map(Contribution::toReason)
                .toList();
    }
}
