package dev.tensortrail.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Published once per graded attempt, in the grading transaction. It carries what the modules
 * that listen keep about the attempt (the progress module's quiz results, cards and mastery), so
 * that they never read the quiz module's tables (DD003).
 *
 * @param quizTitle    the quiz's title when it was graded
 * @param passPercent  the quiz's pass mark when it was graded
 * @param startedAt    when the attempt was started
 * @param skillScores  per skill, the mean score of its questions in this attempt (0..1)
 * @param firstAttempt whether this is the learner's first graded attempt of the quiz
 */
public record QuizAttemptGraded(
        long learnerId,
        long attemptId,
        long quizId,
        String quizSlug,
        String quizTitle,
        String moduleSlug,
        int passPercent,
        double score,
        boolean passed,
        boolean firstAttempt,
        Map<String, Double> skillScores,
        List<QuestionOutcome> questions,
        Instant startedAt,
        Instant gradedAt) {

    /**
     * One question of the attempt and its score (0..1).
     *
     * <p>The quiz module owns what a right answer is, and this is its one home: an answer is right
     * when it scored full marks, give or take floating-point rounding (three thirds of a
     * multiple-response question summed in {@code double}). The result page, the review, the draw and
     * the progress module's ratings, mastery and evidence all ask here.
     */
    public record QuestionOutcome(long questionId, String skill, double score) {

        /**
         * The lowest score that counts as right. Scores kept in {@code numeric(6, 5)} columns compare
         * against it as against 1 (SQL may pass it as a parameter).
         */
        public static final double RIGHT_SCORE = 1 - 1e-9;

        /** Whether a score counts as a right answer: full marks, give or take rounding. */
        public static boolean isRight(double score) {
            return score >= RIGHT_SCORE;
        }

        /** Whether this question was answered right ({@link #isRight}). */
        public boolean right() {
            return isRight(score);
        }
    }
}
