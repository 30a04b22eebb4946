package dev.tensortrail.curriculum;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Function;

/**
 * The path's rules, without a database: the lessons of a module in order (and after their
 * prerequisites), a module's gate after its lessons, and the next module once the previous
 * one is finished (its lessons done and its gate, if any, passed). A lesson already done stays
 * done, whatever the content does later.
 */
final class UnlockRules {

    record ModuleDef(String slug, String title, String summary, boolean open, List<LessonDef> lessons) {
    }

    record LessonDef(String slug, String title, int readingMinutes, List<String> prerequisites) {
    }

    private UnlockRules() {
    }

    /**
     * @param gateTitle  a module's gate title, or null when it has none
     * @param gatePassed whether this learner passed a module's gate
     */
    static LearningPath evaluate(List<ModuleDef> modules, Set<String> completed,
            Function<String, @Nullable String> gateTitle, Predicate<String> gatePassed) {
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
            result.add(new ModuleProgress(module.slug(), module.title(), module.summary(), unlocked, moduleLock,
                    done, List.copyOf(items), null));

            // what the following module waits for
            if (done < module.lessons().size()) {
                previousModuleBlocks = new UnlockHint(UnlockHint.Kind.MODULE, module.slug(), module.title());
            } else {
                String gate = gateTitle.apply(module.slug());
                previousModuleBlocks = gate != null && !gatePassed.test(module.slug())
                        ? new UnlockHint(UnlockHint.Kind.MODULE_GATE, module.slug(), gate)
                        : null;
            }
        }
        return new LearningPath(List.copyOf(result), next);
    }
}
