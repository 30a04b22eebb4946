package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @Nested
    class Rows {

        @Test
        void every_text_cell_is_quoted_and_cells_are_joined_by_the_separator() {
            assertThat(Csv.row(List.of("alice", "Intro to tensors", "done")))
                    .isEqualTo("\"alice\",\"Intro to tensors\",\"done\"");
            assertThat(Csv.row(List.of("alice", 3), ';')).isEqualTo("\"alice\";3");
        }

        @Test
        void a_row_has_no_line_terminator() {
            assertThat(Csv.row(List.of("a"))).isEqualTo("\"a\"");
        }

        @Test
        void a_separator_inside_a_cell_stays_inside_the_quotes() {
            assertThat(Csv.row(List.of("Smith, Jane", "x"))).isEqualTo("\"Smith, Jane\",\"x\"");
            assertThat(Csv.row(List.of("Smith; Jane", "x"), ';')).isEqualTo("\"Smith; Jane\";\"x\"");
        }

        @Test
        void double_quotes_are_doubled_inside_a_quoted_cell() {
            assertThat(Csv.row(List.of("say \"hi\""))).isEqualTo("\"say \"\"hi\"\"\"");
            assertThat(Csv.row(List.of("\""))).isEqualTo("\"\"\"\"");
        }

        @Test
        void line_feeds_and_carriage_returns_inside_a_cell_are_quoted() {
            assertThat(Csv.row(List.of("line 1\nline 2", "a\r\nb"))).isEqualTo("\"line 1\nline 2\",\"a\r\nb\"");
        }

        @Test
        void unicode_text_is_written_unchanged() {
            assertThat(Csv.row(List.of("Zoë 学习者", "🙂"))).isEqualTo("\"Zoë 学习者\",\"🙂\"");
        }

        @Test
        void null_and_empty_cells_become_empty_quoted_fields() {
            assertThat(Csv.row(Arrays.asList(null, "a", ""))).isEqualTo("\"\",\"a\",\"\"");
        }

        @Test
        void a_null_list_is_rejected() {
            assertThatThrownBy(() -> Csv.row(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class FormulaInjection {

        @ParameterizedTest
        @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1:A2)", "\tx", "\r=1", "=HYPERLINK(\"http://evil\")"})
        void text_starting_with_a_dangerous_character_gets_a_single_quote_prefix(String cell) {
            assertThat(parse(Csv.row(List.of(cell)), ',').get(0)).isEqualTo("'" + cell);
        }

        @Test
        void a_formula_after_a_semicolon_is_guarded_too() {
            assertThat(Csv.row(List.of("Bob;=cmd|' /C calc'!A0"))).isEqualTo("\"Bob;'=cmd|' /C calc'!A0\"");
        }

        @Test
        void a_formula_after_a_comma_or_a_line_break_is_guarded_too() {
            assertThat(Csv.guardFormulas("Bob,=1")).isEqualTo("Bob,'=1");
            assertThat(Csv.guardFormulas("Bob, +1")).isEqualTo("Bob, '+1");
            assertThat(Csv.guardFormulas("Bob\n@SUM(1)")).isEqualTo("Bob\n'@SUM(1)");
        }

        @Test
        void dangerous_characters_inside_a_word_are_left_alone() {
            assertThat(Csv.guardFormulas("a=b x-y me@example.org 1+1")).isEqualTo("a=b x-y me@example.org 1+1");
        }

        @Test
        void a_single_quote_at_the_start_is_not_doubled() {
            assertThat(Csv.guardFormulas("'quoted")).isEqualTo("'quoted");
        }

        @Test
        void non_string_objects_are_treated_as_text_and_protected() {
            Object sneaky = new Object() {
                @Override
                public String toString() {
                    return "=1+1";
                }
            };
            assertThat(Csv.row(List.of(sneaky, '-', LocalDate.of(2026, 6, 10), true)))
                    .isEqualTo("\"'=1+1\",\"'-\",\"2026-06-10\",\"true\"");
        }

        /** What a spreadsheet shows, split on each separator as a German (;) or English (,) Excel would. */
        @ParameterizedTest
        @ValueSource(chars = {',', ';'})
        void no_cell_starts_a_formula_whichever_separator_the_spreadsheet_splits_on(char written) {
            List<String> hostile = List.of(
                    "Bob;=cmd|' /C calc'!A0",
                    "Ann,=HYPERLINK(\"http://evil\")",
                    "x; +1",
                    "-2+3",
                    "@SUM(1;2)",
                    "a\n=1",
                    "ok; fine, =really");
            String csv = Csv.table(
                    List.of("name", "n"),
                    hostile.stream().<List<?>>map(h -> List.of(h, -1)).toList(),
                    written);
            for (char spreadsheet : new char[] {',', ';'}) {
                for (String cell : naiveCells(csv, spreadsheet)) {
                    String shown = cell.strip().replace("\"", "");
                    if (shown.equals("-1")) {
                        continue; // a real number
                    }
                    assertThat(shown)
                            .as("cell %s when split on %s", cell, spreadsheet)
                            .doesNotStartWith("=")
                            .doesNotStartWith("+")
                            .doesNotStartWith("-")
                            .doesNotStartWith("@");
                }
            }
            // and a CSV reader gets every value back, guard included
            var records = records(csv, written);
            assertThat(records).hasSize(hostile.size() + 1);
            assertThat(records.get(1).get(0)).isEqualTo("Bob;'=cmd|' /C calc'!A0");
            assertThat(records.get(1).get(1)).isEqualTo("-1");
        }

        /** The worst case: a reader that ignores quotes and splits on the separator and on line breaks. */
        private static List<String> naiveCells(String csv, char separator) {
            List<String> cells = new ArrayList<>();
            for (String line : csv.split("\r\n|\n|\r")) {
                cells.addAll(Arrays.asList(line.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)));
            }
            return cells;
        }
    }

    @Nested
    class Numbers {

        @Test
        void numbers_of_any_type_are_unquoted_and_unguarded() {
            assertThat(Csv.row(List.of(42, -7L, -0.5, 2.5f, new BigDecimal("-12.50"), (short) -1)))
                    .isEqualTo("42,-7,-0.5,2.5,-12.50,-1");
        }

        @Test
        void negative_text_is_still_prefixed_because_only_numbers_are_trusted() {
            assertThat(Csv.row(List.of(-3, "-3"))).isEqualTo("-3,\"'-3\"");
        }
    }

    @Nested
    class Tables {

        @Test
        void a_header_and_rows_are_written_with_crlf_line_ends() {
            String csv = Csv.table(
                    List.of("learner", "lesson", "score", "note"),
                    List.of(
                            List.of("Zoë 学习者", "Tensors, part 1", 95, "great"),
                            Arrays.asList("=evil()", "Backprop", -3, null)));

            assertThat(csv)
                    .isEqualTo("\"learner\",\"lesson\",\"score\",\"note\"\r\n"
                            + "\"Zoë 学习者\",\"Tensors, part 1\",95,\"great\"\r\n"
                            + "\"'=evil()\",\"Backprop\",-3,\"\"\r\n");
        }

        @Test
        void a_semicolon_table_uses_semicolons() {
            assertThat(Csv.table(List.of("a", "b"), List.of(List.of("x;y", 2)), ';'))
                    .isEqualTo("\"a\";\"b\"\r\n\"x;y\";2\r\n");
        }

        @Test
        void a_header_without_rows_is_one_line_and_header_cells_are_protected_too() {
            assertThat(Csv.table(List.of("-total", "x,y"), List.of()))
                    .isEqualTo("\"'-total\",\"x,'y\"\r\n".replace("'y", "y"));
        }

        @Test
        void a_row_with_the_wrong_number_of_cells_is_rejected() {
            assertThatThrownBy(() -> Csv.table(List.of("a", "b"), List.of(List.of(1, 2), List.of(3))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 1");
        }

        @Test
        void null_arguments_are_rejected() {
            assertThatThrownBy(() -> Csv.table(null, List.of())).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> Csv.table(List.of("a"), null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> Csv.table(List.of("a"), Arrays.asList(List.of(1), null)))
                    .isInstanceOf(NullPointerException.class);
        }
    }

    private static List<String> parse(String row, char delimiter) {
        return records(row + "\r\n", delimiter).get(0).toList();
    }

    private static List<CSVRecord> records(String csv, char delimiter) {
        try {
            return CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter)
                    .get()
                    .parse(new StringReader(csv))
                    .getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
