package dev.tensortrail.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LearnerTimeTest {

    /** 23:30 on 1 December in London is already 2 December in Berlin (and 18:30 on the 1st in New York). */
    private static final Instant NEAR_MIDNIGHT = Instant.parse("2026-12-01T23:30:00Z");

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void a_moment_near_midnight_falls_on_the_day_of_the_learners_zone() {
        assertThat(LearnerTime.formatDate(NEAR_MIDNIGHT, LONDON, Locale.ENGLISH))
                .isEqualTo("Dec 1, 2026");
        assertThat(LearnerTime.formatDate(NEAR_MIDNIGHT, BERLIN, Locale.ENGLISH))
                .isEqualTo("Dec 2, 2026");
        assertThat(LearnerTime.formatDate(NEAR_MIDNIGHT, LONDON, Locale.GERMAN)).isEqualTo("01.12.2026");
        assertThat(LearnerTime.formatDate(NEAR_MIDNIGHT, BERLIN, Locale.GERMAN)).isEqualTo("02.12.2026");
    }

    @Test
    void date_and_time_are_written_in_the_interface_language_and_the_learners_zone() {
        assertThat(LearnerTime.formatDateTime(NEAR_MIDNIGHT, BERLIN, Locale.GERMAN))
                .isEqualTo("02.12.2026, 00:30:00");
        assertThat(LearnerTime.formatDateTime(NEAR_MIDNIGHT, NEW_YORK, Locale.GERMAN))
                .isEqualTo("01.12.2026, 18:30:00");
        assertThat(LearnerTime.formatDateTime(NEAR_MIDNIGHT, BERLIN, Locale.ENGLISH))
                .matches("Dec 2, 2026, 12:30:00\\hAM");
        assertThat(LearnerTime.formatDateTime(NEAR_MIDNIGHT, NEW_YORK, Locale.ENGLISH))
                .matches("Dec 1, 2026, 6:30:00\\hPM");
    }

    @Test
    void short_dates_follow_the_language_and_the_zone() {
        assertThat(LearnerTime.formatShortDate(NEAR_MIDNIGHT, BERLIN, Locale.GERMAN))
                .isEqualTo("02.12.26");
        assertThat(LearnerTime.formatShortDate(NEAR_MIDNIGHT, LONDON, Locale.ENGLISH))
                .isEqualTo("12/1/26");
    }

    @Test
    void a_calendar_date_is_the_same_day_in_every_zone_and_written_in_the_language() {
        var asOf = LocalDate.of(2026, 12, 1);
        assertThat(LearnerTime.formatDate(asOf, Locale.ENGLISH)).isEqualTo("Dec 1, 2026");
        assertThat(LearnerTime.formatDate(asOf, Locale.GERMAN)).isEqualTo("01.12.2026");
        assertThat(LearnerTime.formatLongDate(asOf, Locale.ENGLISH)).isEqualTo("December 1, 2026");
        assertThat(LearnerTime.formatLongDate(asOf, Locale.GERMAN)).isEqualTo("1. Dezember 2026");
    }

    @Test
    void percentages_and_decimals_follow_the_interface_language() {
        assertThat(LearnerTime.formatPercent(0.85, Locale.ENGLISH)).isEqualTo("85%");
        assertThat(LearnerTime.formatPercent(0.85, Locale.GERMAN)).matches("85\\h%");
        assertThat(LearnerTime.formatPercent(0.666, Locale.GERMAN)).matches("67\\h%");
        assertThat(LearnerTime.formatDecimal(0.2, Locale.ENGLISH)).isEqualTo("0.20");
        assertThat(LearnerTime.formatDecimal(-0.256, Locale.GERMAN)).isEqualTo("-0,26");
    }

    @Test
    void without_a_ui_the_zone_is_utc_and_the_language_english() {
        assertThat(LearnerTime.zone()).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(LearnerTime.locale()).isEqualTo(Locale.ENGLISH);
    }
}
