package dev.tensortrail.progress;

/**
 * How a learner has done at one quiz so far, from the graded attempts progress was told about.
 *
 * @param attempts  graded attempts
 * @param failures  graded attempts that did not pass
 * @param passed    whether any attempt passed
 * @param bestScore the best score (0..1)
 */
record QuizTally(long quizId, int attempts, int failures, boolean passed, double bestScore) {

    /**
     * The one home of the instructor's "stuck" rule for quizzes: failed it at least twice and never
     * passed it (the dashboard summary stores the outcome, so the cohort table can filter and sort).
     */
    boolean failedTwiceWithoutPassing() {
        return !passed && failures >= 2;
    }
}
