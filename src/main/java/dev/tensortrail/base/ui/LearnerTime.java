package dev.tensortrail.base.ui;

import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates, times and percentages as the reader expects them: in the interface language's format and,
 * for a moment in time, on the calendar of the reader's time zone (the browser's, UTC when it is not
 * known). Every view formats through here, never with the server's zone or a fixed locale.
 */
public final class LearnerTime {

    private LearnerTime() {}

    /** A moment as a date, e.g. "2 Dec 2026" or "02.12.2026", on the calendar of that zone. */
    public static String formatDate(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    /** A moment as a short date, e.g. "02/12/2026" or "02.12.26", for tight places such as chart labels. */
    public static String formatShortDate(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    /** A moment as date and time, e.g. "2 Dec 2026, 00:30:00" or "02.12.2026, 00:30:00", in that zone. */
    public static String formatDateTime(Instant instant, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    /** A calendar date (no zone involved), e.g. "2 Dec 2026" or "02.12.2026". */
    public static String formatDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }

    /** A calendar date written out, e.g. "2 December 2026" or "2. Dezember 2026". */
    public static String formatLongDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    /** A fraction (0.85) as a whole percentage in that language: "85%", "85 %". */
    public static String formatPercent(double fraction, Locale locale) {
        var format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(fraction);
    }

    /** A decimal number with two digits after the separator: "0.25", "0,25". */
    public static String formatDecimal(double value, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** The time zone of the current UI's browser, UTC when there is no UI or the browser did not say. */
    public static ZoneId zone() {
        var ui = UI.getCurrent();
        return ui == null ? ZoneOffset.UTC : zone(ui);
    }

    /** The time zone the browser reported when the UI started (Vaadin sends it with the first request). */
    public static ZoneId zone(UI ui) {
        var details = ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** The interface language of the current UI, English without one. */
    public static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** A moment as a date for the current UI's reader. */
    public static String date(Instant instant) {
        return formatDate(instant, zone(), locale());
    }

    /** A moment as a short date for the current UI's reader. */
    public static String shortDate(Instant instant) {
        return formatShortDate(instant, zone(), locale());
    }

    /** A moment as date and time for the current UI's reader. */
    public static String dateTime(Instant instant) {
        return formatDateTime(instant, zone(), locale());
    }

    /** A calendar date for the current UI's reader. */
    public static String date(LocalDate date) {
        return formatDate(date, locale());
    }

    /** A calendar date written out for the current UI's reader. */
    public static String longDate(LocalDate date) {
        return formatLongDate(date, locale());
    }

    /** A fraction as a percentage for the current UI's reader. */
    public static String percent(double fraction) {
        return formatPercent(fraction, locale());
    }

    /** A decimal number for the current UI's reader. */
    public static String decimal(double value) {
        return formatDecimal(value, locale());
    }
}
