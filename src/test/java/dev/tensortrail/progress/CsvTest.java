package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @Nested
    class Rows {

        @Test
        void plain_cells_are_joined_by_commas_without_quotes() {
            assertThat(Csv.row(List.of("alice", "Intro to tensors", "done"))).isEqualTo("alice,Intro to tensors,done");
        }

        @Test
        void a_row_has_no_line_terminator() {
            assertThat(Csv.row(List.of("a"))).isEqualTo("a");
        }

        @Test
        void a_cell_with_a_comma_is_quoted() {
            assertThat(Csv.row(List.of("Smith, Jane", "x"))).isEqualTo("\"Smith, Jane\",x");
        }

        @Test
        void double_quotes_are_doubled_inside_a_quoted_cell() {
            assertThat(Csv.row(List.of("say \"hi\""))).isEqualTo("\"say \"\"hi\"\"\"");
        }

        @Test
        void a_cell_that_is_only_a_double_quote_is_escaped() {
            assertThat(Csv.row(List.of("\""))).isEqualTo("\"\"\"\"");
        }

        @Test
        void line_feeds_and_carriage_returns_inside_a_cell_are_quoted() {
            assertThat(Csv.row(List.of("line 1\nline 2", "a\r\nb", "c\rd")))
                    .isEqualTo("\"line 1\nline 2\",\"a\r\nb\",\"c\rd\"");
        }

        @Test
        void unicode_text_is_written_unchanged() {
            assertThat(Csv.row(List.of("Zoë 学习者", "🙂", "naïve, café")))
                    .isEqualTo("Zoë 学习者,🙂,\"naïve, café\"");
        }

        @Test
        void null_cells_become_empty_fields() {
            assertThat(Csv.row(Arrays.asList(null, "a", null))).isEqualTo(",a,");
        }

        @Test
        void a_single_null_cell_is_an_empty_row() {
            assertThat(Csv.row(Arrays.asList((Object) null))).isEmpty();
        }

        @Test
        void an_empty_list_is_an_empty_row() {
            assertThat(Csv.row(List.of())).isEmpty();
        }

        @Test
        void empty_strings_stay_empty_fields() {
            assertThat(Csv.row(List.of("", "a", ""))).isEqualTo(",a,");
        }

        @Test
        void a_null_list_is_rejected() {
            assertThatThrownBy(() -> Csv.row(null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class FormulaInjection {

        @ParameterizedTest
        @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1:A2)", "\tx", "=HYPERLINK(\"http://evil\")"})
        void text_starting_with_a_dangerous_character_gets_a_single_quote_prefix(String cell) {
            String written = Csv.row(List.of(cell));

            // Strip RFC 4180 quoting to look at the field value the spreadsheet will see.
            String value = written.startsWith("\"")
                    ? written.substring(1, written.length() - 1).replace("\"\"", "\"")
                    : written;
            assertThat(value).isEqualTo("'" + cell);
        }

        @Test
        void equals_sign_is_neutralised() {
            assertThat(Csv.row(List.of("=cmd|' /C calc'!A0"))).isEqualTo("'=cmd|' /C calc'!A0");
        }

        @Test
        void plus_sign_is_neutralised() {
            assertThat(Csv.row(List.of("+41 44 000"))).isEqualTo("'+41 44 000");
        }

        @Test
        void minus_sign_in_text_is_neutralised() {
            assertThat(Csv.row(List.of("-2+3"))).isEqualTo("'-2+3");
        }

        @Test
        void at_sign_is_neutralised() {
            assertThat(Csv.row(List.of("@SUM(1,2)"))).isEqualTo("\"'@SUM(1,2)\"");
        }

        @Test
        void leading_tab_is_neutralised_without_quoting() {
            assertThat(Csv.row(List.of("\t=1"))).isEqualTo("'\t=1");
        }

        @Test
        void leading_carriage_return_is_neutralised_and_then_quoted() {
            assertThat(Csv.row(List.of("\r=1"))).isEqualTo("\"'\r=1\"");
        }

        @Test
        void prefix_and_quote_escaping_combine() {
            assertThat(Csv.row(List.of("=\"a\",b"))).isEqualTo("\"'=\"\"a\"\",b\"");
        }

        @Test
        void dangerous_characters_later_in_the_text_are_left_alone() {
            assertThat(Csv.row(List.of("a=b", "x-y", "me@example.org", "1+1")))
                    .isEqualTo("a=b,x-y,me@example.org,1+1");
        }

        @Test
        void a_leading_line_feed_is_only_quoted() {
            // LF is not in the OWASP prefix list; quoting alone keeps it inside the field.
            assertThat(Csv.row(List.of("\nx"))).isEqualTo("\"\nx\"");
        }

        @Test
        void a_single_quote_at_the_start_is_not_doubled() {
            assertThat(Csv.row(List.of("'quoted"))).isEqualTo("'quoted");
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
                    .isEqualTo("'=1+1,'-,2026-06-10,true");
        }
    }

    @Nested
    class Numbers {

        @Test
        void a_negative_number_is_written_as_is() {
            assertThat(Csv.row(List.of(-3))).isEqualTo("-3");
        }

        @Test
        void negative_text_is_still_prefixed_because_only_numbers_are_trusted() {
            assertThat(Csv.row(List.of(-3, "-3"))).isEqualTo("-3,'-3");
        }

        @Test
        void numbers_of_any_type_use_their_own_text() {
            assertThat(Csv.row(List.of(42, -7L, -0.5, 2.5f, new BigDecimal("-12.50"), (short) -1)))
                    .isEqualTo("42,-7,-0.5,2.5,-12.50,-1");
        }

        @Test
        void a_number_type_that_prints_a_comma_is_still_quoted() {
            Number weird = new Number() {
                @Override
                public int intValue() {
                    return 1000;
                }

                @Override
                public long longValue() {
                    return 1000;
                }

                @Override
                public float floatValue() {
                    return 1000;
                }

                @Override
                public double doubleValue() {
                    return 1000;
                }

                @Override
                public String toString() {
                    return "-1,000";
                }
            };

            assertThat(Csv.row(List.of(weird))).isEqualTo("\"-1,000\"");
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

            assertThat(csv).isEqualTo(
                    "learner,lesson,score,note\r\n"
                            + "Zoë 学习者,\"Tensors, part 1\",95,great\r\n"
                            + "'=evil(),Backprop,-3,\r\n");
        }

        @Test
        void every_line_ends_with_crlf_and_no_bare_line_feed_appears() {
            String csv = Csv.table(List.of("a", "b"), List.of(List.of(1, 2), List.of(3, 4)));

            assertThat(csv).endsWith("\r\n");
            assertThat(csv.split("\r\n", -1)).containsExactly("a,b", "1,2", "3,4", "");
            assertThat(csv.replace("\r\n", "")).doesNotContain("\n", "\r");
        }

        @Test
        void a_header_without_rows_is_one_line() {
            assertThat(Csv.table(List.of("a", "b"), List.of())).isEqualTo("a,b\r\n");
        }

        @Test
        void header_cells_are_protected_too() {
            assertThat(Csv.table(List.of("-total", "x,y"), List.of())).isEqualTo("'-total,\"x,y\"\r\n");
        }

        @Test
        void line_breaks_inside_cells_stay_inside_quotes() {
            String csv = Csv.table(List.of("note"), List.of(List.of("first\nsecond")));

            assertThat(csv).isEqualTo("note\r\n\"first\nsecond\"\r\n");
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
}
