package dev.tensortrail.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.account.AccountService;
import dev.tensortrail.account.RegistrationRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads a copy of the shipped content from a folder, edits and removes files, and checks that
 * the database follows without losing anyone's history. Restores the shipped content after.
 */
@IntegrationTest
class CurriculumLoaderTest {

    private static final String LESSON = "graphs-what-is-a-graph";

    @Autowired
    CurriculumLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheShippedContent() throws IOException {
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

    @AfterEach
    void restoreTheShippedContent() {
        loader.load("classpath:curriculum");
    }

    @Test
    void a_second_load_of_the_same_files_changes_nothing() {
        loader.load(location());
        String before = snapshot();

        var result = loader.load(location());

        assertThat(result.created()).isZero();
        assertThat(result.updated()).isZero();
        assertThat(result.retired()).isZero();
        assertThat(result.unchanged()).isGreaterThanOrEqualTo(18);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void an_edited_lesson_updates_in_place_and_keeps_the_progress_that_points_at_it() throws IOException {
        long learner = newLearner();
        long lessonId = lessonId(LESSON);
        jdbc.sql("insert into lesson_completion (learner_id, lesson_id, completed_at) values (?, ?, now())")
                .params(learner, lessonId)
                .update();

        Path file = lessonFile("graphs/01-graphs-what-is-a-graph.md");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace("## A recipe written as a diagram", "## A recipe written as a diagram (edited)"));
        var result = loader.load(location());

        assertThat(result.updated()).isOne();
        assertThat(result.created()).isZero();
        assertThat(lessonId(LESSON)).isEqualTo(lessonId);
        assertThat(jdbc.sql("select body_html from lesson where slug = ?")
                        .param(LESSON)
                        .query(String.class)
                        .single())
                .contains("(edited)");
        assertThat(jdbc.sql("select count(*) from lesson_completion where learner_id = ? and lesson_id = ?")
                        .params(learner, lessonId)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void a_removed_lesson_is_retired_without_losing_history_and_comes_back_when_restored() throws IOException {
        // a lesson no quiz or other lesson refers to (removing a referenced one is refused, see below)
        String slug = "graphs-extra-reading";
        Path file = lessonFile("graphs/09-graphs-extra-reading.md");
        String text = """
                ---
                slug: graphs-extra-reading
                title: Extra reading
                module: graphs
                order: 9
                goal: You know where to read more.
                reading_minutes: 3
                skills: [graph-concepts]
                prerequisites: []
                as_of: 2025-12-01
                key_points:
                  - Read the sources.
                sources:
                  - title: "tf.function: API documentation"
                    url: https://www.tensorflow.org/api_docs/python/tf/function
                ---

                ## More to read

                The sources of each lesson are the best next step.
                """;
        Files.writeString(file, text);
        assertThat(loader.load(location()).created()).isOne();
        long learner = newLearner();
        long lessonId = lessonId(slug);
        jdbc.sql("insert into lesson_completion (learner_id, lesson_id, completed_at) values (?, ?, now())")
                .params(learner, lessonId)
                .update();

        Files.delete(file);
        var removed = loader.load(location());
        assertThat(removed.retired()).isOne();
        assertThat(jdbc.sql("select retired_at is not null from lesson where slug = ?")
                        .param(slug)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from lesson_completion where lesson_id = ?")
                        .param(lessonId)
                        .query(Long.class)
                        .single())
                .isOne();

        Files.writeString(file, text);
        var restored = loader.load(location());
        assertThat(restored.updated()).isOne();
        assertThat(lessonId(slug)).isEqualTo(lessonId);
        assertThat(jdbc.sql("select retired_at is null from lesson where slug = ?")
                        .param(slug)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void removing_a_lesson_that_a_quiz_still_refers_to_is_refused_and_changes_nothing() throws IOException {
        String before = snapshot();
        Files.delete(lessonFile("decisions/03-decisions-how-your-suggestion-works.md"));
        assertThatThrownBy(() -> loader.load(location()))
                .hasMessageContaining("quizzes/decisions.yml")
                .hasMessageContaining("unknown lesson 'decisions-how-your-suggestion-works'");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_broken_file_changes_nothing_at_all() throws IOException {
        String before = snapshot();
        Files.writeString(lessonFile("graphs/01-graphs-what-is-a-graph.md"), "no front matter here");
        assertThatThrownBy(() -> loader.load(location())).hasMessageContaining("01-graphs-what-is-a-graph.md");
        assertThat(snapshot()).isEqualTo(before);
    }

    private String location() {
        return copy.toUri().toString();
    }

    private Path lessonFile(String relative) {
        return copy.resolve("lessons").resolve(relative);
    }

    private long lessonId(String slug) {
        return jdbc.sql("select id from lesson where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private String snapshot() {
        return String.join("\n", jdbc.sql("""
                select slug || ':' || content_hash || ':' || updated_at || ':' || coalesce(retired_at::text, '-')
                from lesson order by slug""").query(String.class).list());
    }

    private long newLearner() {
        return accounts.register(new RegistrationRequest(
                        "loader-" + UUID.randomUUID() + "@example.org", "Loader Test", "a long test passphrase"))
                .id();
    }
}
