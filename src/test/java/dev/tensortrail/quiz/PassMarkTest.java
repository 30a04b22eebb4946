package dev.tensortrail.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.progress.DashboardData;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One rule says whether a score passes: the grader, the dashboard's table and its count all ask it. */
class PassMarkTest {

    private final PassMark eighty = new PassMark(80);

    @Test
    void a_score_on_the_mark_passes_and_one_point_under_it_does_not() {
        assertThat(eighty.passedBy(0.80)).isTrue();
        assertThat(eighty.passedBy(0.79)).isFalse();
        assertThat(eighty.passedBy(1.0)).isTrue();
        assertThat(eighty.passedBy(0.0)).isFalse();
    }

    @Test
    void a_score_that_is_on_the_mark_but_lands_a_hair_under_it_in_floating_point_passes() {
        // 7 of 10 is 0.7, and 0.7 * 100 is 69.99999999999999 in double arithmetic
        assertThat(new PassMark(70).passedBy(7 / 10.0)).isTrue();
        assertThat(eighty.passedBy(4 / 5.0)).isTrue();
    }

    @Test
    void a_score_that_rounds_up_to_the_mark_for_display_still_does_not_pass() {
        assertThat(eighty.passedBy(0.795)).isFalse();
        assertThat(eighty.passedBy(0.79999)).isFalse();
    }

    @Test
    void the_dashboard_says_passed_exactly_when_the_grader_does() {
        for (double score : new double[] {0.0, 0.79, 0.795, 0.79999, 0.8, 0.81, 1.0}) {
            var row = new DashboardData.QuizScore(Instant.EPOCH, "Quiz", score, 80);
            assertThat(row.passed()).as("score %s", score).isEqualTo(eighty.passedBy(score));
        }
    }

    @Test
    void a_pass_mark_outside_one_to_a_hundred_percent_is_refused() {
        assertThatThrownBy(() -> new PassMark(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PassMark(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
