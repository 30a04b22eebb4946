package dev.tensortrail.curriculum;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A module card: progress, whether it is open, and its lessons. */
public record ModuleProgress(
        String slug,
        String title,
        String summary,
        boolean unlocked,
        @Nullable UnlockHint lockedBy,
        int lessonsDone,
        List<LessonItem> lessons,
        ModuleGate.@Nullable Status gate) {

    public int lessonsTotal() {
        return lessons.size();
    }

    public boolean lessonsComplete() {
        return lessonsDone == lessons.size();
    }

    /** Whether the module's gate (its quiz) can be taken: the module is open and its lessons are done. */
    public boolean gateOpen() {
        return unlocked && lessonsComplete();
    }

    /** Whether the module's gate is open and not passed yet: taking its quiz is the way on. */
    public boolean awaitsGate() {
        return gateOpen() && gate != null && !gate.passed();
    }

    /** Whether the module is finished: its lessons are done and its gate, if it has one, is passed. */
    public boolean finished() {
        return lessonsComplete() && (gate == null || gate.passed());
    }
}
