package dev.tensortrail.quiz;

import dev.tensortrail.quiz.content.QuizPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The records the quiz API returns. Nothing before submission carries the answer key. */
public final class QuizData {

    private QuizData() {}

    /** A quiz for one learner: whether it is open, best score and history. */
    public record QuizInfo(
            String slug,
            String title,
            String moduleSlug,
            int passPercent,
            int questionCount,
            LocalDate asOf,
            boolean available,
            @Nullable Double bestScore,
            boolean passed,
            List<AttemptSummary> history) {}

    public record AttemptSummary(long id, Instant submittedAt, double score, boolean passed) {}

    /** An attempt in progress: questions and options in this attempt's order, the answers so far. */
    public record AttemptView(
            long attemptId, String quizSlug, String quizTitle, int passPercent, List<QuestionView> questions) {}

    public record QuestionView(
            long questionId,
            int number,
            QuestionType type,
            String promptHtml,
            @Nullable String code,
            List<Choice> options,
            List<Choice> rightSide,
            Answer saved) {}

    public record Choice(long id, String text) {}

    /** A graded attempt with everything a learner needs to learn from it. */
    /**
     * A graded attempt, with what the quiz's review policy lets this reader see ({@code review});
     * {@code revealed} says whether that includes the right answers.
     */
    public record AttemptResult(
            long attemptId,
            String quizSlug,
            String quizTitle,
            String moduleSlug,
            double score,
            boolean passed,
            int passPercent,
            Instant submittedAt,
            List<QuestionResult> questions,
            Set<QuizPolicy.Review> review) {

        public boolean shows(QuizPolicy.Review option) {
            return review.contains(option);
        }
    }

    public record QuestionResult(
            QuestionView question,
            double score,
            List<OptionFeedback> options,
            @Nullable String wrongFeedback,
            List<String> yourOrder,
            List<String> correctOrder,
            List<MatchFeedback> matches,
            @Nullable String explanationHtml,
            String lessonSlug,
            @Nullable String sectionAnchor,
            @Nullable String sectionTitle) {

        /** Whether the answer was right ({@link QuizAttemptGraded.QuestionOutcome#isRight}). */
        public boolean right() {
            return QuizAttemptGraded.QuestionOutcome.isRight(score);
        }
    }

    /** An option of a graded question; {@code correct} is null where the review policy does not tell. */
    public record OptionFeedback(
            long id,
            String text,
            @Nullable Boolean correct,
            boolean chosen,
            @Nullable String feedback) {}

    /** A matched pair; {@code correct} (the right match) and {@code right} are null where not told. */
    public record MatchFeedback(
            String left,
            @Nullable String chosen,
            @Nullable String correct,
            @Nullable Boolean right) {}
}
