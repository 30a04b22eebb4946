package dev.tensortrail.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraderTest {

    private static final List<Grader.Key> SINGLE = List.of(key(1, true), key(2, false), key(3, false));
    private static final List<Grader.Key> MULTIPLE =
            List.of(key(1, true), key(2, true), key(3, true), key(4, false), key(5, false));
    private static final List<Grader.Key> ORDERING = List.of(item(1, 1), item(2, 2), item(3, 3), item(4, 4));
    private static final List<Grader.Key> MATCHING =
            List.of(key(1, false), key(2, false), key(3, false), key(4, false));

    @Test
    void only_full_marks_count_as_a_right_answer_for_the_result_page_the_review_and_the_draw() {
        assertThat(QuizAttemptGraded.QuestionOutcome.isRight(1.0)).isTrue();
        // three thirds of a multiple-response question, summed in floating point
        assertThat(QuizAttemptGraded.QuestionOutcome.isRight(1 / 3.0 + 1 / 3.0 + 1 / 3.0))
                .isTrue();
        assertThat(QuizAttemptGraded.QuestionOutcome.isRight(0.99)).isFalse();
        assertThat(QuizAttemptGraded.QuestionOutcome.isRight(
                        Grader.score(QuestionType.MULTIPLE, MULTIPLE, Answer.choose(List.of(1L, 2L)))))
                .as("two of three right picks")
                .isFalse();
        assertThat(QuizAttemptGraded.QuestionOutcome.isRight(
                        Grader.score(QuestionType.MULTIPLE, MULTIPLE, Answer.choose(List.of(1L, 2L, 3L)))))
                .isTrue();
    }

    @Test
    void single_choice_true_false_and_code_questions_score_one_or_zero() {
        for (QuestionType type : List.of(QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.CODE)) {
            assertThat(Grader.score(type, SINGLE, Answer.choose(List.of(1L)))).isEqualTo(1);
            assertThat(Grader.score(type, SINGLE, Answer.choose(List.of(2L)))).isZero();
            assertThat(Grader.score(type, SINGLE, Answer.none())).isZero();
        }
    }

    @Test
    void multiple_response_gives_partial_credit_and_never_goes_below_zero() {
        assertThat(Grader.score(QuestionType.MULTIPLE, MULTIPLE, Answer.choose(List.of(1L, 2L, 3L))))
                .isEqualTo(1);
        assertThat(Grader.score(QuestionType.MULTIPLE, MULTIPLE, Answer.choose(List.of(1L, 2L))))
                .isCloseTo(2.0 / 3, within(1e-9));
        assertThat(Grader.score(QuestionType.MULTIPLE, MULTIPLE, Answer.choose(List.of(1L, 2L, 4L))))
                .isCloseTo(1.0 / 3, within(1e-9));
        assertThat(Grader.score(QuestionType.MULTIPLE, MULTIPLE, Answer.choose(List.of(1L, 4L, 5L))))
                .isZero();
        // choosing everything is not a way around the question
        assertThat(Grader.score(QuestionType.MULTIPLE, MULTIPLE, Answer.choose(List.of(1L, 2L, 3L, 4L, 5L))))
                .isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void ordering_scores_the_share_of_items_in_the_right_place() {
        assertThat(Grader.score(QuestionType.ORDERING, ORDERING, Answer.choose(List.of(1L, 2L, 3L, 4L))))
                .isEqualTo(1);
        assertThat(Grader.score(QuestionType.ORDERING, ORDERING, Answer.choose(List.of(2L, 1L, 3L, 4L))))
                .isEqualTo(0.5);
        assertThat(Grader.score(QuestionType.ORDERING, ORDERING, Answer.choose(List.of(4L, 3L, 2L, 1L))))
                .isZero();
    }

    @Test
    void matching_scores_the_share_of_correct_pairs() {
        assertThat(Grader.score(QuestionType.MATCHING, MATCHING, Answer.match(matches(1, 1, 2, 2, 3, 3, 4, 4))))
                .isEqualTo(1);
        assertThat(Grader.score(QuestionType.MATCHING, MATCHING, Answer.match(matches(1, 2, 2, 1, 3, 3, 4, 4))))
                .isEqualTo(0.5);
    }

    @Test
    void a_partial_matching_earns_the_share_of_its_right_pairs() {
        assertThat(Grader.score(QuestionType.MATCHING, MATCHING, Answer.match(matches(1, 1, 2, 2, 3, 3))))
                .isEqualTo(0.75);
        assertThat(Grader.score(QuestionType.MATCHING, MATCHING, Answer.match(matches(1, 1, 2, 3))))
                .isEqualTo(0.25);
        assertThat(Grader.score(QuestionType.MATCHING, MATCHING, Answer.match(matches(1, 1))))
                .isEqualTo(0.25);
    }

    @Test
    void an_ordering_without_an_answer_earns_nothing() {
        assertThat(Grader.score(QuestionType.ORDERING, ORDERING, Answer.none())).isZero();
    }

    @Test
    void an_answer_that_is_not_among_the_options_is_refused() {
        assertThatThrownBy(() -> Grader.score(QuestionType.SINGLE, SINGLE, Answer.choose(List.of(99L))))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.unknown-option");
        assertThatThrownBy(() ->
                        Grader.score(QuestionType.MATCHING, MATCHING, Answer.match(matches(1, 99, 2, 2, 3, 3, 4, 4))))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.unknown-option");
    }

    @Test
    void the_wrong_number_of_answers_is_refused() {
        assertThatThrownBy(() -> Grader.score(QuestionType.SINGLE, SINGLE, Answer.choose(List.of(1L, 2L))))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.answer-count");
        assertThatThrownBy(() -> Grader.score(QuestionType.ORDERING, ORDERING, Answer.choose(List.of(1L, 2L, 3L))))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.answer-count");
        assertThatThrownBy(() -> Grader.score(QuestionType.ORDERING, ORDERING, Answer.choose(List.of(1L, 1L, 2L, 3L))))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.answer-count");
        assertThatThrownBy(() ->
                        Grader.score(QuestionType.MATCHING, MATCHING, Answer.match(matches(1, 1, 2, 1, 3, 3, 4, 4))))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.answer-count");
    }

    @Test
    void answers_survive_their_storage_format() {
        var choice = Answer.choose(List.of(3L, 1L, 2L));
        assertThat(choice.json()).isEqualTo("{\"options\":[3,1,2]}");
        assertThat(Answer.fromJson(choice.json())).isEqualTo(choice);
        assertThat(Answer.fromJson(choice.json()).optionIds())
                .as("in the learner's order")
                .containsExactly(3L, 1L, 2L);
        var match = Answer.match(matches(5, 6, 6, 5));
        assertThat(Answer.fromJson(match.json())).isEqualTo(match);
        assertThat(Answer.fromJson(Answer.none().json())).isEqualTo(Answer.none());
        assertThat(Answer.fromJson(null)).isEqualTo(Answer.none());
    }

    private static Grader.Key key(long id, boolean correct) {
        return new Grader.Key(id, correct, null);
    }

    private static Grader.Key item(long id, int position) {
        return new Grader.Key(id, false, position);
    }

    private static Map<Long, Long> matches(long... pairs) {
        Map<Long, Long> result = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            result.put(pairs[i], pairs[i + 1]);
        }
        return result;
    }
}
