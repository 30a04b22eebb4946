package dev.tensortrail.quiz;

import dev.tensortrail.curriculum.CurriculumLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Test content of our own, so engine tests do not depend on the shipped questions: a copy of
 * the shipped curriculum whose graphs quiz is replaced by a generated bank (questions of every
 * type, {@code perSkill} per skill of the graphs module), loaded into the database. Call
 * {@link #restore()} afterwards to load the shipped content again.
 */
@Component
public class QuizBankFixture {

    public static final String QUIZ = "graphs-quiz";
    public static final List<String> SKILLS = List.of("graph-concepts", "graph-history");
    static final List<String> TYPES = List.of("single", "matching", "ordering", "multiple", "true-false", "code");

    private final CurriculumLoader loader;

    QuizBankFixture(CurriculumLoader loader) {
        this.loader = loader;
    }

    /** Loads a graphs quiz with this many questions per skill and these policy lines on top. */
    public void load(Path dir, int perSkill, String policy) {
        load(dir, bank(perSkill, policy));
    }

    public void load(Path dir, String graphsQuizYaml) {
        write(dir, graphsQuizYaml);
        loader.load(dir.toUri().toString());
    }

    /** Writes the content (shipped copy plus this graphs quiz) without loading it. */
    public static void write(Path dir, String graphsQuizYaml) {
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            String root = resolver.getResource("classpath:curriculum/").getURL().toString();
            for (var resource : resolver.getResources("classpath:curriculum/**/*.*")) {
                String relative = resource.getURL().toString().substring(root.length());
                Path target = dir.resolve(relative);
                Files.createDirectories(target.getParent());
                try (var in = resource.getInputStream()) {
                    Files.write(target, in.readAllBytes());
                }
            }
            Files.writeString(dir.resolve("quizzes/graphs.yml"), graphsQuizYaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void restore() {
        loader.load("classpath:curriculum");
    }

    /** A graphs quiz file: {@code perSkill} questions for each skill, the types taking turns. */
    public static String bank(int perSkill, String policy) {
        return bank(List.of(perSkill, perSkill), policy);
    }

    public static String bank(List<Integer> perSkill, String policy) {
        var yaml = new StringBuilder("""
                slug: graphs-quiz
                module: graphs
                title: "Quiz: Computation graphs"
                pass_percent: 70
                as_of: 2025-12-01
                """);
        yaml.append(policy.strip()).append('\n').append("questions:\n");
        for (int s = 0; s < SKILLS.size(); s++) {
            for (int i = 1; i <= perSkill.get(s); i++) {
                // a question id keeps its type whatever the bank's size (the loader refuses a changed type)
                String type = TYPES.get((i - 1 + (s == 0 ? 0 : 4)) % TYPES.size());
                yaml.append(question(SKILLS.get(s), s == 0 ? "fx-c" + i : "fx-h" + i, type));
            }
        }
        return yaml.toString();
    }

    private static String question(String skill, String id, String type) {
        String lesson = skill.equals("graph-concepts")
                ? "graphs-what-is-a-graph\n    section: \"Why a framework wants a graph\""
                : "graphs-static-vs-dynamic-is-outdated\n    section: \"The comparison that holds today\"";
        var q = new StringBuilder("""
                  - id: %1$s
                    type: %2$s
                    skill: %3$s
                    lesson: %4$s
                    prompt: "Fixture question %1$s?"
                    explanation: "EXPLANATION-%1$s is the full explanation."
                """.formatted(id, type, skill, lesson));
        switch (type) {
            case "ordering" -> q.append("""
                        items:
                          - "First step %1$s"
                          - "Second step %1$s"
                          - "Third step %1$s"
                          - "Fourth step %1$s"
                        feedback: "WRONGFEEDBACK-%1$s names the right order."
                    """.formatted(id));
            case "matching" -> q.append("""
                        pairs:
                          - left: "Left one %1$s"
                            right: "Right one %1$s"
                          - left: "Left two %1$s"
                            right: "Right two %1$s"
                          - left: "Left three %1$s"
                            right: "Right three %1$s"
                          - left: "Left four %1$s"
                            right: "Right four %1$s"
                        feedback: "WRONGFEEDBACK-%1$s names the right matches."
                    """.formatted(id));
            case "true-false" -> q.append("""
                        options:
                          - text: "True"
                            correct: true
                            feedback: "RIGHTFEEDBACK-%1$s says why it is true."
                          - text: "False"
                            correct: false
                            feedback: "Chosen-wrong feedback %1$s for False."
                    """.formatted(id));
            case "multiple" -> q.append("""
                        options:
                          - text: "Good choice A %1$s"
                            correct: true
                            feedback: "RIGHTFEEDBACK-%1$s for A."
                          - text: "Good choice B %1$s"
                            correct: true
                            feedback: "RIGHTFEEDBACK-%1$s for B."
                          - text: "Bad choice C %1$s"
                            correct: false
                            feedback: "Chosen-wrong feedback %1$s for C."
                          - text: "Bad choice D %1$s"
                            correct: false
                            feedback: "Chosen-wrong feedback %1$s for D."
                    """.formatted(id));
            default -> {
                if (type.equals("code")) {
                    q.append("""
                                code: |
                                  print("fixture %1$s")
                            """.formatted(id));
                }
                q.append("""
                            options:
                              - text: "The right one %1$s"
                                correct: true
                                feedback: "RIGHTFEEDBACK-%1$s explains the right option."
                              - text: "A wrong one %1$s"
                                correct: false
                                feedback: "Chosen-wrong feedback %1$s for the first wrong one."
                              - text: "Another wrong one %1$s"
                                correct: false
                                feedback: "Chosen-wrong feedback %1$s for the second wrong one."
                        """.formatted(id));
            }
        }
        return q.toString();
    }
}
