package dev.tensortrail.quiz.content;

import dev.tensortrail.curriculum.LessonContent;
import dev.tensortrail.curriculum.content.ChangeNote;
import dev.tensortrail.curriculum.content.ChangeNotes;
import dev.tensortrail.curriculum.content.ContentHash;
import dev.tensortrail.curriculum.content.ContentProblem;
import dev.tensortrail.curriculum.content.ContentReader;
import dev.tensortrail.curriculum.content.ContentValidationException;
import dev.tensortrail.curriculum.content.MarkdownRenderer;
import dev.tensortrail.curriculum.content.YamlFields;
import dev.tensortrail.curriculum.content.YamlLines;
import dev.tensortrail.quiz.QuestionType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads and validates the quiz files (docs/quiz-format.md) against the loaded lessons. */
public final class QuizReader {

    public static final int MIN_QUESTIONS = 8;

    private final ContentReader files;
    private final MarkdownRenderer renderer;
    private final Clock clock;

    public QuizReader(ContentReader files, MarkdownRenderer renderer, Clock clock) {
        this.files = files;
        this.renderer = renderer;
        this.clock = clock;
    }

    public List<QuizSource> read(String location, List<LessonContent> lessons) {
        String root = location.endsWith("/") ? location : location + "/";
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, LessonContent> lessonsBySlug = new HashMap<>();
        Map<String, Set<String>> skillsByModule = new HashMap<>();
        for (LessonContent lesson : lessons) {
            lessonsBySlug.put(lesson.slug(), lesson);
            skillsByModule
                    .computeIfAbsent(lesson.moduleSlug(), m -> new HashSet<>())
                    .addAll(lesson.skills());
        }
        List<QuizSource> quizzes = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        Set<String> modules = new HashSet<>();
        Set<String> questionKeys = new HashSet<>();
        for (var resource : files.resources(root + "quizzes/*.yml")) {
            String file = files.label(root, resource);
            String text = ContentReader.text(resource);
            Map<?, ?> map = YamlFields.load(file, text, 0, problems);
            if (map == null) {
                continue;
            }
            var fields = new YamlFields(map, file, "", problems);
            String slug = fields.slug("slug");
            String module = fields.slug("module");
            if (!skillsByModule.containsKey(module)) {
                fields.problem("unknown module '" + module + "' (or a module without lessons)");
            }
            if (!slug.isEmpty() && !slugs.add(slug)) {
                fields.problem("duplicate quiz slug '" + slug + "'");
            }
            if (!module.isEmpty() && !modules.add(module)) {
                fields.problem("module '" + module + "' already has a quiz");
            }
            int pass = fields.has("pass_percent") ? fields.integer("pass_percent", 1, 100) : 70;
            LocalDate asOf = fields.date("as_of", LocalDate.now(clock));
            List<ChangeNote> changes = ChangeNotes.read(file, text, 0, LocalDate.now(clock), problems);
            List<QuizSource.QuestionSource> questions = new ArrayList<>();
            for (var entry : fields.entries("questions", true, YamlLines.entryLines(text, 0, "questions"))) {
                var question = question(
                        fields.nested(
                                entry.map(),
                                "line " + entry.line() + ": question '"
                                        + entry.map().get("id") + "': "),
                        skillsByModule.getOrDefault(module, Set.of()),
                        lessonsBySlug,
                        questionKeys,
                        entry.line());
                if (question != null) {
                    questions.add(question);
                }
            }
            if (questions.size() < MIN_QUESTIONS && fields.has("questions")) {
                fields.problem(
                        "a quiz needs at least " + MIN_QUESTIONS + " questions, this one has " + questions.size());
            }
            QuizPolicy policy = policy(map, fields, skillsByModule.getOrDefault(module, Set.of()), questions);
            quizzes.add(new QuizSource(
                    file,
                    slug,
                    module,
                    fields.string("title"),
                    pass,
                    asOf == null ? LocalDate.EPOCH : asOf,
                    List.copyOf(questions),
                    changes,
                    ContentHash.of(text),
                    policy));
        }
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
        return List.copyOf(quizzes);
    }

    /**
     * The draw and review policy. A bank must fill its draw: every skill of the module gets at
     * least its share of each attempt and needs at least twice that many questions, and the
     * whole bank at least twice the draw.
     */
    private static QuizPolicy policy(
            Map<?, ?> map, YamlFields fields, Set<String> moduleSkills, List<QuizSource.QuestionSource> questions) {
        Integer draw = fields.has("draw") ? fields.integer("draw", 1, 1000) : null;
        Map<String, Integer> perSkill = new java.util.LinkedHashMap<>();
        if (map.get("draw_per_skill") instanceof Map<?, ?> named) {
            if (draw == null) {
                fields.problem("'draw_per_skill' needs 'draw'");
            }
            named.forEach((skill, count) -> {
                if (!moduleSkills.contains(String.valueOf(skill))) {
                    fields.problem(
                            "'draw_per_skill' names skill '" + skill + "', which no lesson of this module teaches");
                } else if (!(count instanceof Integer n) || n < 1) {
                    fields.problem("'draw_per_skill' for skill '" + skill + "' must be a whole number of 1 or more");
                } else {
                    perSkill.put(String.valueOf(skill), n);
                }
            });
        } else if (map.containsKey("draw_per_skill")) {
            fields.problem("'draw_per_skill' must map skills to numbers");
        }
        Set<QuizPolicy.Review> notPassed = QuizPolicy.DEFAULT_NOT_PASSED;
        Set<QuizPolicy.Review> passed = QuizPolicy.EVERYTHING;
        if (map.get("review") instanceof Map<?, ?> review) {
            var r = fields.nested(review, "review: ");
            if (r.has("not_passed")) {
                notPassed = reviewOptions(r, "not_passed");
            }
            if (r.has("passed")) {
                passed = reviewOptions(r, "passed");
            }
        } else if (map.containsKey("review")) {
            fields.problem("'review' must have 'not_passed' and/or 'passed' lists");
        }
        var policy = new QuizPolicy(draw, perSkill, notPassed, passed);
        if (draw != null) {
            Map<String, Long> bySkill = new java.util.HashMap<>();
            questions.forEach(q -> bySkill.merge(q.skill(), 1L, Long::sum));
            int sum = perSkill.values().stream().mapToInt(Integer::intValue).sum();
            if (sum > draw) {
                fields.problem("'draw_per_skill' asks for " + sum + " questions, more than 'draw: " + draw + "'");
            }
            if (draw < moduleSkills.size()) {
                fields.problem(
                        "'draw: " + draw + "' cannot ask each of the module's " + moduleSkills.size() + " skills");
            }
            if (questions.size() < 2 * draw) {
                fields.problem("the bank has " + questions.size() + " questions; 'draw: " + draw + "' needs at least "
                        + 2 * draw + " (twice the draw)");
            }
            for (String skill : new java.util.TreeSet<>(moduleSkills)) {
                int share = Math.max(1, policy.share(skill, moduleSkills.size()));
                long have = bySkill.getOrDefault(skill, 0L);
                if (have < 2L * share) {
                    fields.problem("skill '" + skill + "' has " + have + " questions; the draw asks " + share
                            + " of it per attempt, so it needs at least " + 2 * share);
                }
            }
        }
        return policy;
    }

    private static Set<QuizPolicy.Review> reviewOptions(YamlFields review, String name) {
        Set<QuizPolicy.Review> result = java.util.EnumSet.noneOf(QuizPolicy.Review.class);
        for (String word : review.strings(name, false)) {
            QuizPolicy.Review option = QuizPolicy.Review.parse(word);
            if (option == null) {
                review.problem("unknown review option '" + word + "' in '" + name + "' (marks, whether_correct,"
                        + " specific_feedback, general_feedback, right_answer, reread)");
            } else {
                result.add(option);
            }
        }
        return result;
    }

    private QuizSource.@Nullable QuestionSource question(
            YamlFields q, Set<String> moduleSkills, Map<String, LessonContent> lessons, Set<String> keys, int line) {
        String key = q.slug("id");
        if (!key.isEmpty() && !keys.add(key)) {
            q.problem("duplicate question id '" + key + "'");
        }
        String typeWord = q.string("type");
        QuestionType type = QuestionType.parse(typeWord);
        if (type == null) {
            q.problem("unknown type '" + typeWord + "' (single, multiple, true-false, ordering, matching, code)");
        }
        String skill = q.slug("skill");
        if (!skill.isEmpty() && !moduleSkills.contains(skill)) {
            q.problem("skill '" + skill + "' is not taught by a lesson of this module");
        }
        String lessonSlug = q.slug("lesson");
        LessonContent lesson = lessons.get(lessonSlug);
        if (!lessonSlug.isEmpty() && lesson == null) {
            q.problem("unknown lesson '" + lessonSlug + "'");
        }
        String section = q.optionalString("section");
        String anchor = null;
        if (section != null && lesson != null) {
            anchor = lesson.sections().stream()
                    .filter(s -> s.title().equals(section))
                    .map(LessonContent.Section::anchor)
                    .findFirst()
                    .orElse(null);
            if (anchor == null) {
                q.problem("section '" + section + "' is not a '##' heading of lesson '" + lessonSlug + "'");
            }
        }
        String prompt = q.string("prompt");
        String explanation = q.string("explanation");
        String code = q.optionalString("code");
        List<QuizSource.OptionSource> options = type == null ? List.of() : options(q, type);
        if (type == QuestionType.CODE && code == null) {
            q.problem("a code question needs 'code'");
        }
        if (code != null && code.lines().count() > 25) {
            q.problem("'code' is longer than 25 lines");
        }
        String wrongFeedback = q.optionalString("feedback");
        if ((type == QuestionType.ORDERING || type == QuestionType.MATCHING) && wrongFeedback == null) {
            q.problem("an " + type.word() + " question needs 'feedback' (shown when the answer is wrong)");
        }
        if (type == null) {
            return null;
        }
        String identity = String.join(
                "\u0000",
                key,
                type.word(),
                skill,
                lessonSlug,
                String.valueOf(section),
                prompt,
                String.valueOf(code),
                explanation,
                String.valueOf(wrongFeedback),
                options.toString());
        return new QuizSource.QuestionSource(
                key,
                type,
                skill,
                lessonSlug,
                anchor,
                section,
                inline(prompt),
                code,
                inline(explanation),
                wrongFeedback,
                options,
                ContentHash.of(identity),
                answerHash(type, explanation, options),
                line);
    }

    /** The correct answer and the explanation only: what a learner who reviews this question learned. */
    static String answerHash(QuestionType type, String explanation, List<QuizSource.OptionSource> options) {
        List<String> answer = switch (type) {
            case ORDERING -> options.stream().map(QuizSource.OptionSource::text).toList();
            case MATCHING ->
                options.stream()
                        .map(o -> o.text() + "\u0001" + o.matchText())
                        .sorted()
                        .toList();
            default ->
                options.stream()
                        .filter(QuizSource.OptionSource::correct)
                        .map(QuizSource.OptionSource::text)
                        .sorted()
                        .toList();
        };
        return ContentHash.of(type.word() + "\u0000" + String.join("\u0000", answer) + "\u0000" + explanation);
    }

    private List<QuizSource.OptionSource> options(YamlFields q, QuestionType type) {
        List<QuizSource.OptionSource> result = new ArrayList<>();
        switch (type) {
            case ORDERING -> {
                List<String> items = q.strings("items", true);
                if (items.size() < 3 || items.size() > 6) {
                    q.problem("an ordering question needs 3 to 6 'items', not " + items.size());
                }
                for (int i = 0; i < items.size(); i++) {
                    result.add(new QuizSource.OptionSource(items.get(i), false, null, i + 1, null));
                }
            }
            case MATCHING -> {
                for (Map<?, ?> pair : q.mappings("pairs", true)) {
                    var p = q.nested(pair, "");
                    result.add(new QuizSource.OptionSource(p.string("left"), false, null, null, p.string("right")));
                }
                if (result.size() < 3 || result.size() > 5) {
                    q.problem("a matching question needs 3 to 5 'pairs', not " + result.size());
                }
                if (result.stream()
                                .map(QuizSource.OptionSource::matchText)
                                .distinct()
                                .count()
                        != result.size()) {
                    q.problem("the right-hand sides of a matching question must differ");
                }
            }
            default -> {
                for (Map<?, ?> option : q.mappings("options", true)) {
                    var o = q.nested(option, "option '" + option.get("text") + "': ");
                    if (!o.has("correct")) {
                        o.problem("'correct' must be true or false");
                    }
                    result.add(new QuizSource.OptionSource(
                            o.string("text"), o.bool("correct", false), o.string("feedback"), null, null));
                }
                long correct =
                        result.stream().filter(QuizSource.OptionSource::correct).count();
                int n = result.size();
                switch (type) {
                    case SINGLE, CODE -> {
                        if (n < 3 || n > 5 || correct != 1) {
                            q.problem("a " + type.word() + " question needs 3 to 5 options with exactly one correct"
                                    + " (has " + n + " options, " + correct + " correct)");
                        }
                    }
                    case MULTIPLE -> {
                        if (n < 4 || n > 6 || correct < 2) {
                            q.problem("a multiple question needs 4 to 6 options with at least two correct (has " + n
                                    + " options, " + correct + " correct)");
                        }
                    }
                    case TRUE_FALSE -> {
                        boolean texts = n == 2
                                && result.stream()
                                        .map(QuizSource.OptionSource::text)
                                        .allMatch(t -> t.equals("True") || t.equals("False"));
                        if (!texts || correct != 1) {
                            q.problem("a true-false question needs the options 'True' and 'False', one correct");
                        }
                    }
                    default -> {}
                }
            }
        }
        if (result.stream().map(QuizSource.OptionSource::text).distinct().count() != result.size()) {
            q.problem("option texts must differ");
        }
        return List.copyOf(result);
    }

    /** Markdown for one or two sentences, rendered and sanitised, without the wrapping paragraph. */
    private String inline(String markdown) {
        String html = renderer.render(markdown).html().strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}
