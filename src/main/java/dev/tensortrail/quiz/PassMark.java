package dev.tensortrail.quiz;

/**
 * A quiz's pass mark, in percent of the full score: the one place that says whether a score
 * passes. A score exactly on the mark passes (give or take floating-point rounding); a score
 * just under it does not, even where it would round up to the mark for display.
 */
public record PassMark(int percent) {

    public PassMark {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a pass mark is between 1 and 100 percent, not " + percent);
        }
    }

    /** @param score a quiz score between 0 and 1 */
    public boolean passedBy(double score) {
        return score * 100 + 1e-9 >= percent;
    }
}
