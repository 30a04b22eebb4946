package dev.tensortrail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A copy of the shipped content in a folder, for tests that edit files and load them. */
public final class ContentCopy {

    public static final String FIRST_LESSON = "lessons/graphs/01-graphs-what-is-a-graph.md";
    public static final String GRAPHS_QUIZ = "quizzes/graphs.yml";

    private ContentCopy() {}

    public static void copyShippedContent(Path copy) throws IOException {
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

    /** Adds a {@code changes:} entry to a lesson's front matter (just before key_points). */
    public static void addLessonChange(Path root, String file, String date, String note) throws IOException {
        Path lesson = root.resolve(file);
        String text = Files.readString(lesson);
        if (text.contains("\nchanges:\n")) {
            text = text.replaceFirst(
                    "\nchanges:\n", "\nchanges:\n  - date: " + date + "\n    note: \"" + note + "\"\n");
        } else {
            text = text.replaceFirst(
                    "\nkey_points:\n", "\nchanges:\n  - date: " + date + "\n    note: \"" + note + "\"\nkey_points:\n");
        }
        Files.writeString(lesson, text);
    }

    /** Sets a lesson's as_of date. */
    public static void setAsOf(Path root, String file, java.time.LocalDate asOf) throws IOException {
        Path lesson = root.resolve(file);
        Files.writeString(
                lesson, Files.readString(lesson).replaceFirst("\nas_of: [0-9-]+\n", "\nas_of: " + asOf + "\n"));
    }

    public static String location(Path copy) {
        return copy.toUri().toString();
    }
}
