package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import dev.tensortrail.base.ui.Destination;
import dev.tensortrail.curriculum.LearningPath;
import dev.tensortrail.curriculum.LessonItem;
import dev.tensortrail.curriculum.LessonStatus;
import dev.tensortrail.curriculum.ModuleGate;
import dev.tensortrail.curriculum.ModuleProgress;
import dev.tensortrail.progress.DashboardData.NextAction.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class NextActionsTest {

    private static final LessonItem NEXT = new LessonItem("b", "Lesson B", 4, LessonStatus.AVAILABLE, null);

    @Test
    void a_failed_quiz_comes_first_and_names_the_skills_to_reread() {
        var failed = new DashboardStore.FailedQuiz("graphs-quiz", "Quiz: graphs", List.of("graph-history"));
        var action = NextActions.decide(failed, 12, path(NEXT, 1, false, false));
        assertThat(action.kind()).isEqualTo(Kind.RETAKE_QUIZ);
        assertThat(action.slug()).isEqualTo("graphs-quiz");
        assertThat(action.skills()).containsExactly("graph-history");
    }

    @Test
    void due_reviews_come_before_new_lessons() {
        var action = NextActions.decide(null, 6, path(NEXT, 1, false, false));
        assertThat(action.kind()).isEqualTo(Kind.DO_REVIEWS);
        assertThat(action.count()).isEqualTo(6);
    }

    @Test
    void otherwise_the_current_lesson_is_resumed() {
        assertThat(NextActions.decide(null, 0, path(NEXT, 1, false, false)).kind())
                .isEqualTo(Kind.RESUME_LESSON);
        assertThat(NextActions.decide(null, 0, path(NEXT, 0, false, false)).kind())
                .isEqualTo(Kind.START);
    }

    @Test
    void a_module_read_but_not_passed_asks_for_its_quiz() {
        var action = NextActions.decide(null, 0, path(null, 2, true, false));
        assertThat(action.kind()).isEqualTo(Kind.TAKE_QUIZ);
        assertThat(action.slug()).isEqualTo("one-quiz");
    }

    @Test
    void at_the_end_of_the_path_the_suggestion_waits() {
        assertThat(NextActions.decide(null, 0, path(null, 2, true, true)).kind())
                .isEqualTo(Kind.GET_SUGGESTION);
    }

    private static LearningPath path(LessonItem next, int done, boolean lessonsComplete, boolean quizPassed) {
        var a = new LessonItem("a", "Lesson A", 4, done >= 1 ? LessonStatus.DONE : LessonStatus.AVAILABLE, null);
        var b = new LessonItem("b", "Lesson B", 4, lessonsComplete ? LessonStatus.DONE : LessonStatus.AVAILABLE, null);
        var gate = new ModuleGate.Status(
                "one-quiz", "Quiz one", Destination.of(Div.class), quizPassed, quizPassed ? 1.0 : null);
        var module = new ModuleProgress("one", "One", "", true, null, lessonsComplete ? 2 : done, List.of(a, b), gate);
        return new LearningPath(List.of(module), next);
    }
}
