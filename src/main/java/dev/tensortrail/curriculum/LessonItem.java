package dev.tensortrail.curriculum;

import org.jspecify.annotations.Nullable;

/** A lesson's line on the path: its status and, when locked, what unlocks it. */
public record LessonItem(
        String slug,
        String title,
        int readingMinutes,
        LessonStatus status,
        @Nullable UnlockHint lockedBy) {}
