package dev.tensortrail.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import dev.tensortrail.KaribuTest;
import dev.tensortrail.quiz.Answer;
import dev.tensortrail.quiz.QuestionType;
import dev.tensortrail.quiz.QuizData.Choice;
import dev.tensortrail.quiz.QuizData.QuestionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 17 on the input itself: nothing the learner did is dropped, nothing they did not do counts. */
class QuestionInputTest extends KaribuTest {

    private static final List<Choice> ITEMS =
            List.of(new Choice(1, "one"), new Choice(2, "two"), new Choice(3, "three"), new Choice(4, "four"));

    @Test
    void an_untouched_ordering_is_unanswered_and_sends_no_answer() {
        var changes = new ArrayList<Answer>();
        var input = new QuestionInput(question(QuestionType.ORDERING, Answer.none()), changes::add);

        assertThat(input.answered()).isFalse();
        assertThat(input.answer()).isEqualTo(Answer.none());
        assertThat(input.confirmOrder.isVisible()).isTrue();
        assertThat(changes).isEmpty();
    }

    @Test
    void moving_an_item_answers_the_ordering_and_saves_the_order() {
        var changes = new ArrayList<Answer>();
        var input = new QuestionInput(question(QuestionType.ORDERING, Answer.none()), changes::add);

        input.move(0, 1); // what both the arrow buttons and a drop do

        assertThat(input.answered()).isTrue();
        assertThat(changes).containsExactly(Answer.choose(List.of(2L, 1L, 3L, 4L)));
        assertThat(input.confirmOrder.isVisible()).isFalse();
    }

    @Test
    void the_keyboard_arrow_button_records_the_move() {
        var changes = new ArrayList<Answer>();
        var input = new QuestionInput(question(QuestionType.ORDERING, Answer.none()), changes::add);
        var down = input.ordering
                .getChildren()
                .findFirst()
                .orElseThrow()
                .getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.button.Button)
                .map(c -> (com.vaadin.flow.component.button.Button) c)
                .toList()
                .get(1);

        down.click();

        assertThat(changes).containsExactly(Answer.choose(List.of(2L, 1L, 3L, 4L)));
    }

    @Test
    void saying_the_shown_order_is_the_answer_counts_as_answered() {
        var changes = new ArrayList<Answer>();
        var input = new QuestionInput(question(QuestionType.ORDERING, Answer.none()), changes::add);

        input.confirmOrder.click();

        assertThat(input.answered()).isTrue();
        assertThat(changes).containsExactly(Answer.choose(List.of(1L, 2L, 3L, 4L)));
    }

    @Test
    void a_saved_order_is_shown_and_counts_as_answered() {
        var input = new QuestionInput(question(QuestionType.ORDERING, Answer.choose(List.of(4L, 3L, 2L, 1L))), a -> {});
        assertThat(input.answered()).isTrue();
        assertThat(input.order).extracting(Choice::id).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void every_pair_of_a_matching_is_saved_as_it_is_set_and_as_it_is_cleared() {
        var changes = new ArrayList<Answer>();
        var input = new QuestionInput(question(QuestionType.MATCHING, Answer.none()), changes::add);
        var first = input.matching.get(1L);

        HasValueUtilsKt._setValue(first, ITEMS.get(2));
        assertThat(changes.getLast()).isEqualTo(Answer.match(Map.of(1L, 3L)));
        assertThat(input.answered()).isTrue();

        HasValueUtilsKt._setValue(input.matching.get(2L), ITEMS.get(1));
        assertThat(changes.getLast()).isEqualTo(Answer.match(Map.of(1L, 3L, 2L, 2L)));

        HasValueUtilsKt._setValue(first, null);
        assertThat(changes.getLast()).isEqualTo(Answer.match(Map.of(2L, 2L)));
        HasValueUtilsKt._setValue(input.matching.get(2L), null);
        assertThat(changes.getLast()).isEqualTo(Answer.none());
        assertThat(input.answered()).isFalse();
    }

    @Test
    void a_partial_matching_is_shown_again_after_a_reload() {
        var input = new QuestionInput(question(QuestionType.MATCHING, Answer.match(Map.of(1L, 3L, 4L, 4L))), a -> {});
        assertThat(input.matching.get(1L).getValue()).isEqualTo(ITEMS.get(2));
        assertThat(input.matching.get(2L).getValue()).isNull();
        assertThat(input.matching.get(4L).getValue()).isEqualTo(ITEMS.get(3));
        assertThat(input.answered()).isTrue();
    }

    private static QuestionView question(QuestionType type, Answer saved) {
        return new QuestionView(
                42, 1, type, "Prompt", null, ITEMS, type == QuestionType.MATCHING ? ITEMS : List.of(), saved);
    }
}
