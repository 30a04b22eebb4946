package dev.tensortrail.curriculum;

/**
 * What unlocks a locked step: finish a lesson, finish a module, or pass a module's gate (its
 * quiz).
 */
public record UnlockHint(Kind kind, String slug, String title) {

    public enum Kind {
        LESSON,
        MODULE,
        MODULE_GATE
    }
}
