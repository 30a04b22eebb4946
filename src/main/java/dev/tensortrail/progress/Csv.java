package dev.tensortrail.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * Writes RFC 4180 CSV (Apache Commons CSV) that is safe to open in spreadsheet applications.
 *
 * <ul>
 *   <li>A {@link Number} is written unquoted with its own {@code toString()}, so {@code -3} stays a
 *       number.
 *   <li>Everything else is text, and every text cell is quoted, so a separator inside it never
 *       splits it.
 *   <li>The formula guard (OWASP "CSV Injection"): a single quote {@code '} goes in front of a
 *       {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return at the start of the text
 *       <em>and</em> after every {@code ,} {@code ;} or line break in it (spaces skipped), because
 *       a spreadsheet that splits on the other separator, or ignores the quotes, would start a new
 *       cell there ({@code Bob;=cmd|...} in a German or French Excel).
 * </ul>
 *
 * <p>Records are separated by CRLF, as RFC 4180 requires.
 */
final class Csv {

    /** Line terminator required by RFC 4180. */
    public static final String CRLF = "\r\n";

    public static final char COMMA = ',';
    /** The list separator of German, French and other Excel locales. */
    public static final char SEMICOLON = ';';

    private Csv() {}

    /** One record with commas, without a line terminator. */
    public static String row(List<?> cells) {
        return row(cells, COMMA);
    }

    /** One record, without a line terminator. */
    public static String row(List<?> cells, char delimiter) {
        Objects.requireNonNull(cells, "cells");
        String record = write(delimiter, List.of(cells));
        return record.substring(0, record.length() - CRLF.length());
    }

    /** A whole document with commas; see {@link #table(List, List, char)}. */
    public static String table(List<String> header, List<List<?>> rows) {
        return table(header, rows, COMMA);
    }

    /**
     * The header record followed by the data records, each terminated by CRLF (the last too).
     *
     * @throws IllegalArgumentException if a row has a different number of cells than the header
     */
    public static String table(List<String> header, List<List<?>> rows, char delimiter) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(rows, "rows");
        List<List<?>> records = new ArrayList<>(rows.size() + 1);
        records.add(header);
        for (int i = 0; i < rows.size(); i++) {
            List<?> cells = Objects.requireNonNull(rows.get(i), "row " + i);
            // RFC 4180 expects the same field count on every line; a short row would silently
            // shift later values under the wrong column in the spreadsheet.
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(
                        "row " + i + " has " + cells.size() + " cells, header has " + header.size());
            }
            records.add(cells);
        }
        return write(delimiter, records);
    }

    private static String write(char delimiter, List<List<?>> records) {
        var format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setQuoteMode(QuoteMode.NON_NUMERIC)
                .setRecordSeparator(CRLF)
                .get();
        var out = new StringBuilder();
        try (var printer = new CSVPrinter(out, format)) {
            for (List<?> record : records) {
                printer.printRecord(record.stream().map(Csv::value).toList());
            }
        } catch (IOException cannotHappenWithAStringBuilder) {
            throw new UncheckedIOException(cannotHappenWithAStringBuilder);
        }
        return out.toString();
    }

    private static Object value(@Nullable Object cell) {
        if (cell == null) {
            return "";
        }
        // Numbers are exempt: their text comes from the number type, not from a person, and
        // "'-3" would turn a number into text in the spreadsheet.
        return cell instanceof Number ? cell : guardFormulas(String.valueOf(cell));
    }

    static String guardFormulas(String text) {
        var out = new StringBuilder(text.length() + 2);
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (cellStart && c != ' ') {
                if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                    out.append('\'');
                }
                cellStart = false;
            }
            out.append(c);
            if (c == COMMA || c == SEMICOLON || c == '\n') {
                cellStart = true;
            }
        }
        return out.toString();
    }
}
