package dev.tensortrail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tensortrail.curriculum.LessonContent;
import dev.tensortrail.curriculum.content.ContentReader;
import dev.tensortrail.curriculum.content.ContentValidationException;
import dev.tensortrail.curriculum.content.CurriculumSource;
import dev.tensortrail.curriculum.content.LessonSource;
import dev.tensortrail.curriculum.content.MarkdownRenderer;
import dev.tensortrail.quiz.content.QuizReader;
import dev.tensortrail.recommendation.DecisionModelFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jazzer fuzz tests over what turns files into pages: the Markdown renderer and sanitiser, the lesson
 * and manifest reader, the quiz reader and the decision-model parser. Whatever the input, no exception
 * escapes but the readers' own validation errors, and no HTML comes out that could run script.
 *
 * <p>{@code ./mvnw verify} runs each target in regression mode (the seed inputs in
 * src/test/resources/dev/tensortrail/ContentFuzzTestInputs/ and an empty input: a few seconds).
 * Fuzzing for real, one target per run: see the README ("Fuzzing").
 */
class ContentFuzzTest {

    /** Every element the sanitiser's policy allows; anything else in the output is a leak. */
    private static final Set<String> ALLOWED_ELEMENTS = Set.of(
            "p",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "strong",
            "em",
            "code",
            "pre",
            "blockquote",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "hr",
            "br",
            "a",
            "div",
            "figure",
            "figcaption",
            "del");

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)(^|[\\s\"'/])on[a-z]+\\s*=");
    private static final Pattern HREF = Pattern.compile("(?i)href\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern SAFE_URL =
            Pattern.compile("(?i)(https?://|mailto:|#|/|\\.|[^:/?#]*([/?#]|$)).*", Pattern.DOTALL);
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);?");

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final ContentReader CONTENT = new ContentReader(RENDERER, CLOCK);
    private static final QuizReader QUIZZES = new QuizReader(CONTENT, RENDERER, CLOCK);
    private static final Path WORK = temporaryFolder();
    private static final String REAL_MANIFEST = classpathText("/curriculum/path.yml");
    private static final List<LessonContent> REAL_LESSONS = lessons(CONTENT.read("classpath:curriculum/"));

    @FuzzTest(maxDuration = "10s")
    void markdown_renders_to_safe_html_whatever_the_input(FuzzedDataProvider data) {
        var rendered = RENDERER.render(data.consumeRemainingAsString());
        assertSafeHtml(rendered.html());
    }

    @FuzzTest(maxDuration = "10s")
    void the_sanitiser_lets_no_script_through_whatever_the_html(FuzzedDataProvider data) {
        assertSafeHtml(MarkdownRenderer.sanitize(data.consumeRemainingAsString()));
    }

    @FuzzTest(maxDuration = "10s")
    void a_lesson_file_and_manifest_either_load_as_safe_html_or_are_reported(FuzzedDataProvider data) {
        Path root = WORK.resolve("content");
        String manifest = data.consumeBoolean() ? data.consumeString(2_000) : REAL_MANIFEST;
        write(root.resolve("path.yml"), manifest);
        write(root.resolve("lessons/graphs/01-fuzzed.md"), data.consumeRemainingAsString());
        try {
            assertSafeHtmlIn(CONTENT.read(root.toUri().toString()));
        } catch (ContentValidationException expected) {
            // a broken file is reported with its problems: that is the reader doing its job
        }
    }

    @FuzzTest(maxDuration = "10s")
    void a_quiz_file_either_loads_as_safe_html_or_is_reported(FuzzedDataProvider data) {
        Path root = WORK.resolve("quizzes-root");
        write(root.resolve("quizzes/fuzzed.yml"), data.consumeRemainingAsString());
        try {
            assertSafeHtmlIn(QUIZZES.read(root.toUri().toString(), REAL_LESSONS));
        } catch (ContentValidationException expected) {
            // reported, as the reader should
        }
    }

    @FuzzTest(maxDuration = "10s")
    void a_decision_model_file_either_parses_or_is_rejected_with_a_message(FuzzedDataProvider data) {
        try {
            DecisionModelFile.parse(data.consumeRemainingAsString(), "fuzzed.yml");
        } catch (ContentValidationException expected) {
            // the parser's own validation: every problem names the file
            if (expected.problems().isEmpty()
                    || !expected.problems().stream().allMatch(p -> p.file().equals("fuzzed.yml"))) {
                throw new AssertionError("a rejection that does not name the file: " + expected.getMessage(), expected);
            }
        }
    }

    /** No element outside the policy, no event handler, no script URL: what could run script in a page. */
    static void assertSafeHtml(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        if (lower.contains("<script")
                || lower.contains("<iframe")
                || lower.contains("<svg")
                || lower.contains("<style")) {
            throw new AssertionError("unsafe element in: " + html);
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String element = tag.group(1).toLowerCase(Locale.ROOT);
            String attributes = decodeEntities(tag.group(2));
            if (!ALLOWED_ELEMENTS.contains(element)) {
                throw new AssertionError("element <" + element + "> is not allowed: " + html);
            }
            if (EVENT_HANDLER.matcher(attributes).find()) {
                throw new AssertionError("event handler attribute in: " + tag.group());
            }
            Matcher href = HREF.matcher(attributes);
            while (href.find()) {
                String url = href.group(1).strip();
                if (!SAFE_URL.matcher(url).matches()
                        || url.toLowerCase(Locale.ROOT).matches("(?s)\\s*(javascript|vbscript|data):.*")) {
                    throw new AssertionError("unsafe link '" + url + "' in: " + tag.group());
                }
            }
        }
    }

    private static String decodeEntities(String text) {
        Matcher entity = NUMERIC_ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            int code;
            try {
                code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
            } catch (NumberFormatException e) {
                code = '?';
            }
            entity.appendReplacement(
                    decoded,
                    Matcher.quoteReplacement(Character.isValidCodePoint(code) ? Character.toString(code) : "?"));
        }
        entity.appendTail(decoded);
        return decoded.toString().replace("&colon;", ":").replace("&amp;", "&").replace("&quot;", "\"");
    }

    /** Every String component named *Html in the records (and lists of records) reachable from the value. */
    private static void assertSafeHtmlIn(Object value) {
        if (value instanceof Collection<?> items) {
            items.forEach(ContentFuzzTest::assertSafeHtmlIn);
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object part;
                try {
                    part = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (part instanceof String text
                        && component.getName().toLowerCase(Locale.ROOT).endsWith("html")) {
                    assertSafeHtml(text);
                } else if (part != null) {
                    assertSafeHtmlIn(part);
                }
            }
        }
    }

    private static List<LessonContent> lessons(CurriculumSource curriculum) {
        return curriculum.lessons().stream().map(ContentFuzzTest::content).toList();
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

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classpathText(String resource) {
        try (var in = ContentFuzzTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("tensortrail-fuzz");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
