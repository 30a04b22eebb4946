package dev.tensortrail.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.ContentCopy;
import dev.tensortrail.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code changes:} field and question ids through a real load: stored, kept across loads,
 * and a bad entry or a reused id refused with file and line while nothing loaded is lost.
 */
@IntegrationTest
class ChangeNotesLoadTest {

    static final String LESSON_FILE = "lessons/graphs/01-graphs-what-is-a-graph.md";
    static final String QUIZ_FILE = "quizzes/graphs.yml";

    @Autowired
    CurriculumLoader loader;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheShippedContent() throws IOException {
        ContentCopy.copyShippedContent(copy);
        // the shipped quiz may carry its own change notes; these tests add theirs to a quiz without any
        Path quiz = copy.resolve(QUIZ_FILE);
        Files.writeString(quiz, Files.readString(quiz).replaceFirst("(?m)^changes:\n(?:  .*\n)*", ""));
    }

    @AfterEach
    void restoreTheShippedContent() {
        loader.load("classpath:curriculum");
    }

    @Test
    void a_lesson_change_note_is_stored_and_a_second_load_keeps_when_it_was_noticed() throws IOException {
        ContentCopy.addLessonChange(copy, LESSON_FILE, "2026-11-20", "The graph section now names torch.export.");
        loader.load(location());
        var first = jdbc.sql(
                        "select change_date || ' ' || note || ' ' || noticed_at from lesson_change c"
                                + " join lesson l on l.id = c.lesson_id where l.slug = 'graphs-what-is-a-graph' and note like 'The graph%'")
                .query(String.class)
                .list();
        assertThat(first).singleElement().asString().startsWith("2026-11-20 The graph section now names torch.export.");

        Files.writeString(
                copy.resolve(LESSON_FILE), Files.readString(copy.resolve(LESSON_FILE)) + "\nOne more line.\n");
        loader.load(location());

        assertThat(jdbc.sql(
                                "select change_date || ' ' || note || ' ' || noticed_at from lesson_change c"
                                        + " join lesson l on l.id = c.lesson_id where l.slug = 'graphs-what-is-a-graph' and note like 'The graph%'")
                        .query(String.class)
                        .list())
                .isEqualTo(first);
    }

    @Test
    void a_quiz_change_note_is_stored() throws IOException {
        addQuizChange("2026-11-20", "Prompts ask about today; the quiz shows its date once.");
        loader.load(location());
        assertThat(jdbc.sql(
                                "select note from quiz_change c join quiz q on q.id = c.quiz_id where q.slug = 'graphs-quiz'")
                        .query(String.class)
                        .list())
                .contains("Prompts ask about today; the quiz shows its date once.");
    }

    @Test
    void a_lesson_change_note_in_the_future_is_refused_with_file_and_line_and_nothing_loaded_is_lost()
            throws IOException {
        String before = snapshot();
        ContentCopy.addLessonChange(copy, LESSON_FILE, "2999-01-01", "Not yet.");
        assertThatThrownBy(() -> loader.load(location()))
                .hasMessageContaining(
                        "01-graphs-what-is-a-graph.md: line " + lineOf(LESSON_FILE, "  - date: 2999-01-01")
                                + ": changes entry 1: 'date' 2999-01-01 is in the future");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_quiz_change_note_without_a_sentence_is_refused_with_file_and_line_and_nothing_loaded_is_lost()
            throws IOException {
        String before = snapshot();
        addQuizChange("2026-11-20", "");
        assertThatThrownBy(() -> loader.load(location()))
                .hasMessageContaining("quizzes/graphs.yml: line " + (lineOf(QUIZ_FILE, "  - date: 2026-11-20") + 1)
                        + ": changes entry 1: 'note' is empty");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_question_id_reused_with_none_of_its_option_texts_is_refused_with_file_and_line() throws IOException {
        String before = snapshot();
        Path quiz = copy.resolve(QUIZ_FILE);
        String text = Files.readString(quiz);
        var question = firstSingleQuestion(text);
        String block = text.substring(question.start(), question.end());
        Files.writeString(
                quiz,
                text.substring(0, question.start())
                        + block.replace("- text: \"", "- text: \"Now: ")
                        + text.substring(question.end()));

        assertThatThrownBy(() -> loader.load(location()))
                .hasMessageContaining("quizzes/graphs.yml: line " + question.line() + ": question '" + question.id()
                        + "' reuses the id of a different question (was a single question with none of these option"
                        + " texts)");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_question_id_reused_for_another_type_is_refused_and_an_edit_of_one_option_is_not() throws IOException {
        Path quiz = copy.resolve(QUIZ_FILE);
        String text = Files.readString(quiz);
        var question = firstSingleQuestion(text);
        String block = text.substring(question.start(), question.end());
        Files.writeString(
                quiz,
                text.substring(0, question.start())
                        + block.replace("type: single", "type: multiple")
                                .replaceFirst("correct: false", "correct: true")
                        + text.substring(question.end()));
        assertThatThrownBy(() -> loader.load(location()))
                .hasMessageContaining("quizzes/graphs.yml: line " + question.line() + ": question '" + question.id()
                        + "' reuses the id of a different question (was a single question)");

        // one option reworded: the same question
        Files.writeString(
                quiz,
                text.substring(0, question.start())
                        + block.replaceFirst("- text: \"", "- text: \"Reworded: ")
                        + text.substring(question.end()));
        loader.load(location());
        assertThat(jdbc.sql("select count(*) from question_option where text like 'Reworded: %'")
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private void addQuizChange(String date, String note) throws IOException {
        Path quiz = copy.resolve(QUIZ_FILE);
        String text = Files.readString(quiz);
        String entry = "  - date: " + date + "\n    note: \"" + note + "\"\n";
        Files.writeString(
                quiz,
                text.startsWith("changes:\n") || text.contains("\nchanges:\n")
                        ? text.replaceFirst("(^|\n)changes:\n", "$1changes:\n" + entry)
                        : text.replaceFirst("\nquestions:\n", "\nchanges:\n" + entry + "questions:\n"));
    }

    private int lineOf(String file, String line) throws IOException {
        var lines = Files.readAllLines(copy.resolve(file));
        return lines.indexOf(line) + 1;
    }

    record QuestionBlock(String id, int line, int start, int end) {}

    /** The first single-choice question with four options or more: where its entry starts and ends. */
    private static QuestionBlock firstSingleQuestion(String text) {
        var ids = java.util.regex.Pattern.compile("\n  - id: (\\S+)\n").matcher(text);
        java.util.List<int[]> starts = new java.util.ArrayList<>();
        java.util.List<String> names = new java.util.ArrayList<>();
        while (ids.find()) {
            starts.add(new int[] {ids.start() + 1});
            names.add(ids.group(1));
        }
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i)[0];
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String block = text.substring(start, end);
            if (block.contains("\n    type: single\n") && block.split("- text: \"", -1).length - 1 >= 4) {
                int line = (int) text.substring(0, start)
                                .chars()
                                .filter(c -> c == '\n')
                                .count()
                        + 1;
                return new QuestionBlock(names.get(i), line, start, end);
            }
        }
        throw new IllegalStateException("no single-choice question with four options in the graphs quiz");
    }

    private String location() {
        return copy.toUri().toString();
    }

    private String snapshot() {
        return String.join("\n", jdbc.sql("""
                select slug || ':' || content_hash || ':' || updated_at from lesson
                union all select 'quiz ' || slug || ':' || content_hash from quiz
                union all select 'question ' || content_key || ':' || content_hash || ':' || answer_hash from question
                union all select 'change ' || lesson_id || ':' || note from lesson_change
                union all select 'quiz change ' || quiz_id || ':' || note from quiz_change
                order by 1""").query(String.class).list());
    }
}
