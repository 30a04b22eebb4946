package dev.tensortrail.curriculum;

/**
 * A learner tried to complete a lesson that is still locked (e.g. from a tab opened before the
 * module closed again, or a hand-made request). The view shows {@link #messageKey()}.
 */
public class LessonLockedException extends RuntimeException {

    private final String slug;

    public LessonLockedException(String slug) {
        super("Lesson " + slug + " is locked");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** The translation key of what the learner is told. */
    public String messageKey() {
        return "lesson.locked.error";
    }
}
