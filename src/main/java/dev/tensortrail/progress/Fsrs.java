package dev.tensortrail.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The FSRS-6 spaced-repetition scheduler (Free Spaced Repetition Scheduler, 21 weights), in one class.
 *
 * <p>This is a port of the scheduling rules of the reference implementation
 * <a href="https://github.com/open-spaced-repetition/py-fsrs">open-spaced-repetition/py-fsrs</a>,
 * file {@code fsrs/scheduler.py} at commit {@code 06dda32a82004ba32b3f659b32e6f14e3ac2972c} (FSRS-6: 21 weights,
 * {@code w[20]} being the trainable forgetting-curve decay). The default weights, parameter bounds, (re)learning-step
 * rules and formulas below are taken from that file.
 *
 * <p>Checked against the reference's published test vectors from py-fsrs {@code tests/test_basic.py} (FSRS-6
 * version: {@code test_custom_scheduler_args} interval history {@code [0, 4, 14, 45, 135, 372, 0, 0, 2, 5, 10, 20, 40]},
 * {@code test_memo_state} stability 49.4472 / difficulty 6.8271, {@code test_repeated_correct_reviews}). Those vectors
 * were published for py-fsrs's earlier FSRS-6 default weights {@code [0.2172, 1.1771, 3.2602, ...]}; the algorithm is
 * the same, so {@code FsrsTest} runs them with those weights, and pins the results of the current defaults separately.
 *
 * <p>Deliberate differences from the reference: no fuzzing (results are deterministic), no review logs, no card ids,
 * and the review time is always passed in (the application injects a {@code Clock}). Instances are immutable and
 * thread-safe.
 *
 * <p>Ratings map to the grade {@code G} of the formulas: AGAIN=1, HARD=2, GOOD=3, EASY=4.
 */
@NullMarked
final class Fsrs {

    /** The answer the learner gave; {@link #grade()} is the value {@code G} (1..4) used in the formulas. */
    public enum Rating {
        AGAIN,
        HARD,
        GOOD,
        EASY;

        /** The FSRS grade G: 1 for AGAIN up to 4 for EASY. */
        public int grade() {
            return ordinal() + 1;
        }
    }

    /** Learning state of a card, as in the reference (new cards start in LEARNING at step 0). */
    public enum State {
        LEARNING,
        REVIEW,
        RELEARNING
    }

    /**
     * Scheduling state of one card. Immutable; {@link Fsrs#review} returns a new instance.
     *
     * @param state      current learning state
     * @param step       index into the (re)learning steps while LEARNING/RELEARNING; {@code null} in REVIEW
     * @param stability  memory stability S in days (days until retrievability falls to 90%); {@code null} before the
     *                   first review
     * @param difficulty memory difficulty D in [1, 10]; {@code null} before the first review
     * @param due        when the card should be shown next
     * @param lastReview when the card was last reviewed; {@code null} before the first review
     */
    public record Card(
            State state,
            @Nullable Integer step,
            @Nullable Double stability,
            @Nullable Double difficulty,
            Instant due,
            @Nullable Instant lastReview) {

        /** Validates the invariants the scheduler relies on. */
        public Card {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(due, "due");
            if (state == State.REVIEW && step != null) {
                throw new IllegalArgumentException("a REVIEW card has no step, got step " + step);
            }
            if (state != State.REVIEW && (step == null || step < 0)) {
                throw new IllegalArgumentException("a " + state + " card needs a step >= 0, got " + step);
            }
            if ((stability == null) != (difficulty == null)) {
                throw new IllegalArgumentException("stability and difficulty must both be set or both be null");
            }
            if (stability == null && state != State.LEARNING) {
                throw new IllegalArgumentException("a " + state + " card needs stability and difficulty");
            }
            if (stability != null && !(stability > 0 && Double.isFinite(stability))) {
                throw new IllegalArgumentException("stability must be a positive number, got " + stability);
            }
            if (difficulty != null && !Double.isFinite(difficulty)) {
                throw new IllegalArgumentException("difficulty must be a finite number, got " + difficulty);
            }
        }

        /** A never-reviewed card, due immediately: LEARNING at step 0 without a memory state. */
        public static Card fresh(Instant now) {
            return new Card(State.LEARNING, 0, null, null, now, null);
        }
    }

    /**
     * Scheduler settings.
     *
     * @param weights             the 21 FSRS-6 model weights w0..w20 (copied; each must lie within the reference's
     *                            bounds)
     * @param desiredRetention    target probability of recall at the due date, strictly between 0 and 1
     * @param learningSteps       short waits for new cards before they graduate to REVIEW (may be empty)
     * @param relearningSteps     short waits after a lapse before the card returns to REVIEW (may be empty)
     * @param maximumIntervalDays upper bound for review intervals, at least 1
     */
    public record Parameters(
            double[] weights,
            double desiredRetention,
            List<Duration> learningSteps,
            List<Duration> relearningSteps,
            int maximumIntervalDays) {

        /** FSRS-6 default weights, {@code DEFAULT_PARAMETERS} in py-fsrs {@code fsrs/scheduler.py}. */
        private static final double[] DEFAULT_WEIGHTS = {
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
            1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
        };
        /** Per-weight bounds, {@code LOWER_/UPPER_BOUNDS_PARAMETERS} in the reference. */
        private static final double[] LOWER_BOUNDS = {
            0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0,
            0.0, 0.0, 0.0, 0.1,
        };

        private static final double[] UPPER_BOUNDS = {
            100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0,
            0.8, 0.8,
        };
        /** Number of weights of FSRS-6. */
        public static final int WEIGHT_COUNT = DEFAULT_WEIGHTS.length;

        /** Validates and defensively copies the settings. */
        public Parameters {
            Objects.requireNonNull(weights, "weights");
            if (weights.length != WEIGHT_COUNT) {
                throw new IllegalArgumentException(
                        "FSRS-6 needs exactly " + WEIGHT_COUNT + " weights, got " + weights.length);
            }
            weights = weights.clone();
            List<String> outOfBounds = new ArrayList<>();
            for (int i = 0; i < WEIGHT_COUNT; i++) {
                // written so that NaN is out of bounds too
                if (!(weights[i] >= LOWER_BOUNDS[i] && weights[i] <= UPPER_BOUNDS[i])) {
                    outOfBounds.add("weights[" + i + "] = " + weights[i] + " is outside [" + LOWER_BOUNDS[i] + ", "
                            + UPPER_BOUNDS[i] + "]");
                }
            }
            if (!outOfBounds.isEmpty()) {
                throw new IllegalArgumentException("weights out of bounds: " + String.join("; ", outOfBounds));
            }
            if (!(desiredRetention > 0 && desiredRetention < 1)) {
                throw new IllegalArgumentException(
                        "desiredRetention must be strictly between 0 and 1, got " + desiredRetention);
            }
            learningSteps = checkedSteps("learningSteps", learningSteps);
            relearningSteps = checkedSteps("relearningSteps", relearningSteps);
            if (maximumIntervalDays < 1) {
                throw new IllegalArgumentException(
                        "maximumIntervalDays must be at least 1, got " + maximumIntervalDays);
            }
        }

        /**
         * The reference defaults: FSRS-6 default weights, desired retention 0.9, learning steps 1 min and 10 min,
         * relearning step 10 min, maximum interval 36500 days.
         */
        public static Parameters defaults() {
            return new Parameters(
                    DEFAULT_WEIGHTS,
                    0.9,
                    List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                    List.of(Duration.ofMinutes(10)),
                    36_500);
        }

        /** A copy with another desired retention. */
        public Parameters withDesiredRetention(double retention) {
            return new Parameters(weights, retention, learningSteps, relearningSteps, maximumIntervalDays);
        }

        /** A copy with another maximum interval. */
        public Parameters withMaximumIntervalDays(int days) {
            return new Parameters(weights, desiredRetention, learningSteps, relearningSteps, days);
        }

        /** A copy with other learning and relearning steps. */
        public Parameters withSteps(List<Duration> learning, List<Duration> relearning) {
            return new Parameters(weights, desiredRetention, learning, relearning, maximumIntervalDays);
        }

        /** A copy of the weights (the record must stay immutable). */
        @Override
        public double[] weights() {
            return weights.clone();
        }

        // Records compare arrays by identity; compare the weights by value instead.
        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Parameters p
                    && Arrays.equals(weights, p.weights)
                    && Double.compare(desiredRetention, p.desiredRetention) == 0
                    && learningSteps.equals(p.learningSteps)
                    && relearningSteps.equals(p.relearningSteps)
                    && maximumIntervalDays == p.maximumIntervalDays;
        }

        @Override
        public int hashCode() {
            return Objects.hash(
                    Arrays.hashCode(weights), desiredRetention, learningSteps, relearningSteps, maximumIntervalDays);
        }

        @Override
        public String toString() {
            return "Parameters[weights=" + Arrays.toString(weights) + ", desiredRetention=" + desiredRetention
                    + ", learningSteps=" + learningSteps + ", relearningSteps=" + relearningSteps
                    + ", maximumIntervalDays=" + maximumIntervalDays + "]";
        }

        private static List<Duration> checkedSteps(String name, List<Duration> steps) {
            Objects.requireNonNull(steps, name);
            for (int i = 0; i < steps.size(); i++) {
                Duration step = steps.get(i);
                if (step == null || step.isZero() || step.isNegative()) {
                    throw new IllegalArgumentException(name + "[" + i + "] must be a positive duration, got " + step);
                }
            }
            return List.copyOf(steps);
        }
    }

    /** Stabilities are kept at or above this floor ({@code STABILITY_MIN} in the reference). */
    static final double STABILITY_MIN = 0.001;

    private static final double MIN_DIFFICULTY = 1.0;
    private static final double MAX_DIFFICULTY = 10.0;

    private final Parameters parameters;
    private final double[] w;
    /** Exponent of the power forgetting curve: -w20. */
    private final double decay;
    /** Chosen so that R(t = S, S) = 0.9, which is what makes S "the stability". */
    private final double factor;

    /** Creates a scheduler; the parameters were already validated by {@link Parameters}. */
    public Fsrs(Parameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.w = parameters.weights();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** The settings of this scheduler. */
    public Parameters parameters() {
        return parameters;
    }

    /**
     * Applies one review and returns the updated card (new memory state, state, step, due date and last review).
     *
     * @param card       the card as it was before this review
     * @param rating     the learner's answer
     * @param reviewedAt when the answer was given
     * @return the rescheduled card; the input is not modified
     */
    public Card review(Card card, Rating rating, Instant reviewedAt) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(reviewedAt, "reviewedAt");

        // 1. Memory state. The reference uses the same rules in all three states.
        double stability;
        double difficulty;
        if (card.stability() == null || card.difficulty() == null) {
            stability = initialStability(rating);
            difficulty = clampDifficulty(initialDifficulty(rating));
        } else if (card.lastReview() != null
                && Duration.between(card.lastReview(), reviewedAt).toDays() < 1) {
            // Reviewed again on the same day: the long-term model does not apply (R would be ~1).
            stability = shortTermStability(card.stability(), rating);
            difficulty = nextDifficulty(card.difficulty(), rating);
        } else {
            double r = retrievability(card, reviewedAt);
            stability = rating == Rating.AGAIN
                    ? stabilityAfterForgetting(card.difficulty(), card.stability(), r)
                    : stabilityAfterRecall(card.difficulty(), card.stability(), r, rating);
            difficulty = nextDifficulty(card.difficulty(), rating);
        }

        // 2. Next state and wait. Short (re)learning steps come first; only REVIEW uses day intervals.
        return switch (card.state()) {
            case LEARNING ->
                throughSteps(
                        State.LEARNING,
                        parameters.learningSteps(),
                        card.step(),
                        stability,
                        difficulty,
                        rating,
                        reviewedAt);
            case RELEARNING ->
                throughSteps(
                        State.RELEARNING,
                        parameters.relearningSteps(),
                        card.step(),
                        stability,
                        difficulty,
                        rating,
                        reviewedAt);
            case REVIEW ->
                rating == Rating.AGAIN && !parameters.relearningSteps().isEmpty()
                        ? new Card(
                                State.RELEARNING,
                                0,
                                stability,
                                difficulty,
                                reviewedAt.plus(parameters.relearningSteps().get(0)),
                                reviewedAt)
                        : graduated(stability, difficulty, reviewedAt);
        };
    }

    /**
     * Probability that the card is recalled at {@code now}: the power forgetting curve
     * R(t, S) = (1 + factor * t / S)^(-w20), with t the whole days elapsed since the last review.
     * A never-reviewed card has retrievability 0.
     */
    public double retrievability(Card card, Instant now) {
        if (card.lastReview() == null || card.stability() == null) {
            return 0;
        }
        // Whole days, like the reference (timedelta.days): FSRS works at day granularity.
        long elapsedDays = Math.max(0, Duration.between(card.lastReview(), now).toDays());
        return Math.pow(1 + factor * elapsedDays / card.stability(), decay);
    }

    /**
     * Interval from stability and retention: the number of whole days after which retrievability falls to the desired
     * retention, I(r, S) = S / factor * (r^(1/decay) - 1), rounded and kept within [1, maximumIntervalDays].
     *
     * @param stability memory stability in days, positive
     */
    public int nextIntervalDays(double stability) {
        if (!(stability > 0 && Double.isFinite(stability))) {
            throw new IllegalArgumentException("stability must be a positive number, got " + stability);
        }
        double days = stability / factor * (Math.pow(parameters.desiredRetention(), 1 / decay) - 1);
        // Math.rint rounds half to even, like Python's round() in the reference.
        double rounded = Math.rint(days);
        return (int) Math.min(Math.max(rounded, 1), parameters.maximumIntervalDays());
    }

    // ---- scheduling through (re)learning steps --------------------------------------------------------------

    private Card throughSteps(
            State state,
            List<Duration> steps,
            @Nullable Integer currentStep,
            double stability,
            double difficulty,
            Rating rating,
            Instant reviewedAt) {
        int step = currentStep == null ? 0 : currentStep;
        // No steps configured, or the card was scheduled with more steps than we have now: go straight to REVIEW.
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
            return graduated(stability, difficulty, reviewedAt);
        }
        return switch (rating) {
            case AGAIN -> new Card(state, 0, stability, difficulty, reviewedAt.plus(steps.get(0)), reviewedAt);
            case HARD ->
                new Card(state, step, stability, difficulty, reviewedAt.plus(hardWait(steps, step)), reviewedAt);
            case GOOD ->
                step + 1 == steps.size()
                        ? graduated(stability, difficulty, reviewedAt)
                        : new Card(
                                state,
                                step + 1,
                                stability,
                                difficulty,
                                reviewedAt.plus(steps.get(step + 1)),
                                reviewedAt);
            case EASY -> graduated(stability, difficulty, reviewedAt);
        };
    }

    /** HARD repeats the current step; on the first step it waits a bit longer than AGAIN would (reference rule). */
    private static Duration hardWait(List<Duration> steps, int step) {
        if (step == 0 && steps.size() == 1) {
            return steps.get(0).multipliedBy(3).dividedBy(2);
        }
        if (step == 0) {
            return steps.get(0).plus(steps.get(1)).dividedBy(2);
        }
        return steps.get(step);
    }

    private Card graduated(double stability, double difficulty, Instant reviewedAt) {
        return new Card(
                State.REVIEW,
                null,
                stability,
                difficulty,
                reviewedAt.plus(Duration.ofDays(nextIntervalDays(stability))),
                reviewedAt);
    }

    // ---- the FSRS-6 formulas ---------------------------------------------------------------------------------

    /** Initial stability S0(G) = w[G-1]: the first answer picks one of four fitted stabilities. */
    private double initialStability(Rating rating) {
        return clampStability(w[rating.grade() - 1]);
    }

    /** Initial difficulty D0(G) = w4 - e^(w5 * (G - 1)) + 1 (not clamped; mean reversion uses the raw D0(4)). */
    private double initialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
    }

    /**
     * Next difficulty with linear damping and mean reversion:
     * dD = -w6 * (G - 3); D' = D + dD * (10 - D) / 9 (damping: changes shrink as D nears 10);
     * D'' = w7 * D0(4) + (1 - w7) * D' (mean reversion towards the difficulty of an EASY first answer); clamped to
     * [1, 10].
     */
    private double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        double damped = difficulty + delta * (10 - difficulty) / 9;
        double reverted = w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    /**
     * Stability after recall (HARD/GOOD/EASY):
     * S'r = S * (1 + e^w8 * (11 - D) * S^(-w9) * (e^(w10 * (1 - R)) - 1) * hardPenalty * easyBonus),
     * with hardPenalty = w15 for HARD and easyBonus = w16 for EASY. Growth is larger for easy cards, small S and low R.
     */
    private double stabilityAfterRecall(double difficulty, double stability, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        double growth = Math.exp(w[8])
                * (11 - difficulty)
                * Math.pow(stability, -w[9])
                * (Math.exp((1 - retrievability) * w[10]) - 1)
                * hardPenalty
                * easyBonus;
        return clampStability(stability * (1 + growth));
    }

    /**
     * Stability after forgetting (AGAIN, post-lapse):
     * S'f = w11 * D^(-w12) * ((S + 1)^w13 - 1) * e^(w14 * (1 - R)), but never above S / e^(w17 * w18) so that a lapse
     * cannot increase stability.
     */
    private double stabilityAfterForgetting(double difficulty, double stability, double retrievability) {
        double longTerm = w[11]
                * Math.pow(difficulty, -w[12])
                * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp((1 - retrievability) * w[14]);
        double shortTermCap = stability / Math.exp(w[17] * w[18]);
        return clampStability(Math.min(longTerm, shortTermCap));
    }

    /**
     * Short-term stability (same-day review): S' = S * e^(w17 * (G - 3 + w18)) * S^(-w19); for GOOD/EASY the factor
     * is at least 1 so that a successful same-day review never lowers stability.
     */
    private double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1);
        }
        return clampStability(stability * increase);
    }

    private static double clampStability(double stability) {
        return Math.max(stability, STABILITY_MIN);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
