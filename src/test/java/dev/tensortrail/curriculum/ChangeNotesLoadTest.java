package dev.tensortrail.curriculum;

import dev.tensortrail.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        copyShippedContent(copy);
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
        addLessonChange(copy, LESSON_FILE, "2026-11-20", "The graph section now names torch.export.");
        loader.load(location());
        var first = jdbc.sql("select change_date || ' ' || note || ' ' || noticed_at from lesson_change c"
                + " join lesson l on l.id = c.lesson_id where l.slug = 'graphs-what-is-a-graph'")
                .query(String.class).list();
        assertThat(first).singleElement().asString().startsWith("2026-11-20 The graph section now names torch.export.");

        Files.writeString(copy.resolve(LESSON_FILE), Files.readString(copy.resolve(LESSON_FILE)) + "\nOne more line.\n");
        loader.load(location());

        assertThat(jdbc.sql("select change_date || ' ' || note || ' ' || noticed_at from lesson_change c"
                + " join lesson l on l.id = c.lesson_id where l.slug = 'graphs-what-is-a-graph'")
                .query(String.class).list()).isEqualTo(first);
    }

    @Test
    void a_quiz_change_note_is_stored() throws IOException {
        addQuizChange("2026-11-20", "Prompts ask about today; the quiz shows its date once.");
        loader.load(location());
        assertThat(jdbc.sql("select note from quiz_change c join quiz q on q.id = c.quiz_id where q.slug = 'graphs-quiz'")
                .query(String.class).list()).containsExactly("Prompts ask about today; the quiz shows its date once.");
    }

    @Test
    void a_lesson_change_note_in_the_future_is_refused_with_file_and_line_and_nothing_loaded_is_lost()
            throws IOException {
        String before = snapshot();
        addLessonChange(copy, LESSON_FILE, "2999-01-01", "Not yet.");
        assertThatThrownBy(() -> loader.load(location()))
                .hasMessageContaining("01-graphs-what-is-a-graph.md: line 12: changes entry 1: 'date' 2999-01-01"
                        + " is in the future");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_quiz_change_note_without_a_sentence_is_refused_with_file_and_line_and_nothing_loaded_is_lost()
            throws IOException {
        String before = snapshot();
        addQuizChange("2026-11-20", "");
        assertThatThrownBy(() -> loader.load(location()))
                .hasMessageContaining("quizzes/graphs.yml: line 8: changes entry 1: 'note' is empty");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_question_id_reused_with_none_of_its_option_texts_is_refused_with_file_and_line() throws IOException {
        String before = snapshot();
        Path quiz = copy.resolve(QUIZ_FILE);
        String text = Files.readString(quiz);
        int next = text.indexOf("  - id: graphs-why-record-ops");
        Files.writeString(quiz, text.substring(0, next).replace("- text: \"", "- text: \"Now: ") + text.substring(next));

        assertThatThrownBy(() -> loader.load(location()))
                .hasMessageContaining("quizzes/graphs.yml: line 7: question 'graphs-static-dynamic' reuses the id of"
                        + " a different question (was a single question with none of these option texts)");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_question_id_reused_for_another_type_is_refused_and_an_edit_of_one_option_is_not() throws IOException {
        Path quiz = copy.resolve(QUIZ_FILE);
        String text = Files.readString(quiz);
        Files.writeString(quiz, text.replaceFirst("type: single", "type: multiple")
                .replaceFirst("correct: false", "correct: true"));
        assertThatThrownBy(() -> loader.load(location()))
                .hasMessageContaining("quizzes/graphs.yml: line 7: question 'graphs-static-dynamic' reuses the id of"
                        + " a different question (was a single question)");

        Files.writeString(quiz, text.replace("PyTorch 2 builds a static graph by default",
                "PyTorch 2 always builds a static graph"));
        loader.load(location());
        assertThat(jdbc.sql("select count(*) from question_option where text like 'PyTorch 2 always builds%'")
                .query(Long.class).single()).isOne();
    }

    private void addQuizChange(String date, String note) throws IOException {
        Path quiz = copy.resolve(QUIZ_FILE);
        Files.writeString(quiz, Files.readString(quiz).replaceFirst("questions:\n",
                "changes:\n  - date: " + date + "\n    note: \"" + note + "\"\nquestions:\n"));
    }

    static void addLessonChange(Path root, String file, String date, String note) throws IOException {
        Path lesson = root.resolve(file);
        Files.writeString(lesson, Files.readString(lesson).replaceFirst("\nkey_points:\n",
                "\nchanges:\n  - date: " + date + "\n    note: \"" + note + "\"\nkey_points:\n"));
    }

    static void copyShippedContent(Path copy) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        String root = resolver.getResource("classpath:curriculum/").getURL().toString();
        for (var resource : resolver.getResources("classpath:curriculum/**/*.*")) {
            String relative = resource.getURL().toString().substring(root.length());
            Path target = copy.resolve(relative);
            Files.createDirectories(target.getParent());
            try (var in = resource.getInputStream()) {
                Files.write(target, in.readAllBytes());
            }
        }
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
