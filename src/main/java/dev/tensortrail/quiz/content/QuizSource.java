package dev.tensortrail.quiz.content;

import dev.tensortrail.quiz.QuestionType;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** A quiz file, parsed and validated. */
public record QuizSource(String file, String slug, String module, String title, int passPercent, LocalDate asOf,
        List<QuestionSource> questions, String hash) {

    public record QuestionSource(String key, QuestionType type, String skill, String lesson,
            @Nullable String sectionAnchor, @Nullable String sectionTitle, String promptHtml, @Nullable String code,
            String explanationHtml, @Nullable String wrongFeedback, List<OptionSource> options, String hash) {
    }

    /**
     * A choice option (text, correct, feedback), an ordering item (correctPosition) or a matching
     * pair (text = left, matchText = right).
     */
    public record OptionSource(String text, boolean correct, @Nullable String feedback,
            @Nullable Integer correctPosition, @Nullable String matchText) {
    }
}
