package dev.tensortrail.curriculum;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A lesson for one learner: its content, status, completion time and the lesson after it. */
public record LessonPage(
        LessonContent content,
        LessonStatus status,
        @Nullable UnlockHint lockedBy,
        @Nullable Instant completedAt,
        @Nullable LessonItem next) {}
