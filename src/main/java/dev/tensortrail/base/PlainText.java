package dev.tensortrail.base;

/**
 * Text a person types that others will read or that reaches the database: no control characters
 * (Unicode Cc, NUL included, which PostgreSQL refuses), no format characters (Cf: bidi overrides
 * such as U+202E that make "nimda" read as "admin", zero-width spaces and joiners), no lone
 * surrogates and no line or paragraph separators.
 */
public final class PlainText {

    private PlainText() {}

    /** True when the text holds none of the characters above (an empty text is plain). */
    public static boolean isPlain(String text) {
        return text.codePoints().noneMatch(PlainText::isRejected);
    }

    private static boolean isRejected(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
