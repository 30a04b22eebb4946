package dev.tensortrail.recommendation;

import dev.tensortrail.curriculum.content.ContentProblem;
import dev.tensortrail.curriculum.content.ContentValidationException;
import dev.tensortrail.curriculum.content.YamlFields;
import dev.tensortrail.curriculum.content.YamlLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads and validates the decision-model file ({@code curriculum/decision-model.yml}).
 *
 * <p>Every field is checked with {@link YamlFields}, as lessons and quizzes are, and a bad file
 * fails with a {@link ContentValidationException} listing every problem, each naming the file,
 * the line and the factor (by id, or by entry number when the id itself is the problem) and
 * what is wrong, e.g. {@code decision-model.yml: line 52: factor 'browser': 'source' is missing}.
 */
public final class DecisionModelFile {

    /** Classpath location of the shipped file. */
    public static final String BUNDLED_RESOURCE = "/curriculum/decision-model.yml";

    /** The {@code lean} value meaning "toward the framework the team uses". */
    public static final String FROM_TEAM = "from-team";

    /** Titles are shown in compact UI; longer text belongs in the question or evidence. */
    static final int MAX_TITLE_LENGTH = 50;

    private static final Set<String> TOP_LEVEL_FIELDS =
            Set.of("model_version", "either_margin", "deployment_targets", "factors");
    private static final Set<String> FACTOR_FIELDS = Set.of(
            "id",
            "title",
            "question",
            "lean",
            "team_strength",
            "evidence",
            "source",
            "as_of",
            "skill",
            "lesson",
            "hedge",
            "excludes_hedge",
            "deployment_target",
            "advice",
            "hedge_text");
    private static final Pattern FACTOR_ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Map<String, Hedge> HEDGES = byFileKey(Hedge.values(), Hedge::fileKey);
    private static final Map<String, DeploymentCounting> COUNTINGS =
            byFileKey(DeploymentCounting.values(), DeploymentCounting::fileKey);

    private DecisionModelFile() {}

    /** Reads the file shipped on the classpath at {@value #BUNDLED_RESOURCE}. */
    public static DecisionModelDefinition loadBundled() {
        try (InputStream in = DecisionModelFile.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + BUNDLED_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "decision-model.yml");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    /**
     * Parses and validates a decision-model file.
     *
     * @param yaml the file content
     * @param fileName the name to use in problems
     * @throws ContentValidationException listing every problem, each with the file, line and factor
     */
    public static DecisionModelDefinition parse(String yaml, String fileName) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<?, ?> top = YamlFields.load(fileName, yaml, 0, problems);
        if (top == null) {
            throw new ContentValidationException(problems);
        }
        var file = new YamlFields(top, fileName, "", problems);
        file.rejectUnknown(TOP_LEVEL_FIELDS);
        String version = file.string("model_version");
        int eitherMargin = file.integer("either_margin", 0, Integer.MAX_VALUE);
        // Absent in the 2025 file, which added every target up: replaying it must do the same.
        DeploymentCounting counting = file.choice("deployment_targets", COUNTINGS);
        List<Factor> factors = factors(file, YamlLines.entryLines(yaml, 0, "factors"));
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
        return new DecisionModelDefinition(
                version, eitherMargin, counting == null ? DeploymentCounting.SUM : counting, factors);
    }

    /** The factors that could be read; only used when no problem was recorded anywhere in the file. */
    private static List<Factor> factors(YamlFields file, List<Integer> lines) {
        List<Factor> factors = new ArrayList<>();
        Map<String, Integer> entryById = new HashMap<>();
        @Nullable String teamFactor = null;
        for (YamlFields.Entry entry : file.entries("factors", true, lines)) {
            String where = "line " + entry.line() + ": factor ";
            var unnamed = file.nested(entry.map(), where + "#" + entry.number() + ": ");
            String id = unnamed.string("id");
            if (!id.isEmpty() && !FACTOR_ID.matcher(id).matches()) {
                unnamed.problem("'id' must be lower_snake_case, not '" + id + "'");
                id = "";
            }
            var fields = id.isEmpty() ? unnamed : file.nested(entry.map(), where + "'" + id + "': ");
            if (!id.isEmpty()) {
                Integer first = entryById.putIfAbsent(id, entry.number());
                if (first != null) {
                    fields.problem(
                            "duplicate id: entries #" + first + " and #" + entry.number() + " are both '" + id + "'");
                }
            }
            Factor factor = factor(fields, id);
            if (factor != null && factor.lean() instanceof Lean.FromTeam) {
                // The profile has one team framework; two team factors would count it twice.
                if (teamFactor != null) {
                    fields.problem(
                            "only one factor may use lean '" + FROM_TEAM + "', and '" + teamFactor + "' already does");
                }
                teamFactor = id;
            }
            if (factor != null) {
                factors.add(factor);
            }
        }
        return factors;
    }

    /** The factor, or null when a field it needs is missing or wrong (each problem is recorded). */
    private static @Nullable Factor factor(YamlFields fields, String id) {
        fields.rejectUnknown(FACTOR_FIELDS);
        String title = fields.string("title", MAX_TITLE_LENGTH);
        String question = fields.string("question");
        if (!question.isEmpty() && !question.endsWith("?")) {
            fields.problem("'question' must be a question ending in '?'");
        }
        Lean lean = lean(fields);
        String evidence = fields.string("evidence");
        if (!evidence.isEmpty() && !evidence.endsWith(".")) {
            fields.problem("'evidence' must be one full sentence ending in '.'");
        }
        URI source = fields.httpsUrl("source");
        LocalDate asOf = fields.date("as_of");
        String skill = fields.slug("skill");
        String lesson = fields.slug("lesson");
        Hedge hedge = fields.choice("hedge", HEDGES);
        Hedge excluded = fields.choice("excludes_hedge", HEDGES);
        if (excluded != null && excluded == hedge) {
            fields.problem("'excludes_hedge' names the factor's own hedge '" + excluded.fileKey() + "'");
        }
        boolean deploymentTarget = fields.bool("deployment_target", false);
        if (fields.has("advice") && fields.has("hedge_text")) {
            fields.problem("give either 'advice' or its old name 'hedge_text', not both");
        }
        // hedge_text is the 2025 name of advice; stored old versions still use it.
        String advice = fields.has("advice") ? fields.string("advice") : fields.optionalString("hedge_text");
        if (id.isEmpty() || lean == null || source == null || asOf == null) {
            return null;
        }
        return new Factor(
                id,
                title,
                question,
                lean,
                evidence,
                source,
                asOf,
                skill,
                lesson,
                hedge,
                excluded,
                deploymentTarget,
                advice);
    }

    private static @Nullable Lean lean(YamlFields fields) {
        Object value = fields.value("lean");
        if (FROM_TEAM.equals(value)) {
            int strength = fields.integer("team_strength", 1, Lean.MAX);
            return strength >= 1 && strength <= Lean.MAX ? new Lean.FromTeam(strength) : null;
        }
        if (fields.has("team_strength")) {
            fields.problem("'team_strength' is only allowed with lean '" + FROM_TEAM + "'");
        }
        if (value != null && !(value instanceof Integer)) {
            fields.problem("'lean' must be a whole number from " + Lean.MIN + " to " + Lean.MAX + " or '" + FROM_TEAM
                    + "', not '" + value + "'");
            return null;
        }
        int lean = fields.integer("lean", Lean.MIN, Lean.MAX);
        return value != null && lean >= Lean.MIN && lean <= Lean.MAX ? new Lean.Fixed(lean) : null;
    }

    private static <T> Map<String, T> byFileKey(T[] values, Function<T, String> key) {
        return Arrays.stream(values).collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}
