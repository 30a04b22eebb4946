package dev.tensortrail.curriculum.content;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Typed, validating access to a parsed YAML mapping. Every problem is recorded against the
 * file (and optional context such as a question id) instead of failing on the first one.
 */
public final class YamlFields {

    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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

    public boolean has(String name) {
        return map.get(name) != null;
    }

    public void problem(String message) {
        problems.add(new ContentProblem(file, context + message));
    }

    public String string(String name) {
        Object value = map.get(name);
        if (value == null || value.toString().isBlank()) {
            problem("'" + name + "' is missing");
            return "";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            problem("'" + name + "' must be text");
            return "";
        }
        return value.toString().strip();
    }

    public @Nullable String optionalString(String name) {
        Object value = map.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    public String slug(String name) {
        String value = string(name);
        if (!value.isEmpty() && !SLUG.matcher(value).matches()) {
            problem("'" + name + "' must be lowercase letters, digits and '-', not '" + value + "'");
        }
        return value;
    }

    public int integer(String name, int min, int max) {
        Object value = map.get(name);
        if (!(value instanceof Integer number)) {
            problem("'" + name + "' must be a whole number" + (value == null ? " (missing)" : ", not '" + value + "'"));
            return min;
        }
        if (number < min || number > max) {
            problem("'" + name + "' must be between " + min + " and " + max + ", not " + number);
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

    public @Nullable LocalDate date(String name) {
        Object value = map.get(name);
        if (value == null) {
            problem("'" + name + "' is missing (an ISO date such as 2025-12-01)");
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            problem("'" + name + "' must be an ISO date such as 2025-12-01, not '" + value + "'");
            return null;
        }
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
            if (item == null || item instanceof Map<?, ?> || item instanceof List<?> || item.toString().isBlank()) {
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
        List<Map<?, ?>> result = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> mapping) {
                result.add(mapping);
            } else {
                problem("each entry of '" + name + "' must be a mapping with named fields");
            }
        }
        if (required && result.isEmpty()) {
            problem("'" + name + "' needs at least one entry");
        }
        return result;
    }

    public YamlFields nested(Map<?, ?> child, String childContext) {
        return new YamlFields(child, file, context + childContext, problems);
    }
}
