package dev.tensortrail.account;

/** A registration that was refused, naming the field and the message key to show at it. */
public class RegistrationException extends RuntimeException {

    /** The form field the problem belongs to. */
    public enum Field {
        EMAIL,
        DISPLAY_NAME,
        PASSWORD
    }

    private final Field field;
    private final String messageKey;

    RegistrationException(Field field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public Field field() {
        return field;
    }

    /** A key in the translation bundle. */
    public String messageKey() {
        return messageKey;
    }
}
