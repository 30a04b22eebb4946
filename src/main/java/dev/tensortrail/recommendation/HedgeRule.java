package dev.tensortrail.recommendation;

import java.util.List;

/**
 * Chooses the hedge for a score-based "either" and collects factor advice.
 *
 * <p>Rule: add up the importance of every applicable factor tagged with each hedge in the
 * decision-model file ({@code hedge: keras-3} or {@code hedge: onnx}). ONNX is chosen only when
 * its total is strictly larger; otherwise Keras 3. So Keras 3 wins when a high-level API, TPUs
 * or microcontrollers matter at least as much as where the trained model runs, and ONNX wins
 * when servers, the JVM, phones or the browser dominate. Ties and "no signal" go to Keras 3
 * because it lets a beginner defer the choice at the code level (curriculum facts, section 4),
 * while ONNX only helps once there is a trained model to ship.
 *
 * <p>A hedge is never offered when a factor that excludes it ({@code excludes_hedge}, e.g.
 * microcontrollers for ONNX, which ONNX Runtime does not target) matters most: its importance
 * is at least that of every other applicable factor.
 */
final class HedgeRule {

    private HedgeRule() {}

    static Hedge choose(Tally tally) {
        int keras = weightFor(tally, Hedge.KERAS_3);
        int onnx = weightFor(tally, Hedge.ONNX);
        Hedge preferred = onnx > keras ? Hedge.ONNX : Hedge.KERAS_3;
        Hedge other = preferred == Hedge.ONNX ? Hedge.KERAS_3 : Hedge.ONNX;
        if (excluded(tally, preferred) && !excluded(tally, other)) {
            return other;
        }
        return preferred;
    }

    /** Advice from factors that matter to the learner (importance at least 1), in file order. */
    static List<FactorAdvice> factorAdvice(Tally tally) {
        return tally.contributions().stream()
                .filter(c -> c.importance() > 0 && c.factor().advice() != null)
                .map(c -> new FactorAdvice(
                        c.factor().id(),
                        c.factor().title(),
                        c.importance(),
                        c.factor().advice()))
                .toList();
    }

    private static boolean excluded(Tally tally, Hedge hedge) {
        int most = tally.contributions().stream()
                .mapToInt(Contribution::importance)
                .max()
                .orElse(0);
        return tally.contributions().stream()
                .anyMatch(c -> c.factor().excludedHedge() == hedge && c.importance() > 0 && c.importance() >= most);
    }

    private static int weightFor(Tally tally, Hedge hedge) {
        return tally.contributions().stream()
                .filter(c -> c.factor().hedge() == hedge)
                .mapToInt(Contribution::importance)
                .sum();
    }
}
