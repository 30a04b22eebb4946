package dev.tensortrail.recommendation;

import java.util.List;
import java.util.Objects;

/**
 * Chooses the hedge for a score-based "either" and collects factor advice.
 *
 * <p>Rule: add up the importance of every applicable factor tagged with each hedge in the
 * decision-model file ({@code hedge: keras-3} or {@code hedge: onnx}). ONNX is chosen only when
 * its total is strictly larger; otherwise Keras 3. So Keras 3 wins when a high-level API or
 * TPUs matter at least as much as where the trained model runs, and ONNX wins when deployment
 * targets (servers, the JVM, phones, the browser) dominate. Ties and "no signal" go to Keras 3
 * because it lets a beginner defer the choice at the code level (curriculum facts, section 4),
 * while ONNX only helps once there is a trained model to ship.
 */
final class HedgeRule {

    private HedgeRule() {}

    static Hedge choose(Tally tally) {
        int keras = weightFor(tally, Hedge.KERAS_3);
        int onnx = weightFor(tally, Hedge.ONNX);
        return onnx > keras ? Hedge.ONNX : Hedge.KERAS_3;
    }

    /** Advice from factors that matter to the learner (importance at least 1), in file order. */
    static List<String> factorAdvice(Tally tally) {
        return tally.contributions().stream()
                .filter(c -> c.importance() > 0)
                .map(c -> c.factor().hedgeText())
                .filter(Objects::nonNull)
                .toList();
    }

    private static int weightFor(Tally tally, Hedge hedge) {
        return tally.contributions().stream()
                .filter(c -> c.factor().hedge() == hedge)
                .mapToInt(Contribution::importance)
                .sum();
    }
}
