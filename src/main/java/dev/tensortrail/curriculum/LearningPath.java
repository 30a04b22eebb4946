package dev.tensortrail.curriculum;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The whole path for one learner, in order, with the next lesson to read (if any). */
public record LearningPath(
        List<ModuleProgress> modules, @Nullable LessonItem next) {

    public int lessonsDone() {
        return modules.stream().mapToInt(ModuleProgress::lessonsDone).sum();
    }

    public int lessonsTotal() {
        return modules.stream().mapToInt(ModuleProgress::lessonsTotal).sum();
    }
}
