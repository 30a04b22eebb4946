package dev.tensortrail.progress;

import dev.tensortrail.curriculum.LearningPath;
import dev.tensortrail.curriculum.LessonUpdates;
import dev.tensortrail.curriculum.ModuleProgress;
import dev.tensortrail.progress.DashboardData.NextAction;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one recommended next step, from the learner's state, in this order: retake a failed
 * quiz (naming the skills it missed), reread a completed lesson that was updated since, do the
 * reviews that are due, continue with the next lesson, take a module's quiz, and at the end get
 * the framework suggestion.
 */
final class NextActions {

    private NextActions() {}

    static NextAction decide(DashboardStore.@Nullable FailedQuiz failed, int reviewsAvailable, LearningPath path) {
        return decide(failed, null, reviewsAvailable, path);
    }

    static NextAction decide(
            DashboardStore.@Nullable FailedQuiz failed,
            LessonUpdates.@Nullable UpdatedLesson updated,
            int reviewsAvailable,
            LearningPath path) {
        if (failed != null) {
            return new NextAction(NextAction.Kind.RETAKE_QUIZ, failed.slug(), failed.title(), failed.skills(), 0);
        }
        if (updated != null) {
            return new NextAction(
                    NextAction.Kind.REREAD_LESSON,
                    updated.slug(),
                    updated.title(),
                    List.of(),
                    updated.changes().size());
        }
        if (reviewsAvailable > 0) {
            return new NextAction(NextAction.Kind.DO_REVIEWS, null, null, List.of(), reviewsAvailable);
        }
        if (path.next() != null) {
            var kind = path.lessonsDone() == 0 ? NextAction.Kind.START : NextAction.Kind.RESUME_LESSON;
            return new NextAction(kind, path.next().slug(), path.next().title(), List.of(), 0);
        }
        for (ModuleProgress module : path.modules()) {
            if (module.awaitsGate()) {
                return new NextAction(
                        NextAction.Kind.TAKE_QUIZ,
                        module.gate().slug(),
                        module.gate().title(),
                        List.of(),
                        0);
            }
        }
        return new NextAction(NextAction.Kind.GET_SUGGESTION, null, null, List.of(), 0);
    }
}
