package dev.tensortrail.progress;

import static dev.tensortrail.progress.Streaks.Activity.lesson;
import static dev.tensortrail.progress.Streaks.Activity.quiz;
import static dev.tensortrail.progress.Streaks.Activity.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.progress.Streaks.Activity;
import dev.tensortrail.progress.Streaks.Kind;
import dev.tensortrail.progress.Streaks.Result;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StreaksTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** Wednesday 10 June 2026, used as "today" unless a test says otherwise. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    /** 20:00 Berlin time today: late enough that work earlier today has already happened. */
    private static final Instant NOW = at(TODAY, 20, 0, BERLIN);

    private static Instant at(LocalDate day, int hour, int minute, ZoneId zone) {
        return day.atTime(hour, minute).atZone(zone).toInstant();
    }

    /** A lesson at noon Berlin time, {@code daysAgo} days before {@link #TODAY}. */
    private static Activity lessonDaysAgo(int daysAgo) {
        return lesson(at(TODAY.minusDays(daysAgo), 12, 0, BERLIN));
    }

    private static Result berlin(List<Activity> activities) {
        return Streaks.compute(activities, BERLIN, NOW);
    }

    @Nested
    class Basics {

        @Test
        void no_activity_gives_an_empty_result() {
            assertThat(berlin(List.of())).isEqualTo(new Result(0, 0, false, null));
        }

        @Test
        void a_single_lesson_today_starts_a_streak_of_one() {
            assertThat(berlin(List.of(lessonDaysAgo(0)))).isEqualTo(new Result(1, 1, true, TODAY));
        }

        @Test
        void a_graded_quiz_counts_like_a_lesson() {
            Result result = berlin(List.of(quiz(at(TODAY, 9, 0, BERLIN))));

            assertThat(result).isEqualTo(new Result(1, 1, true, TODAY));
        }

        @Test
        void several_activities_on_one_day_still_count_as_one_day() {
            Result result = berlin(List.of(
                    lesson(at(TODAY, 8, 0, BERLIN)),
                    quiz(at(TODAY, 9, 0, BERLIN)),
                    review(at(TODAY, 10, 0, BERLIN), 20)));

            assertThat(result).isEqualTo(new Result(1, 1, true, TODAY));
        }

        @Test
        void consecutive_days_ending_today_form_the_current_streak() {
            Result result = berlin(List.of(lessonDaysAgo(3), lessonDaysAgo(2), lessonDaysAgo(1), lessonDaysAgo(0)));

            assertThat(result).isEqualTo(new Result(4, 4, true, TODAY));
        }

        @Test
        void the_input_list_is_not_modified() {
            List<Activity> activities = new ArrayList<>(List.of(lessonDaysAgo(0), lessonDaysAgo(2), lessonDaysAgo(1)));
            List<Activity> copy = List.copyOf(activities);

            berlin(activities);

            assertThat(activities).containsExactlyElementsOf(copy);
        }
    }

    @Nested
    class Gaps {

        @Test
        void a_day_without_work_breaks_the_streak() {
            // Active 7 to 4 days ago, nothing 3 days ago, active again from 2 days ago to today.
            Result result = berlin(List.of(
                    lessonDaysAgo(7),
                    lessonDaysAgo(6),
                    lessonDaysAgo(5),
                    lessonDaysAgo(4),
                    lessonDaysAgo(2),
                    lessonDaysAgo(1),
                    lessonDaysAgo(0)));

            assertThat(result.current()).isEqualTo(3);
            assertThat(result.longest()).isEqualTo(4);
        }

        @Test
        void today_not_yet_active_keeps_yesterdays_streak() {
            Result result = berlin(List.of(lessonDaysAgo(3), lessonDaysAgo(2), lessonDaysAgo(1)));

            assertThat(result).isEqualTo(new Result(3, 3, false, TODAY.minusDays(1)));
        }

        @Test
        void the_streak_survives_until_the_very_last_minute_of_today() {
            Instant justBeforeMidnight = at(TODAY, 23, 59, BERLIN);

            Result result = Streaks.compute(List.of(lessonDaysAgo(2), lessonDaysAgo(1)), BERLIN, justBeforeMidnight);

            assertThat(result.current()).isEqualTo(2);
        }

        @Test
        void the_streak_is_lost_once_a_whole_day_has_passed_without_work() {
            Instant justAfterMidnight = at(TODAY.plusDays(1), 0, 1, BERLIN);

            Result result = Streaks.compute(List.of(lessonDaysAgo(2), lessonDaysAgo(1)), BERLIN, justAfterMidnight);

            assertThat(result).isEqualTo(new Result(0, 2, false, TODAY.minusDays(1)));
        }

        @Test
        void a_gap_of_two_days_resets_the_current_streak_to_zero() {
            // Last work was the day before yesterday: yesterday is missed and today is empty so far.
            Result result = berlin(List.of(lessonDaysAgo(4), lessonDaysAgo(3), lessonDaysAgo(2)));

            assertThat(result).isEqualTo(new Result(0, 3, false, TODAY.minusDays(2)));
        }

        @Test
        void work_today_after_a_gap_starts_a_new_streak_of_one() {
            Result result = berlin(List.of(lessonDaysAgo(4), lessonDaysAgo(3), lessonDaysAgo(2), lessonDaysAgo(0)));

            assertThat(result).isEqualTo(new Result(1, 3, true, TODAY));
        }

        @Test
        void the_longest_run_can_be_the_current_one() {
            Result result = berlin(List.of(
                    lessonDaysAgo(10),
                    lessonDaysAgo(9),
                    lessonDaysAgo(3),
                    lessonDaysAgo(2),
                    lessonDaysAgo(1),
                    lessonDaysAgo(0)));

            assertThat(result.current()).isEqualTo(4);
            assertThat(result.longest()).isEqualTo(4);
        }

        @Test
        void runs_across_a_month_and_year_boundary_stay_consecutive() {
            LocalDate newYear = LocalDate.of(2027, 1, 1);
            List<Activity> activities = List.of(
                    lesson(at(LocalDate.of(2026, 12, 30), 12, 0, BERLIN)),
                    lesson(at(LocalDate.of(2026, 12, 31), 12, 0, BERLIN)),
                    lesson(at(newYear, 12, 0, BERLIN)));

            Result result = Streaks.compute(activities, BERLIN, at(newYear, 18, 0, BERLIN));

            assertThat(result).isEqualTo(new Result(3, 3, true, newYear));
        }
    }

    @Nested
    class Reviews {

        @Test
        void reviews_of_three_and_two_cards_on_one_day_add_up_to_a_counting_day() {
            Result result = berlin(List.of(review(at(TODAY, 8, 0, BERLIN), 3), review(at(TODAY, 19, 0, BERLIN), 2)));

            assertThat(result).isEqualTo(new Result(1, 1, true, TODAY));
        }

        @Test
        void a_review_of_four_cards_alone_does_not_count() {
            Result result = berlin(List.of(review(at(TODAY, 8, 0, BERLIN), 4)));

            assertThat(result).isEqualTo(new Result(0, 0, false, null));
        }

        @Test
        void a_review_of_exactly_five_cards_counts() {
            Result result = berlin(List.of(review(at(TODAY, 8, 0, BERLIN), Streaks.MIN_REVIEW_CARDS)));

            assertThat(result.activeToday()).isTrue();
        }

        @Test
        void review_cards_do_not_add_up_across_days() {
            Result result = berlin(
                    List.of(review(at(TODAY.minusDays(1), 23, 0, BERLIN), 3), review(at(TODAY, 1, 0, BERLIN), 2)));

            assertThat(result).isEqualTo(new Result(0, 0, false, null));
        }

        @Test
        void a_small_review_breaks_the_streak_like_no_work_at_all() {
            Result result = berlin(
                    List.of(lessonDaysAgo(2), review(at(TODAY.minusDays(1), 12, 0, BERLIN), 4), lessonDaysAgo(0)));

            assertThat(result.current()).isEqualTo(1);
            assertThat(result.longest()).isEqualTo(1);
        }

        @Test
        void huge_review_counts_do_not_overflow() {
            Result result = berlin(List.of(
                    review(at(TODAY, 8, 0, BERLIN), Integer.MAX_VALUE),
                    review(at(TODAY, 9, 0, BERLIN), Integer.MAX_VALUE)));

            assertThat(result.activeToday()).isTrue();
        }

        @Test
        void an_activity_with_a_negative_count_is_rejected() {
            assertThatThrownBy(() -> new Activity(NOW, Kind.REVIEW, -1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-1");
        }
    }

    @Nested
    class TimeZones {

        // 11:30 UTC and 12:30 UTC on 10 June 2026 are on the same UTC day, but in Auckland
        // (UTC+12 in June) they are 23:30 on the 10th and 00:30 on the 11th, while in
        // Los Angeles (UTC-7 in June) both are on the morning of the 10th.
        private final Instant first = Instant.parse("2026-06-10T11:30:00Z");
        private final Instant second = Instant.parse("2026-06-10T12:30:00Z");
        private final Instant now = Instant.parse("2026-06-10T20:00:00Z");
        private final List<Activity> activities = List.of(lesson(first), lesson(second));

        @Test
        void the_zone_decides_which_day_an_instant_belongs_to() {
            assertThat(LocalDateTime.ofInstant(first, AUCKLAND)).isEqualTo("2026-06-10T23:30");
            assertThat(LocalDateTime.ofInstant(second, AUCKLAND)).isEqualTo("2026-06-11T00:30");
            assertThat(LocalDateTime.ofInstant(first, LOS_ANGELES)).isEqualTo("2026-06-10T04:30");
            assertThat(LocalDateTime.ofInstant(second, LOS_ANGELES)).isEqualTo("2026-06-10T05:30");
        }

        @Test
        void in_auckland_work_just_before_and_after_midnight_is_two_days() {
            Result result = Streaks.compute(activities, AUCKLAND, now);

            assertThat(result).isEqualTo(new Result(2, 2, true, LocalDate.of(2026, 6, 11)));
        }

        @Test
        void in_los_angeles_the_same_instants_are_one_day() {
            Result result = Streaks.compute(activities, LOS_ANGELES, now);

            assertThat(result).isEqualTo(new Result(1, 1, true, LocalDate.of(2026, 6, 10)));
        }

        @Test
        void today_is_taken_in_the_learners_zone_too() {
            // 2026-06-10T13:00Z is already the 11th in Auckland but still the 10th in Los Angeles.
            Instant lateMorningUtc = Instant.parse("2026-06-10T13:00:00Z");
            List<Activity> yesterdayInAuckland = List.of(lesson(Instant.parse("2026-06-10T01:00:00Z")));

            Result auckland = Streaks.compute(yesterdayInAuckland, AUCKLAND, lateMorningUtc);
            Result losAngeles = Streaks.compute(yesterdayInAuckland, LOS_ANGELES, lateMorningUtc);

            assertThat(auckland).isEqualTo(new Result(1, 1, false, LocalDate.of(2026, 6, 10)));
            assertThat(losAngeles).isEqualTo(new Result(1, 1, false, LocalDate.of(2026, 6, 9)));
        }
    }

    @Nested
    class DaylightSavingTime {

        @Test
        void the_spring_forward_week_in_berlin_keeps_the_run() {
            // Berlin switches from CET (UTC+1) to CEST (UTC+2) on Sunday 29 March 2026, so that day
            // is only 23 hours long. Work at varied times, including close to midnight on both
            // sides of the switch, must still be one unbroken run of seven days.
            List<Activity> activities = List.of(
                    lesson(at(LocalDate.of(2026, 3, 26), 9, 0, BERLIN)),
                    lesson(at(LocalDate.of(2026, 3, 27), 23, 45, BERLIN)),
                    lesson(at(LocalDate.of(2026, 3, 28), 0, 15, BERLIN)),
                    lesson(at(LocalDate.of(2026, 3, 29), 23, 59, BERLIN)),
                    quiz(at(LocalDate.of(2026, 3, 30), 0, 1, BERLIN)),
                    review(at(LocalDate.of(2026, 3, 31), 7, 0, BERLIN), 5),
                    lesson(at(LocalDate.of(2026, 4, 1), 8, 0, BERLIN)));
            Instant now = at(LocalDate.of(2026, 4, 1), 20, 0, BERLIN);

            Result result = Streaks.compute(activities, BERLIN, now);

            assertThat(result).isEqualTo(new Result(7, 7, true, LocalDate.of(2026, 4, 1)));
        }

        @Test
        void the_fall_back_week_in_berlin_keeps_the_run() {
            // Sunday 25 October 2026 is 25 hours long in Berlin; 02:00 to 03:00 happens twice that night.
            LocalDate sunday = LocalDate.of(2026, 10, 25);
            List<Activity> activities = List.of(
                    lesson(at(sunday.minusDays(1), 23, 30, BERLIN)),
                    lesson(sunday.atTime(2, 30)
                            .atZone(BERLIN)
                            .withLaterOffsetAtOverlap()
                            .toInstant()),
                    lesson(at(sunday.plusDays(1), 0, 30, BERLIN)));

            Result result = Streaks.compute(activities, BERLIN, at(sunday.plusDays(1), 12, 0, BERLIN));

            assertThat(result).isEqualTo(new Result(3, 3, true, sunday.plusDays(1)));
        }

        @Test
        void today_not_yet_active_on_the_short_dst_day_keeps_yesterdays_streak() {
            // "Yesterday" must be the previous calendar day, not now minus 24 hours: at 00:30 on
            // Monday 30 March, 24 hours earlier is 23:30 on Saturday because Sunday had 23 hours.
            Instant mondayJustAfterMidnight = at(LocalDate.of(2026, 3, 30), 0, 30, BERLIN);
            assertThat(LocalDateTime.ofInstant(mondayJustAfterMidnight.minus(Duration.ofHours(24)), BERLIN))
                    .isEqualTo("2026-03-28T23:30");
            List<Activity> activities = List.of(
                    lesson(at(LocalDate.of(2026, 3, 28), 12, 0, BERLIN)),
                    lesson(at(LocalDate.of(2026, 3, 29), 12, 0, BERLIN)));

            Result result = Streaks.compute(activities, BERLIN, mondayJustAfterMidnight);

            assertThat(result).isEqualTo(new Result(2, 2, false, LocalDate.of(2026, 3, 29)));
        }
    }

    @Nested
    class Ordering {

        @Test
        void activities_in_any_order_give_the_same_result() {
            List<Activity> activities = new ArrayList<>(List.of(
                    lessonDaysAgo(9),
                    lessonDaysAgo(8),
                    review(at(TODAY.minusDays(3), 7, 0, BERLIN), 2),
                    review(at(TODAY.minusDays(3), 22, 0, BERLIN), 3),
                    quiz(at(TODAY.minusDays(2), 18, 0, BERLIN)),
                    lessonDaysAgo(1),
                    lessonDaysAgo(0)));
            Result expected = new Result(4, 4, true, TODAY);

            assertThat(berlin(activities)).isEqualTo(expected);
            Collections.reverse(activities);
            assertThat(berlin(activities)).isEqualTo(expected);
            Random random = new Random(42);
            for (int i = 0; i < 20; i++) {
                Collections.shuffle(activities, random);
                assertThat(berlin(activities))
                        .as("shuffle %d: %s", i, activities)
                        .isEqualTo(expected);
            }
        }
    }

    @Nested
    class FutureActivities {

        @Test
        void activities_after_now_are_ignored() {
            Result result = berlin(List.of(lessonDaysAgo(1), lessonDaysAgo(-1), lessonDaysAgo(-2)));

            assertThat(result).isEqualTo(new Result(1, 1, false, TODAY.minusDays(1)));
        }

        @Test
        void work_later_today_than_now_does_not_make_today_active() {
            Result result = berlin(List.of(lessonDaysAgo(1), lesson(NOW.plusSeconds(60))));

            assertThat(result.activeToday()).isFalse();
            assertThat(result.current()).isEqualTo(1);
        }

        @Test
        void future_review_cards_do_not_top_up_todays_review_count() {
            Result result = berlin(List.of(review(NOW.minusSeconds(60), 3), review(NOW.plusSeconds(60), 2)));

            assertThat(result).isEqualTo(new Result(0, 0, false, null));
        }

        @Test
        void an_activity_exactly_at_now_counts() {
            assertThat(berlin(List.of(lesson(NOW))).activeToday()).isTrue();
        }
    }

    @Nested
    class Arguments {

        @Test
        void null_arguments_are_rejected() {
            assertThatThrownBy(() -> Streaks.compute(null, BERLIN, NOW)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> Streaks.compute(List.of(), null, NOW)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> Streaks.compute(List.of(), BERLIN, null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> Streaks.compute(Arrays.asList(lessonDaysAgo(0), null), BERLIN, NOW))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Activity(null, Kind.LESSON_COMPLETED, 1))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Activity(NOW, null, 1)).isInstanceOf(NullPointerException.class);
        }
    }
}
