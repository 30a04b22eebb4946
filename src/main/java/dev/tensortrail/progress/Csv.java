package dev.tensortrail.progress;

import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Writes RFC 4180 CSV that is safe to open in spreadsheet applications.
 *
 * <p>Each cell is written as follows:
 *
 * <ul>
 *   <li>{@code null} becomes an empty field.
 *   <li>A {@link Number} is written with its {@code toString()} unchanged, so {@code -3} stays
 *       {@code -3}.
 *   <li>Anything else is treated as text via {@code String.valueOf}. If the text starts with
 *       {@code =}, {@code +}, {@code -}, {@code @}, tab (U+0009) or carriage return (U+000D), a
 *       single quote {@code '} is put in front of it so that spreadsheets show it as text instead
 *       of evaluating it as a formula (OWASP "CSV Injection" guidance).
 *   <li>Finally, a field that contains a comma, double quote, CR or LF is enclosed in double
 *       quotes, and each double quote inside it is doubled.
 * </ul>
 *
 * <p>Records are separated by CRLF, as RFC 4180 requires.
 */
public final class Csv {

    /** Line terminator required by RFC 4180. */
    public static final String CRLF = "\r\n";

    private Csv() {}

    /**
     * Formats one CSV record, without a line terminator.
     *
     * @param cells the cell values; elements may be {@code null}
     * @return the cells, escaped and joined by commas; empty for an empty list
     * @throws NullPointerException if {@code cells} is null
     */
    public static String row(List<?> cells) {
        Objects.requireNonNull(cells, "cells");
        StringJoiner joined = new StringJoiner(",");
        for (Object cell : cells) {
            joined.add(cell(cell));
        }
        return joined.toString();
    }

    /**
     * Formats a whole CSV document: the header record followed by the data records, each one
     * terminated by CRLF (including the last).
     *
     * @param header the column names; they are text cells too, so they get the same protection
     * @param rows the data records; each must have exactly as many cells as {@code header}
     * @return the CSV document
     * @throws NullPointerException if {@code header}, {@code rows} or any row is null
     * @throws IllegalArgumentException if a row has a different number of cells than the header
     */
    public static String table(List<String> header, List<List<?>> rows) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rows, "rows");
        StringBuilder out = new StringBuilder().append(row(header)).append(CRLF);
        for (int i = 0; i < rows.size(); i++) {
            List<?> cells = Objects.requireNonNull(rows.get(i), "row " + i);
            // RFC 4180 expects the same field count on every line; a short row would silently
            // shift later values under the wrong column in the spreadsheet.
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(
                        "row " + i + " has " + cells.size() + " cells, header has " + header.size());
            }
            out.append(row(cells)).append(CRLF);
        }
        return out.toString();
    }

    private static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        // Numbers are exempt from the formula guard because their text is produced by the number
        // type, not typed by a user, and "'-3" would turn a number into text in the spreadsheet.
        // They still go through quoting in case a custom Number type prints a comma.
        String text = value instanceof Number ? value.toString() : guardFormula(String.valueOf(value));
        return needsQuotes(text) ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String guardFormula(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ',', '"', '\r', '\n' -> {
                    return true;
                }
                default -> {
                    // keep scanning
                }
            }
        }
        return false;
    }
}
