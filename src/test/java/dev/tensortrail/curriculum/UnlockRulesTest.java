package dev.tensortrail.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import dev.tensortrail.base.ui.Destination;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnlockRulesTest {

    private static final List<UnlockRules.ModuleDef> PATH = List.of(
            new UnlockRules.ModuleDef("one", "One", "", true, List.of(lesson("a"), lesson("b"), lesson("c"))),
            new UnlockRules.ModuleDef(
                    "two",
                    "Two",
                    "",
                    false,
                    List.of(lesson("d"), new UnlockRules.LessonDef("e", "E", 4, List.of("c")))),
            new UnlockRules.ModuleDef("three", "Three", "", false, List.of(lesson("f"))));

    @Test
    void a_newcomer_can_open_only_the_first_lesson() {
        var path = evaluate(Set.of());
        assertThat(status(path, "a")).isEqualTo(LessonStatus.AVAILABLE);
        assertThat(status(path, "b")).isEqualTo(LessonStatus.LOCKED);
        assertThat(hint(path, "b")).isEqualTo(new UnlockHint(UnlockHint.Kind.LESSON, "a", "A"));
        assertThat(path.modules().get(1).unlocked()).isFalse();
        assertThat(path.modules().get(1).lockedBy()).isEqualTo(new UnlockHint(UnlockHint.Kind.MODULE, "one", "One"));
        assertThat(hint(path, "d")).isEqualTo(new UnlockHint(UnlockHint.Kind.MODULE, "one", "One"));
        assertThat(path.next().slug()).isEqualTo("a");
    }

    @Test
    void lessons_of_a_module_open_in_order() {
        var path = evaluate(Set.of("a"));
        assertThat(status(path, "a")).isEqualTo(LessonStatus.DONE);
        assertThat(status(path, "b")).isEqualTo(LessonStatus.AVAILABLE);
        assertThat(status(path, "c")).isEqualTo(LessonStatus.LOCKED);
        assertThat(path.next().slug()).isEqualTo("b");
    }

    @Test
    void the_next_module_opens_when_the_lessons_are_done_and_there_is_no_gate() {
        var path = evaluate(Set.of("a", "b", "c"));
        assertThat(path.modules().get(0).lessonsComplete()).isTrue();
        assertThat(path.modules().get(1).unlocked()).isTrue();
        assertThat(status(path, "d")).isEqualTo(LessonStatus.AVAILABLE);
        assertThat(path.modules().get(2).unlocked()).isFalse();
    }

    @Test
    void a_gate_keeps_the_next_module_locked_until_it_is_passed() {
        var blocked = UnlockRules.evaluate(PATH, Set.of("a", "b", "c"), Map.of("one", gate("Quiz one", false)));
        assertThat(blocked.modules().get(1).unlocked()).isFalse();
        assertThat(blocked.modules().get(1).lockedBy())
                .isEqualTo(new UnlockHint(UnlockHint.Kind.MODULE_GATE, "one", "Quiz one"));

        var passed = UnlockRules.evaluate(PATH, Set.of("a", "b", "c"), Map.of("one", gate("Quiz one", true)));
        assertThat(passed.modules().get(1).unlocked()).isTrue();
    }

    @Test
    void a_prerequisite_from_another_module_must_be_done_too() {
        var path = evaluate(Set.of("a", "b", "d"));
        // c is not done, so module two is still locked; e names c as its prerequisite
        assertThat(status(path, "e")).isEqualTo(LessonStatus.LOCKED);
    }

    @Test
    void a_lesson_once_done_stays_done_even_if_its_module_is_locked_again() {
        var path = evaluate(Set.of("a", "f"));
        assertThat(status(path, "f")).isEqualTo(LessonStatus.DONE);
        assertThat(path.modules().get(2).unlocked()).isFalse();
    }

    @Test
    void everything_done_means_nothing_next() {
        var path = evaluate(Set.of("a", "b", "c", "d", "e", "f"));
        assertThat(path.next()).isNull();
        assertThat(path.lessonsDone()).isEqualTo(path.lessonsTotal()).isEqualTo(6);
    }

    private static LearningPath evaluate(Set<String> done) {
        return UnlockRules.evaluate(PATH, done, Map.of());
    }

    private static ModuleGate.Status gate(String title, boolean passed) {
        return new ModuleGate.Status(title, title, Destination.of(Div.class), passed, passed ? 1.0 : null);
    }

    private static UnlockRules.LessonDef lesson(String slug) {
        return new UnlockRules.LessonDef(slug, slug.toUpperCase(), 4, List.of());
    }

    private static LessonStatus status(LearningPath path, String slug) {
        return item(path, slug).status();
    }

    private static UnlockHint hint(LearningPath path, String slug) {
        return item(path, slug).lockedBy();
    }

    private static LessonItem item(LearningPath path, String slug) {
        return path.modules().stream()
                .flatMap(m -> m.lessons().stream())
                .filter(l -> l.slug().equals(slug))
                .findFirst()
                .orElseThrow();
    }
}
