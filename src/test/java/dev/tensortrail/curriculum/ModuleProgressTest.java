package dev.tensortrail.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import dev.tensortrail.base.ui.Destination;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** "Gate open", "awaits its gate" and "finished" each have one home: the module's progress record. */
class ModuleProgressTest {

    private static final ModuleGate.Status NOT_PASSED =
            new ModuleGate.Status("q", "Quiz", Destination.of(Div.class), false, 0.5);
    private static final ModuleGate.Status PASSED =
            new ModuleGate.Status("q", "Quiz", Destination.of(Div.class), true, 0.9);

    @Test
    void a_module_with_lessons_left_has_its_gate_closed_and_is_not_finished() {
        var module = module(true, 1, NOT_PASSED);
        assertThat(module.gateOpen()).isFalse();
        assertThat(module.awaitsGate()).isFalse();
        assertThat(module.finished()).isFalse();
    }

    @Test
    void an_open_module_with_its_lessons_done_awaits_its_unpassed_gate() {
        var module = module(true, 2, NOT_PASSED);
        assertThat(module.gateOpen()).isTrue();
        assertThat(module.awaitsGate()).isTrue();
        assertThat(module.finished()).isFalse();
    }

    @Test
    void a_passed_gate_finishes_the_module_and_is_awaited_no_more() {
        var module = module(true, 2, PASSED);
        assertThat(module.gateOpen()).isTrue();
        assertThat(module.awaitsGate()).isFalse();
        assertThat(module.finished()).isTrue();
    }

    @Test
    void a_module_without_a_gate_is_finished_with_its_lessons() {
        assertThat(module(true, 2, null).finished()).isTrue();
        assertThat(module(true, 2, null).awaitsGate()).isFalse();
    }

    @Test
    void a_locked_module_whose_lessons_were_done_earlier_does_not_open_its_gate() {
        // lessons done stay done when the content changes; the module above may be unfinished again
        var module = module(false, 2, NOT_PASSED);
        assertThat(module.gateOpen()).isFalse();
        assertThat(module.awaitsGate()).isFalse();
        assertThat(module.finished()).isFalse();
    }

    private static ModuleProgress module(boolean unlocked, int done, ModuleGate.@Nullable Status gate) {
        var a = new LessonItem("a", "A", 5, done >= 1 ? LessonStatus.DONE : LessonStatus.AVAILABLE, null);
        var b = new LessonItem("b", "B", 5, done >= 2 ? LessonStatus.DONE : LessonStatus.LOCKED, null);
        return new ModuleProgress("one", "One", "", unlocked, null, done, List.of(a, b), gate);
    }
}
