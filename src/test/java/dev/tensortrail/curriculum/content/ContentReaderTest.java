package dev.tensortrail.curriculum.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentReaderTest {

    private final ContentReader reader = new ContentReader(
            new MarkdownRenderer(), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    @BeforeEach
    void writeManifest() throws IOException {
        Files.createDirectories(dir.resolve("lessons/basics"));
        Files.writeString(dir.resolve("path.yml"), """
                version: 1
                modules:
                  - slug: basics
                    title: Basics
                    order: 1
                    summary: The basics.
                    unlock: open
                """);
    }

    @Test
    void the_two_seed_gap_lessons_teach_their_skills_under_the_agreed_headings() {
        // quiz questions point at these headings (CONTENT-COORD.md), so they must not drift
        var lessons = new ContentReader(new MarkdownRenderer(), Clock.systemUTC())
                .read("classpath:curriculum")
                .lessons();
        assertThat(lessons)
                .filteredOn(l -> l.slug().equals("community-learning-resources"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.order()).isEqualTo(4);
                    assertThat(l.skills()).containsExactly("learning-resources");
                    assertThat(l.sections())
                            .extracting(LessonSource.Section::title)
                            .contains("Official tutorials and guides", "Free courses", "Books");
                });
        assertThat(lessons)
                .filteredOn(l -> l.slug().equals("community-research-vs-production"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.order()).isEqualTo(5);
                    assertThat(l.skills()).containsExactly("production-adoption");
                    assertThat(l.sections())
                            .extracting(LessonSource.Section::title)
                            .contains("The 2019 finding, and its date", "What moved in production since");
                });
    }

    @Test
    void the_shipped_content_is_valid() {
        // Today's clock, as the app reads it: content checked on 2026-12-01 carries that date.
        var content = new ContentReader(new MarkdownRenderer(), Clock.systemUTC()).read("classpath:curriculum");
        assertThat(content.modules()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(content.lessons()).hasSizeGreaterThanOrEqualTo(18);
        assertThat(content.lessons()).allSatisfy(lesson -> {
            assertThat(lesson.sources()).isNotEmpty();
            assertThat(lesson.readingMinutes()).isBetween(3, 7);
            assertThat(lesson.keyPoints()).isNotEmpty();
            assertThat(lesson.bodyHtml()).doesNotContain("<script");
        });
        assertThat(content.lessons())
                .anySatisfy(lesson -> assertThat(lesson.bodyHtml()).contains("tt-code-pair"));
    }

    @Test
    void a_valid_sample_reads_with_its_sections() throws IOException {
        lesson("01-first.md", front("first", 1, "[]") + "## A heading\n\nText.\n");
        var content = reader.read(location());
        assertThat(content.lessons()).singleElement().satisfies(lesson -> {
            assertThat(lesson.slug()).isEqualTo("first");
            assertThat(lesson.sections())
                    .extracting(LessonSource.Section::anchor)
                    .containsExactly("sec-a-heading");
            assertThat(lesson.bodyHtml()).contains("id=\"sec-a-heading\"");
        });
    }

    @Test
    void broken_front_matter_names_the_file_and_the_line() throws IOException {
        lesson("01-first.md", "---\nslug: first\ntitle: [unclosed\n---\nBody\n");
        assertProblem("lessons/basics/01-first.md", "broken YAML");
    }

    @Test
    void a_file_without_front_matter_is_refused() throws IOException {
        lesson("01-first.md", "# Just markdown\n");
        assertProblem("lessons/basics/01-first.md", "front-matter");
    }

    @Test
    void an_unknown_module_is_refused() throws IOException {
        lesson("01-first.md", front("first", 1, "[]").replace("module: basics", "module: nowhere") + "Body\n");
        assertProblem("01-first.md", "unknown module 'nowhere'");
    }

    @Test
    void an_unknown_prerequisite_is_refused() throws IOException {
        lesson("01-first.md", front("first", 1, "[ghost-lesson]") + "Body\n");
        assertProblem("01-first.md", "unknown prerequisite 'ghost-lesson'");
    }

    @Test
    void a_duplicate_slug_is_refused() throws IOException {
        lesson("01-first.md", front("same", 1, "[]") + "Body\n");
        lesson("02-second.md", front("same", 2, "[]") + "Body\n");
        assertProblem("02-second.md", "duplicate slug 'same'");
    }

    @Test
    void a_prerequisite_cycle_is_refused() throws IOException {
        lesson("01-a.md", front("a", 1, "[b]") + "Body\n");
        lesson("02-b.md", front("b", 2, "[a]") + "Body\n");
        assertProblem(".md", "cycle");
    }

    @Test
    void missing_sources_are_refused() throws IOException {
        lesson("01-first.md", front("first", 1, "[]").replaceAll("(?s)sources:.*?---", "---") + "Body\n");
        assertProblem("01-first.md", "'sources' is missing");
    }

    @Test
    void a_missing_or_future_as_of_date_is_refused() throws IOException {
        lesson("01-first.md", front("first", 1, "[]").replace("as_of: 2025-12-01\n", "") + "Body\n");
        lesson("02-second.md", front("second", 2, "[]").replace("2025-12-01", "2027-01-01") + "Body\n");
        assertThatThrownBy(() -> reader.read(location()))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("01-first.md: 'as_of' is missing")
                .hasMessageContaining("02-second.md: 'as_of' 2027-01-01 is in the future");
    }

    @Test
    void an_unsafe_source_url_is_refused() throws IOException {
        lesson(
                "01-first.md",
                front("first", 1, "[]").replace("https://example.org/doc", "javascript:alert(1)") + "Body\n");
        assertProblem("01-first.md", "must be an http(s) address");
    }

    @Test
    void an_as_of_date_that_does_not_exist_is_refused_rather_than_moved_to_another_day() throws IOException {
        // SnakeYAML on its own would read 2025-02-30 as March 2
        lesson("01-first.md", front("first", 1, "[]").replace("2025-12-01", "2025-02-30") + "Body\n");
        assertProblem("01-first.md: 'as_of' must be an ISO date such as 2025-12-01, not '2025-02-30'", "");
    }

    @Test
    void a_field_given_twice_is_refused_with_its_line() throws IOException {
        lesson("01-first.md", front("first", 1, "[]").replace("order: 1\n", "order: 1\norder: 2\n") + "Body\n");
        assertProblem("01-first.md: line 6: broken YAML: found duplicate key order", "");
    }

    @Test
    void a_title_that_yaml_reads_as_true_or_a_number_is_refused() throws IOException {
        lesson("01-first.md", front("first", 1, "[]").replace("title: Lesson first", "title: Yes") + "Body\n");
        lesson("02-second.md", front("second", 2, "[]").replace("title: Lesson second", "title: 2.10") + "Body\n");
        assertThatThrownBy(() -> reader.read(location()))
                .hasMessageContaining("01-first.md: 'title' must be text, not true (put it in quotes to mean text)")
                .hasMessageContaining("02-second.md: 'title' must be text, not 2.1 (put it in quotes");
    }

    @Test
    void two_lessons_with_the_same_order_in_a_module_are_refused() throws IOException {
        lesson("01-first.md", front("first", 1, "[]") + "Body\n");
        lesson("02-second.md", front("second", 1, "[]") + "Body\n");
        assertProblem("order 1 in module 'basics' is already taken", "");
    }

    @Test
    void every_problem_is_reported_at_once() throws IOException {
        lesson("01-first.md", front("first", 1, "[ghost]").replace("module: basics", "module: nowhere") + "Body\n");
        assertThatThrownBy(() -> reader.read(location()))
                .isInstanceOf(ContentValidationException.class)
                .satisfies(e ->
                        assertThat(((ContentValidationException) e).problems()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void change_notes_are_read_newest_first() throws IOException {
        lesson("01-first.md", withChanges(front("first", 1, "[]"), """
                changes:
                  - date: 2026-01-15
                    note: "TorchScript warns on use since PyTorch 2.10 (Jan 2026)."
                  - date: 2026-11-25
                    note: >
                      torch.export is the way
                      to ship a graph.
                """) + "Body\n");
        var lesson = reader.read(location()).lessons().getFirst();
        assertThat(lesson.changes())
                .containsExactly(
                        new ChangeNote(
                                java.time.LocalDate.parse("2026-11-25"), "torch.export is the way to ship a graph."),
                        new ChangeNote(
                                java.time.LocalDate.parse("2026-01-15"),
                                "TorchScript warns on use since PyTorch 2.10 (Jan 2026)."));
    }

    @Test
    void a_lesson_without_change_notes_has_none() throws IOException {
        lesson("01-first.md", front("first", 1, "[]") + "Body\n");
        assertThat(reader.read(location()).lessons().getFirst().changes()).isEmpty();
    }

    @Test
    void a_change_note_with_an_impossible_date_is_refused_with_file_and_line() throws IOException {
        // SnakeYAML on its own would read 2026-02-30 as March 2
        lesson("01-first.md", withChanges(front("first", 1, "[]"), """
                changes:
                  - date: 2026-02-30
                    note: Something changed.
                """) + "Body\n");
        assertProblem(
                "lessons/basics/01-first.md: line 14: changes entry 1: 'date' must be an ISO date", "not '2026-02-30'");
    }

    @Test
    void a_change_note_with_a_word_for_a_date_or_no_date_is_refused() throws IOException {
        lesson("01-first.md", withChanges(front("first", 1, "[]"), """
                changes:
                  - date: last week
                    note: Something changed.
                  - note: Something else changed.
                """) + "Body\n");
        assertThatThrownBy(() -> reader.read(location()))
                .hasMessageContaining("01-first.md: line 14: changes entry 1: 'date' must be an ISO date such as"
                        + " 2026-12-01, not 'last week'")
                .hasMessageContaining("01-first.md: line 16: changes entry 2: 'date' is missing");
    }

    @Test
    void a_change_note_dated_after_today_is_refused_until_that_day_comes() throws IOException {
        lesson("01-first.md", withChanges(front("first", 1, "[]"), """
                changes:
                  - date: 2026-11-26
                    note: Something will change.
                """) + "Body\n");
        assertProblem("01-first.md: line 14: changes entry 1: 'date' 2026-11-26 is in the future", "");

        var nextDay = new ContentReader(
                new MarkdownRenderer(), Clock.fixed(Instant.parse("2026-11-26T00:30:00Z"), ZoneOffset.UTC));
        assertThat(nextDay.read(location()).lessons().getFirst().changes()).hasSize(1);
    }

    @Test
    void a_change_note_without_a_sentence_is_refused_with_file_and_line() throws IOException {
        lesson("01-first.md", withChanges(front("first", 1, "[]"), """
                changes:
                  - date: 2026-11-01
                    note: ""
                  - date: 2026-11-02
                  - date: 2026-11-03
                    note: "   "
                """) + "Body\n");
        assertThatThrownBy(() -> reader.read(location()))
                .hasMessageContaining("01-first.md: line 15: changes entry 1: 'note' is empty")
                .hasMessageContaining("01-first.md: line 16: changes entry 2: 'note' is empty")
                .hasMessageContaining("01-first.md: line 18: changes entry 3: 'note' is empty");
    }

    @Test
    void change_notes_in_the_wrong_shape_are_refused() throws IOException {
        lesson("01-first.md", withChanges(front("first", 1, "[]"), """
                changes: "2026-12-01: TorchScript now warns on use"
                """) + "Body\n");
        lesson("02-second.md", withChanges(front("second", 2, "[]"), """
                changes:
                  - "2026-12-01: TorchScript now warns on use"
                  - date: 2026-11-01
                    note: Export is the way.
                    why: it is
                  - date: 2026-11-01
                    note: Export is the way.
                """) + "Body\n");
        assertThatThrownBy(() -> reader.read(location()))
                .hasMessageContaining("01-first.md: line 13: 'changes' must be a list of entries")
                .hasMessageContaining("02-second.md: line 14: changes entry 1: must have the fields 'date' and 'note'")
                .hasMessageContaining("02-second.md: line 17: changes entry 2: unknown field 'why'")
                .hasMessageContaining("02-second.md: line 18: changes entry 3: the same entry appears twice");
    }

    @Test
    void a_change_note_longer_than_one_sentence_is_refused() throws IOException {
        lesson("01-first.md", withChanges(front("first", 1, "[]"), """
                changes:
                  - date: 2026-11-01
                    note: "%s"
                """.formatted("word ".repeat(70))) + "Body\n");
        assertProblem("01-first.md: line 15: changes entry 1: 'note' is longer than 300 characters", "");
    }

    private void assertProblem(String filePart, String problemPart) {
        assertThatThrownBy(() -> reader.read(location()))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining(filePart)
                .hasMessageContaining(problemPart);
    }

    private static String withChanges(String front, String changes) {
        return front.replace("sources:\n", changes + "sources:\n");
    }

    private String location() {
        return dir.toUri().toString();
    }

    private void lesson(String name, String text) throws IOException {
        Files.writeString(dir.resolve("lessons/basics").resolve(name), text);
    }

    private static String front(String slug, int order, String prerequisites) {
        return """
                ---
                slug: %s
                title: Lesson %s
                module: basics
                order: %d
                goal: You learn something.
                reading_minutes: 4
                skills: [basics]
                prerequisites: %s
                as_of: 2025-12-01
                key_points:
                  - A point.
                sources:
                  - title: A document
                    url: https://example.org/doc
                ---
                """.formatted(slug, slug, order, prerequisites);
    }
}
