package dev.tensortrail.progress;

import static dev.tensortrail.progress.MasteryLevel.ATTEMPTED;
import static dev.tensortrail.progress.MasteryLevel.FAMILIAR;
import static dev.tensortrail.progress.MasteryLevel.MASTERED;
import static dev.tensortrail.progress.MasteryLevel.NOT_STARTED;
import static dev.tensortrail.progress.MasteryLevel.PROFICIENT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasteryRulesTest {

    @Test
    void a_first_quiz_lifts_a_skill_to_attempted_familiar_or_proficient_by_its_score() {
        assertThat(MasteryRules.afterQuiz(NOT_STARTED, 0.0)).isEqualTo(ATTEMPTED);
        assertThat(MasteryRules.afterQuiz(NOT_STARTED, 0.5)).isEqualTo(ATTEMPTED);
        assertThat(MasteryRules.afterQuiz(NOT_STARTED, 0.7)).isEqualTo(FAMILIAR);
        assertThat(MasteryRules.afterQuiz(NOT_STARTED, 1.0)).isEqualTo(PROFICIENT);
    }

    @Test
    void a_quiz_never_gives_mastered() {
        assertThat(MasteryRules.afterQuiz(PROFICIENT, 1.0)).isEqualTo(PROFICIENT);
        assertThat(MasteryRules.afterQuiz(FAMILIAR, 1.0)).isEqualTo(PROFICIENT);
    }

    @Test
    void doing_worse_in_a_later_quiz_costs_one_level() {
        assertThat(MasteryRules.afterQuiz(PROFICIENT, 0.8)).isEqualTo(FAMILIAR);
        assertThat(MasteryRules.afterQuiz(MASTERED, 0.2)).isEqualTo(PROFICIENT);
        assertThat(MasteryRules.afterQuiz(FAMILIAR, 0.2)).isEqualTo(ATTEMPTED);
        assertThat(MasteryRules.afterQuiz(ATTEMPTED, 0.2)).isEqualTo(ATTEMPTED);
    }

    @Test
    void mastered_is_reached_only_through_a_right_answer_in_review_at_proficient() {
        assertThat(MasteryRules.afterReview(PROFICIENT, true)).isEqualTo(MASTERED);
        assertThat(MasteryRules.afterReview(FAMILIAR, true)).isEqualTo(PROFICIENT);
        assertThat(MasteryRules.afterReview(MASTERED, true)).isEqualTo(MASTERED);
    }

    @Test
    void a_miss_in_review_moves_a_level_down() {
        assertThat(MasteryRules.afterReview(MASTERED, false)).isEqualTo(PROFICIENT);
        assertThat(MasteryRules.afterReview(PROFICIENT, false)).isEqualTo(FAMILIAR);
        assertThat(MasteryRules.afterReview(ATTEMPTED, false)).isEqualTo(ATTEMPTED);
    }

    @Test
    void a_level_needs_right_answers_on_enough_distinct_questions() {
        assertThat(MasteryRules.cap(PROFICIENT, 0)).isEqualTo(ATTEMPTED);
        assertThat(MasteryRules.cap(PROFICIENT, 1)).isEqualTo(FAMILIAR);
        assertThat(MasteryRules.cap(PROFICIENT, 2)).isEqualTo(PROFICIENT);
        assertThat(MasteryRules.cap(MASTERED, 2)).isEqualTo(PROFICIENT);
        assertThat(MasteryRules.cap(MASTERED, 3)).isEqualTo(MASTERED);
        assertThat(MasteryRules.cap(ATTEMPTED, 5)).isEqualTo(ATTEMPTED);
    }

    @Test
    void a_question_score_becomes_an_fsrs_rating() {
        assertThat(MasteryRules.rating(1.0)).isEqualTo(Fsrs.Rating.GOOD);
        assertThat(MasteryRules.rating(0.75)).isEqualTo(Fsrs.Rating.HARD);
        assertThat(MasteryRules.rating(0.25)).isEqualTo(Fsrs.Rating.AGAIN);
    }
}
