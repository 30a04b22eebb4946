package dev.tensortrail.recommendation;

import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Picks the reasons to show. Larger absolute contributions first; ties keep file order (the
 * sort is stable and contributions arrive in file order), so the choice is deterministic.
 * Only counted, non-zero contributions are reasons: a factor that did not move the score
 * explains nothing (the explanation still lists it elsewhere).
 */
final class ReasonRanking {

    static final int MAX_REASONS_FOR = 3;

    private ReasonRanking() {}

    /**
     * Up to three reasons for {@code side}: for TensorFlow or PyTorch the largest on that side;
     * for "either" or a conflict the largest on both sides.
     */
    static List<Reason> topFor(Tally tally, Outcome side) {
        return ranked(tally, sideOf(side)).stream().limit(MAX_REASONS_FOR).toList();
    }

    /** The largest contribution against a TensorFlow or PyTorch outcome, or null (always null otherwise). */
    static @Nullable Reason strongestAgainst(Tally tally, Outcome outcome) {
        IntPredicate against = switch (outcome) {
            case TENSORFLOW -> v -> v > 0;
            case PYTORCH -> v -> v < 0;
            case EITHER, CONFLICT -> v -> false;
        };
        List<Reason> ranked = ranked(tally, against);
        return ranked.isEmpty() ? null : ranked.getFirst();
    }

    private static IntPredicate sideOf(Outcome outcome) {
        return switch (outcome) {
            case TENSORFLOW -> v -> v < 0;
            case PYTORCH -> v -> v > 0;
            case EITHER, CONFLICT -> v -> v != 0;
        };
    }

    private static List<Reason> ranked(Tally tally, IntPredicate side) {
        return tally.contributions().stream()
                .filter(c -> side.test(c.countedValue()))
                .sorted(Comparator.comparingInt((Contribution c) -> Math.abs(c.value()))
                        .reversed())
                .map(Contribution::toReason)
                .toList();
    }
}
