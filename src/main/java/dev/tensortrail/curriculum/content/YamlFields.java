package dev.tensortrail.curriculum.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Typed, validating access to a parsed YAML mapping: the one reader behind every content file
 * (lessons, the path manifest, quizzes, the decision model). Every problem is recorded against
 * the file (and optional context such as a question id or a line) instead of failing on the
 * first one.
 */
public final class YamlFields {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** One entry of a list of mappings: its 1-based number in the list and its file line (0 when unknown). */
    public record Entry(int number, int line, Map<?, ?> map) {}

    private final Map<?, ?> map;
    private final String file;
    private final String context;
    private final List<ContentProblem> problems;

    public YamlFields(Map<?, ?> map, String file, String context, List<ContentProblem> problems) {
        this.map = map;
        this.file = file;
        this.context = context;
        this.problems = problems;
    }

    /**
     * Reads a YAML document with safe types only; a syntax error (a repeated key too) becomes a
     * problem with its line. Dates stay text, so that {@link #date} reads them exactly: SnakeYAML
     * would turn 2026-02-30 into March 2.
     *
     * @return the top-level mapping, or null when there is none (the problem is recorded)
     */
    public static @Nullable Map<?, ?> load(String file, String text, int lineOffset, List<ContentProblem> problems) {
        try {
            Object loaded = loader().load(text);
            if (loaded instanceof Map<?, ?> map) {
                return map;
            }
            problems.add(new ContentProblem(
                    file,
                    "expected named fields (a YAML mapping), found "
                            + (loaded == null
                                    ? "nothing"
                                    : "a " + loaded.getClass().getSimpleName())));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1 + lineOffset;
            problems.add(new ContentProblem(file, "line " + line + ": broken YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            problems.add(new ContentProblem(file, "broken YAML: " + e.getMessage()));
        }
        return null;
    }

    private static Yaml loader() {
        LoaderOptions options = new LoaderOptions();
        // A repeated key would otherwise silently keep the last value.
        options.setAllowDuplicateKeys(false);
        return new Yaml(
                new SafeConstructor(options),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                options,
                new DatesAsText());
    }

    public boolean has(String name) {
        return map.get(name) != null;
    }

    /** The value as loaded, for a field that may take more than one type (check it yourself). */
    public @Nullable Object value(String name) {
        return map.get(name);
    }

    public void problem(String message) {
        problems.add(new ContentProblem(file, context + message));
    }

    /** Rejects names outside {@code allowed}: a typo in an optional field must not be silently ignored. */
    public void rejectUnknown(Set<String> allowed) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String name) || !allowed.contains(name)) {
                problem("unknown field '" + key + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    /** Required text; a number or true/false is refused, since YAML turns {@code title: Yes} into a boolean. */
    public String string(String name) {
        Object value = map.get(name);
        if (value == null || value.toString().isBlank()) {
            problem("'" + name + "' is missing");
            return "";
        }
        if (!(value instanceof String text)) {
            problem("'" + name + "' must be text"
                    + (value instanceof Map<?, ?> || value instanceof List<?>
                            ? ""
                            : ", not " + value + " (put it in quotes to mean text)"));
            return "";
        }
        return text.strip();
    }

    /** Text of at most {@code maxLength} characters. */
    public String string(String name, int maxLength) {
        String text = string(name);
        if (text.length() > maxLength) {
            problem("'" + name + "' must be at most " + maxLength + " characters, not " + text.length());
        }
        return text;
    }

    public @Nullable String optionalString(String name) {
        Object value = map.get(name);
        return value == null || value.toString().isBlank() ? null : string(name);
    }

    public String slug(String name) {
        String value = string(name);
        if (!value.isEmpty() && !SLUG.matcher(value).matches()) {
            problem("'" + name + "' must be lowercase letters, digits and '-', not '" + value + "'");
        }
        return value;
    }

    /** A list of slugs; {@code required} means at least one entry. */
    public List<String> slugs(String name, boolean required) {
        List<String> values = strings(name, required);
        for (String value : values) {
            if (!SLUG.matcher(value).matches()) {
                problem("'" + name + "' entry '" + value + "' must be lowercase letters, digits and '-'");
            }
        }
        return values;
    }

    /** A web address people can open: http or https, with a host; null when missing or wrong. */
    public @Nullable URI httpUrl(String name) {
        return url(name, false);
    }

    /** Like {@link #httpUrl} but https only. */
    public @Nullable URI httpsUrl(String name) {
        return url(name, true);
    }

    private @Nullable URI url(String name, boolean httpsOnly) {
        String text = string(name);
        if (text.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (uri.getHost() != null && ("https".equals(scheme) || !httpsOnly && "http".equals(scheme))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, as a wrong scheme is
        }
        problem("'" + name + "' must be an " + (httpsOnly ? "https" : "http(s)") + " address, not '" + text + "'");
        return null;
    }

    /**
     * One of a fixed set of words, e.g. {@code hedge: onnx}; null when absent (the caller decides
     * whether that is allowed) or not one of {@code choices}' keys (a problem).
     */
    public <T> @Nullable T choice(String name, Map<String, T> choices) {
        String word = optionalString(name);
        if (word == null) {
            return null;
        }
        T chosen = choices.get(word);
        if (chosen == null) {
            List<String> words = new TreeSet<>(choices.keySet())
                    .stream().map(w -> "'" + w + "'").toList();
            String listed = words.size() == 1
                    ? words.getFirst()
                    : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
            problem("'" + name + "' must be " + listed + ", not '" + word + "'");
        }
        return chosen;
    }

    public int integer(String name, int min, int max) {
        Object value = map.get(name);
        if (!(value instanceof Integer number)) {
            problem("'" + name + "' must be a whole number" + (value == null ? " (missing)" : ", not '" + value + "'"));
            return min;
        }
        if (number < min || number > max) {
            problem("'" + name + "' must be "
                    + (max == Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max) + ", not "
                    + number);
        }
        return number;
    }

    public boolean bool(String name, boolean fallback) {
        Object value = map.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean flag)) {
            problem("'" + name + "' must be true or false, not '" + value + "'");
            return fallback;
        }
        return flag;
    }

    /** A required ISO date, read exactly as written (the {@link #load loader} keeps dates as text). */
    public @Nullable LocalDate date(String name) {
        Object value = map.get(name);
        if (value == null) {
            problem("'" + name + "' is missing (an ISO date such as 2025-12-01)");
            return null;
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            problem("'" + name + "' must be an ISO date such as 2025-12-01, not '" + value + "'");
            return null;
        }
    }

    /** A required ISO date no later than {@code latest} (today, from the injected clock). */
    public @Nullable LocalDate date(String name, LocalDate latest) {
        LocalDate date = date(name);
        if (date != null && date.isAfter(latest)) {
            problem("'" + name + "' " + date + " is in the future");
        }
        return date;
    }

    /** A list of strings; {@code required} means at least one entry. */
    public List<String> strings(String name, boolean required) {
        Object value = map.get(name);
        if (value == null) {
            if (required) {
                problem("'" + name + "' is missing");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem("'" + name + "' must be a list");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Object item : list) {
            if (item == null
                    || item instanceof Map<?, ?>
                    || item instanceof List<?>
                    || item.toString().isBlank()) {
                problem("'" + name + "' must hold non-empty text entries");
            } else {
                result.add(item.toString().strip());
            }
        }
        if (required && result.isEmpty()) {
            problem("'" + name + "' needs at least one entry");
        }
        return List.copyOf(result);
    }

    /** A list of mappings, each wrapped for further checks. */
    public List<Map<?, ?>> mappings(String name, boolean required) {
        return entries(name, required, List.of()).stream()
                .<Map<?, ?>>map(Entry::map)
                .toList();
    }

    /**
     * A list of mappings with each entry's number and line ({@code lines} from
     * {@link YamlLines#entryLines}), so that a problem can say where the entry is.
     */
    public List<Entry> entries(String name, boolean required, List<Integer> lines) {
        Object value = map.get(name);
        if (value == null) {
            if (required) {
                problem("'" + name + "' is missing");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem("'" + name + "' must be a list");
            return List.of();
        }
        List<Entry> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            int line = i < lines.size() ? lines.get(i) : 0;
            if (list.get(i) instanceof Map<?, ?> mapping) {
                result.add(new Entry(i + 1, line, mapping));
            } else {
                problem((line > 0 ? "line " + line + ": " : "") + "each entry of '" + name
                        + "' must be a mapping with named fields");
            }
        }
        if (required && result.isEmpty()) {
            problem("'" + name + "' needs at least one entry");
        }
        return List.copyOf(result);
    }

    public YamlFields nested(Map<?, ?> child, String childContext) {
        return new YamlFields(child, file, context + childContext, problems);
    }

    /** SnakeYAML's implicit types (2.x defaults, same order and limits) minus timestamps. */
    private static final class DatesAsText extends Resolver {
        @Override
        protected void addImplicitResolvers() {
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
