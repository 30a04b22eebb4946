package dev.tensortrail.classroom;

import java.io.Serial;

/**
 * A request the classroom refused, with the translation key of the message to show and the
 * field it is about, so that the view puts it where the person is looking. Nothing was saved.
 */
public class ClassroomException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What the message is about. */
    public enum Field {
        NAME,
        DESCRIPTION,
        CODE,
        EMAIL,
        TARGET,
        CLASS
    }

    private final Field field;
    private final String messageKey;

    ClassroomException(Field field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public Field field() {
        return field;
    }

    /** The translation key, e.g. {@code classes.error.code-unknown}. */
    public String messageKey() {
        return messageKey;
    }
}
