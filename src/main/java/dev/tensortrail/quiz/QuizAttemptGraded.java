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

    public record QuestionOutcome(long questionId, String skill, double score) {}
}
