package dev.tensortrail.recommendation;

/**
 * How firmly the suggestion is held. The rule, with {@code T} the either-margin in force and
 * {@code U = max(T, 1)}:
 *
 * <ul>
 *   <li>{@link #DECIDED_BY_CONSTRAINT}: a hard constraint (or a conflict between two) set the
 *       outcome, whatever the scores say;
 *   <li>{@link #TOO_CLOSE}: {@code margin <= T}, so the outcome is {@link Outcome#EITHER};
 *   <li>{@link #SLIGHT}: {@code T < margin <= 2U};
 *   <li>{@link #MODERATE}: {@code 2U < margin <= 4U};
 *   <li>{@link #STRONG}: {@code margin > 4U}.
 * </ul>
 *
 * <p>The bands scale with the threshold so that tuning {@code either_margin} keeps the labels
 * coherent: a margin within one threshold-width of the "either" band can be undone by a small
 * change of one answer, hence only "slight". {@code U} is at least 1 so a threshold of 0 still
 * gives usable bands (1-2 slight, 3-4 moderate, 5+ strong).
 */
public enum Confidence {
    /** A hard constraint (or a conflict between two) set the outcome. */
    DECIDED_BY_CONSTRAINT,
    /** {@code margin > 4U}: no small change of answers undoes it. */
    STRONG,
    /** {@code 2U < margin <= 4U}. */
    MODERATE,
    /** {@code T < margin <= 2U}: a change of one or two points may undo it. */
    SLIGHT,
    /** {@code margin <= T}: the outcome is "either". */
    TOO_CLOSE;

    /** Applies the rule above to a score-based decision. */
    static Confidence ofMargin(int margin, int eitherMargin) {
        if (margin <= eitherMargin) {
            return TOO_CLOSE;
        }
        int unit = Math.max(eitherMargin, 1);
        if (margin <= 2 * unit) {
            return SLIGHT;
        }
        return margin <= 4 * unit ? MODERATE : STRONG;
    }
}
