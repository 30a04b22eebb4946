package dev.tensortrail.curriculum;

/** Where a learner stands with a lesson. */
public enum LessonStatus {
    DONE,
    AVAILABLE,
    LOCKED
}
