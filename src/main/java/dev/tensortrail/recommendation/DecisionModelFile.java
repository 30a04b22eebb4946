package dev.tensortrail.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads and validates the decision-model file ({@code curriculum/decision-model.yml}).
 *
 * <p>Every field is checked, and a bad file fails with an {@link IllegalArgumentException}
 * whose message names the file, the factor (by id, or by entry number when the id itself is
 * the problem) and what is wrong, e.g.
 * {@code decision-model.yml, factor 'browser': field 'source' is missing}.
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
            "id", "title", "question", "lean", "team_strength", "evidence", "source", "as_of",
            "skill", "lesson", "hedge", "excludes_hedge", "deployment_target", "advice", "hedge_text");
    private static final Pattern FACTOR_ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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
     * @param fileName the name to use in error messages
     * @throws IllegalArgumentException naming the file, the factor and the problem
     */
    public static DecisionModelDefinition parse(String yaml, String fileName) {
        Object root;
        try {
            root = newYaml().load(yaml);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(fileName + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new IllegalArgumentException(fileName + ": must be a mapping with model_version, either_margin and"
                    + " factors, was " + FieldReader.describe(root));
        }
        FieldReader file = new FieldReader(top, fileName);
        file.rejectUnknownFields(TOP_LEVEL_FIELDS);
        String version = file.requiredText("model_version");
        int eitherMargin = file.requiredInt("either_margin");
        if (eitherMargin < 0) {
            throw file.problem("field 'either_margin' must not be negative, was " + eitherMargin);
        }
        DeploymentCounting counting = deploymentCounting(file);
        List<?> entries = file.requiredList("factors");
        if (entries.isEmpty()) {
            throw file.problem("field 'factors' must list at least one factor");
        }
        return new DecisionModelDefinition(version, eitherMargin, counting, factors(entries, fileName));
    }

    private static DeploymentCounting deploymentCounting(FieldReader file) {
        // Absent in the 2025 file, which added every target up: replaying it must do the same.
        String text = file.optionalText("deployment_targets");
        if (text == null) {
            return DeploymentCounting.SUM;
        }
        return DeploymentCounting.fromFileKey(text).orElseThrow(() -> file.problem(
                "field 'deployment_targets' must be 'sum' or 'strongest', was '" + text + "'"));
    }

    private static List<Factor> factors(List<?> entries, String fileName) {
        List<Factor> factors = new ArrayList<>();
        Map<String, Integer> entryById = new HashMap<>();
        @Nullable String teamFactor = null;
        for (int i = 0; i < entries.size(); i++) {
            int entry = i + 1;
            String unnamed = fileName + ", factor #" + entry;
            if (!(entries.get(i) instanceof Map<?, ?> fields)) {
                throw new IllegalArgumentException(
                        unnamed + ": must be a mapping of fields, was " + FieldReader.describe(entries.get(i)));
            }
            FieldReader reader = new FieldReader(fields, unnamed + " (no valid id)");
            String id = reader.requiredText("id");
            if (!FACTOR_ID.matcher(id).matches()) {
                throw reader.problem("field 'id' must be lower_snake_case, was '" + id + "'");
            }
            reader = reader.withContext(fileName + ", factor '" + id + "'");
            Integer first = entryById.putIfAbsent(id, entry);
            if (first != null) {
                throw reader.problem("duplicate id: entries #" + first + " and #" + entry + " are both '" + id + "'");
            }
            Factor factor = factor(reader, id);
            if (factor.lean() instanceof Lean.FromTeam) {
                // The profile has one team framework; two team factors would count it twice.
                if (teamFactor != null) {
                    throw reader.problem("only one factor may use lean '" + FROM_TEAM + "', and '" + teamFactor
                            + "' already does");
                }
                teamFactor = id;
            }
            factors.add(factor);
        }
        return factors;
    }

    private static Factor factor(FieldReader reader, String id) {
        reader.rejectUnknownFields(FACTOR_FIELDS);
        String title = reader.requiredText("title");
        if (title.length() > MAX_TITLE_LENGTH) {
            throw reader.problem("field 'title' must be at most " + MAX_TITLE_LENGTH + " characters, was "
                    + title.length());
        }
        String question = reader.requiredText("question");
        if (!question.endsWith("?")) {
            throw reader.problem("field 'question' must be a question ending in '?'");
        }
        Lean lean = lean(reader);
        String evidence = reader.requiredText("evidence");
        if (!evidence.endsWith(".")) {
            throw reader.problem("field 'evidence' must be one full sentence ending in '.'");
        }
        URI source = httpsUrl(reader, "source");
        LocalDate asOf = date(reader, "as_of");
        String skill = slug(reader, "skill");
        String lesson = slug(reader, "lesson");
        Hedge hedge = hedge(reader, "hedge");
        Hedge excluded = hedge(reader, "excludes_hedge");
        if (excluded != null && excluded == hedge) {
            throw reader.problem("field 'excludes_hedge' names the factor's own hedge '" + excluded.fileKey() + "'");
        }
        boolean deploymentTarget = optionalBoolean(reader, "deployment_target");
        if (reader.has("advice") && reader.has("hedge_text")) {
            throw reader.problem("give either 'advice' or its old name 'hedge_text', not both");
        }
        // hedge_text is the 2025 name of advice; stored old versions still use it.
        String advice = reader.has("advice") ? reader.requiredText("advice") : reader.optionalText("hedge_text");
        return new Factor(id, title, question, lean, evidence, source, asOf, skill, lesson, hedge, excluded,
                deploymentTarget, advice);
    }

    private static boolean optionalBoolean(FieldReader reader, String field) {
        Object value = reader.raw(field);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean flag)) {
            throw reader.wrongType(field, "true or false", value);
        }
        return flag;
    }

    private static Lean lean(FieldReader reader) {
        Object value = reader.required("lean");
        if (FROM_TEAM.equals(value)) {
            int strength = reader.requiredInt("team_strength");
            if (strength < 1 || strength > Lean.MAX) {
                throw reader.problem("field 'team_strength' must be between 1 and " + Lean.MAX + ", was " + strength);
            }
            return new Lean.FromTeam(strength);
        }
        if (reader.has("team_strength")) {
            throw reader.problem("field 'team_strength' is only allowed with lean '" + FROM_TEAM + "'");
        }
        if (!(value instanceof Integer number)) {
            throw reader.wrongType(
                    "lean", "a whole number from " + Lean.MIN + " to " + Lean.MAX + " or '" + FROM_TEAM + "'", value);
        }
        if (number < Lean.MIN || number > Lean.MAX) {
            throw reader.problem("field 'lean' must be between " + Lean.MIN + " and " + Lean.MAX + ", was " + number);
        }
        return new Lean.Fixed(number);
    }

    private static URI httpsUrl(FieldReader reader, String field) {
        String text = reader.requiredText(field);
        try {
            URI uri = new URI(text);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw reader.problem("field '" + field + "' must be an https URL, was '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw reader.problem("field '" + field + "' is not a valid URL: " + e.getMessage());
        }
    }

    private static LocalDate date(FieldReader reader, String field) {
        Object value = reader.required(field);
        if (!(value instanceof String text)) {
            throw reader.wrongType(field, "a date like 2025-12-01", value);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw reader.problem("field '" + field + "' must be a date like 2025-12-01, was '" + text + "'");
        }
    }

    private static String slug(FieldReader reader, String field) {
        String text = reader.requiredText(field);
        if (!SLUG.matcher(text).matches()) {
            throw reader.problem("field '" + field + "' must be a lower-case slug like 'browser-tpu', was '" + text + "'");
        }
        return text;
    }

    private static @Nullable Hedge hedge(FieldReader reader, String field) {
        String key = reader.optionalText(field);
        if (key == null) {
            return null;
        }
        return Hedge.fromFileKey(key).orElseThrow(() -> reader.problem(
                "field '" + field + "' must be 'keras-3' or 'onnx', was '" + key + "'"));
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        // A repeated key would otherwise silently keep the last value.
        options.setAllowDuplicateKeys(false);
        return new Yaml(
                new SafeConstructor(options),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                options,
                new NoTimestampResolver());
    }

    /**
     * Keeps dates as text: SnakeYAML would turn {@code 2025-12-01} into a {@link java.util.Date}
     * at midnight UTC, and converting that back through a time zone is an easy way to get the
     * wrong day. {@link LocalDate#parse} is exact.
     */
    private static final class NoTimestampResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // SnakeYAML 2.5's defaults, in the same order and limits, minus TIMESTAMP.
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
        }
    }
}
