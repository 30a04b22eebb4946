package dev.tensortrail.curriculum;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A module card: progress, whether it is open, and its lessons. */
public record ModuleProgress(String slug, String title, String summary, boolean unlocked,
        @Nullable UnlockHint lockedBy, int lessonsDone, List<LessonItem> lessons, ModuleGate.@Nullable Status gate) {

    ModuleProgress withGate(ModuleGate.@Nullable Status status) {
        return new ModuleProgress(slug, title, summary, unlocked, lockedBy, lessonsDone, lessons, status);
    }

    public int lessonsTotal() {
        return lessons.size();
    }

    public boolean lessonsComplete() {
        return lessonsDone == lessons.size();
    }
}
