package dev.tensortrail.curriculum;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A module card: progress, whether it is open, and its lessons. */
public record ModuleProgress(String slug, String title, String summary, boolean unlocked,
        @Nullable UnlockHint lockedBy, int lessonsDone, List<LessonItem> lessons) {

    public int lessonsTotal() {
        return lessons.size();
    }

    public boolean lessonsComplete() {
        return lessonsDone == lessons.size();
    }
}
