package dev.tensortrail.quiz.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.curriculum.LessonContent;
import dev.tensortrail.curriculum.content.ContentProblem;
import dev.tensortrail.curriculum.content.ContentReader;
import dev.tensortrail.curriculum.content.ContentValidationException;
import dev.tensortrail.curriculum.content.LessonSource;
import dev.tensortrail.curriculum.content.MarkdownRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizReaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final ContentReader CONTENT = new ContentReader(RENDERER, CLOCK);

    private final QuizReader reader = new QuizReader(CONTENT, RENDERER, CLOCK);

    @TempDir
    Path root;

    @Test
    void the_shipped_graphs_quiz_reads() throws IOException {
        write(shipped());

        assertThat(reader.read(root.toUri().toString(), lessons()))
                .singleElement()
                .satisfies(quiz -> assertThat(quiz.slug()).isEqualTo("graphs-quiz"));
    }

    @Test
    void a_quiz_is_checked_by_the_shared_reader_and_each_mistake_is_reported_once() throws IOException {
        String quiz = shipped();
        int firstQuestion = lineOf(quiz, "  - id: graphs-static-dynamic");
        write(quiz.replace("as_of: 2026-12-01\n", "as_of: 2026-02-30\n")
                .replace("title: \"Quiz: Computation graphs\"", "title: Yes")
                .replaceFirst("correct: true", "correct: maybe"));

        assertThatThrownBy(() -> reader.read(root.toUri().toString(), lessons()))
                .isInstanceOfSatisfying(
                        ContentValidationException.class,
                        e -> assertThat(e.problems())
                                .allSatisfy(p -> assertThat(p.file()).endsWith("quizzes/graphs.yml"))
                                .extracting(ContentProblem::problem)
                                .contains(
                                        "'as_of' must be an ISO date such as 2025-12-01, not '2026-02-30'",
                                        "'title' must be text, not true (put it in quotes to mean text)")
                                .filteredOn(p -> p.contains("'correct'"))
                                .containsExactly("line " + firstQuestion + ": question 'graphs-static-dynamic':"
                                        + " option 'Both run eagerly by default and compile Python code into a graph on"
                                        + " request.': 'correct' must be true or false, not 'maybe'"));
    }

    private static String shipped() throws IOException {
        return Files.readString(Path.of("src/main/resources/curriculum/quizzes/graphs.yml"));
    }

    private static int lineOf(String text, String line) {
        return text.substring(0, text.indexOf(line)).split("\n", -1).length;
    }

    private void write(String quiz) throws IOException {
        Files.createDirectories(root.resolve("quizzes"));
        Files.writeString(root.resolve("quizzes/graphs.yml"), quiz);
    }

    private static List<LessonContent> lessons() {
        return CONTENT.read("classpath:curriculum").lessons().stream()
                .map(QuizReaderTest::content)
                .toList();
    }

    private static LessonContent content(LessonSource lesson) {
        return new LessonContent(
                lesson.slug(),
                lesson.title(),
                lesson.module(),
                lesson.module(),
                lesson.goal(),
                lesson.readingMinutes(),
                lesson.asOf(),
                lesson.bodyHtml(),
                lesson.keyPoints(),
                lesson.skills(),
                lesson.sources().stream()
                        .map(s -> new LessonContent.Source(s.title(), s.url()))
                        .toList(),
                lesson.sections().stream()
                        .map(s -> new LessonContent.Section(s.anchor(), s.title()))
                        .toList());
    }
}
