package dev.tensortrail.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Published once per graded attempt, in the grading transaction.
 *
 * @param skillScores  per skill, the mean score of its questions in this attempt (0..1)
 * @param firstAttempt whether this is the learner's first graded attempt of the quiz
 */
public record QuizAttemptGraded(
        long learnerId,
        long attemptId,
        String quizSlug,
        String moduleSlug,
        double score,
        boolean passed,
        boolean firstAttempt,
        Map<String, Double> skillScores,
        List<QuestionOutcome> questions,
        Instant gradedAt) {

    public record QuestionOutcome(long questionId, String skill, double score) {}
}
