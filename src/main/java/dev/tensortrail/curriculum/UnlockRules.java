package dev.tensortrail.curriculum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The path's rules, without a database: the lessons of a module in order (and after their
 * prerequisites), a module's gate after its lessons, and the next module once the previous
 * one is finished (its lessons done and its gate, if any, passed). A lesson already done stays
 * done, whatever the content does later.
 */
final class UnlockRules {

    record ModuleDef(String slug, String title, String summary, boolean open, List<LessonDef> lessons) {}

    record LessonDef(String slug, String title, int readingMinutes, List<String> prerequisites) {}

    private UnlockRules() {}

    /**
     * @param gates this learner's gate of each module that has one, by module slug
     */
    static LearningPath evaluate(List<ModuleDef> modules, Set<String> completed, Map<String, ModuleGate.Status> gates) {
        Map<String, String> titles = new HashMap<>();
        modules.forEach(m -> m.lessons().forEach(l -> titles.put(l.slug(), l.title())));

        List<ModuleProgress> result = new ArrayList<>();
        @Nullable UnlockHint previousModuleBlocks = null;
        LessonItem next = null;
        for (ModuleDef module : modules) {
            boolean unlocked = module.open() || previousModuleBlocks == null;
            UnlockHint moduleLock = unlocked ? null : previousModuleBlocks;
            List<LessonItem> items = new ArrayList<>();
            int done = 0;
            LessonDef previous = null;
            for (LessonDef lesson : module.lessons()) {
                UnlockHint lock = null;
                LessonStatus status;
                if (completed.contains(lesson.slug())) {
                    status = LessonStatus.DONE;
                    done++;
                } else {
                    if (!unlocked) {
                        lock = moduleLock;
                    } else if (previous != null && !completed.contains(previous.slug())) {
                        lock = new UnlockHint(UnlockHint.Kind.LESSON, previous.slug(), previous.title());
                    } else {
                        for (String prerequisite : lesson.prerequisites()) {
                            if (!completed.contains(prerequisite) && titles.containsKey(prerequisite)) {
                                lock = new UnlockHint(UnlockHint.Kind.LESSON, prerequisite, titles.get(prerequisite));
                                break;
                            }
                        }
                    }
                    status = lock == null ? LessonStatus.AVAILABLE : LessonStatus.LOCKED;
                }
                var item = new LessonItem(lesson.slug(), lesson.title(), lesson.readingMinutes(), status, lock);
                if (next == null && status == LessonStatus.AVAILABLE) {
                    next = item;
                }
                items.add(item);
                previous = lesson;
            }
            ModuleGate.@Nullable Status gate = gates.get(module.slug());
            var progress = new ModuleProgress(
                    module.slug(),
                    module.title(),
                    module.summary(),
                    unlocked,
                    moduleLock,
                    done,
                    List.copyOf(items),
                    gate);
            result.add(progress);

            // what the following module waits for
            if (!progress.lessonsComplete()) {
                previousModuleBlocks = new UnlockHint(UnlockHint.Kind.MODULE, module.slug(), module.title());
            } else if (!progress.finished()) {
                previousModuleBlocks = new UnlockHint(
                        UnlockHint.Kind.MODULE_GATE,
                        module.slug(),
                        java.util.Objects.requireNonNull(gate).title());
            } else {
                previousModuleBlocks = null;
            }
        }
        return new LearningPath(List.copyOf(result), next);
    }
}
