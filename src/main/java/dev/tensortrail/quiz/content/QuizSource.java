package dev.tensortrail.quiz.content;

import dev.tensortrail.curriculum.content.ChangeNote;
import dev.tensortrail.quiz.QuestionType;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A quiz file, parsed and validated. */
public record QuizSource(
        String file,
        String slug,
        String module,
        String title,
        int passPercent,
        LocalDate asOf,
        List<QuestionSource> questions,
        List<ChangeNote> changes,
        String hash,
        QuizPolicy policy) {

    /**
     * A question; {@code answerHash} covers only its correct answer and explanation (a change there
     * makes review cards due again), {@code line} is where its entry starts in the file.
     */
    public record QuestionSource(
            String key,
            QuestionType type,
            String skill,
            String lesson,
            @Nullable String sectionAnchor,
            @Nullable String sectionTitle,
            String promptHtml,
            @Nullable String code,
            String explanationHtml,
            @Nullable String wrongFeedback,
            List<OptionSource> options,
            String hash,
            String answerHash,
            int line) {}

    /**
     * A choice option (text, correct, feedback), an ordering item (correctPosition) or a matching
     * pair (text = left, matchText = right).
     */
    public record OptionSource(
            String text,
            boolean correct,
            @Nullable String feedback,
            @Nullable Integer correctPosition,
            @Nullable String matchText) {}
}
