package dev.tensortrail.quiz;

import org.jspecify.annotations.Nullable;

/** The kinds of question a quiz can hold, with the word the content files use. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("true-false"),
    CODE("code"),
    ORDERING("ordering"),
    MATCHING("matching");

    private final String word;

    QuestionType(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Answered with exactly one option (single choice, code reading, true or false). */
    public boolean isOneAnswer() {
        return this == SINGLE || this == CODE || this == TRUE_FALSE;
    }

    public static @Nullable QuestionType parse(String word) {
        for (QuestionType type : values()) {
            if (type.word.equals(word)) {
                return type;
            }
        }
        return null;
    }
}
