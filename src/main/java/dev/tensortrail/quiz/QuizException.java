package dev.tensortrail.quiz;

/** A request the quiz engine refuses; nothing was recorded. The key names the message to show. */
public class QuizException extends RuntimeException {

    private final String messageKey;

    QuizException(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
