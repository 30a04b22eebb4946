package dev.tensortrail.recommendation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Typed, validating access to one YAML mapping. Every failure names where it happened
 * ({@code context}, e.g. {@code decision-model.yml, factor 'browser'}) and what is wrong, so a
 * content author can fix the file without reading code.
 */
final class FieldReader {

    private final Map<?, ?> fields;
    private final String context;

    FieldReader(Map<?, ?> fields, String context) {
        this.fields = fields;
        this.context = context;
    }

    String context() {
        return context;
    }

    /** The same fields, reported under a more precise context (e.g. once the factor id is known). */
    FieldReader withContext(String newContext) {
        return new FieldReader(fields, newContext);
    }

    IllegalArgumentException problem(String message) {
        return new IllegalArgumentException(context + ": " + message);
    }

    /** Rejects keys outside {@code allowed}: a typo in an optional field must not be silently ignored. */
    void rejectUnknownFields(Set<String> allowed) {
        for (Object key : fields.keySet()) {
            if (!(key instanceof String name) || !allowed.contains(name)) {
                throw problem("unknown field '" + key + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    boolean has(String field) {
        return fields.get(field) != null;
    }

    @Nullable Object raw(String field) {
        return fields.get(field);
    }

    Object required(String field) {
        Object value = fields.get(field);
        if (value == null) {
            throw problem("field '" + field + "' is missing");
        }
        return value;
    }

    String requiredText(String field) {
        Object value = required(field);
        if (!(value instanceof String text)) {
            throw wrongType(field, "text", value);
        }
        if (text.isBlank()) {
            throw problem("field '" + field + "' is empty");
        }
        return text.strip();
    }

    @Nullable String optionalText(String field) {
        return has(field) ? requiredText(field) : null;
    }

    int requiredInt(String field) {
        Object value = required(field);
        if (!(value instanceof Integer number)) {
            throw wrongType(field, "a whole number", value);
        }
        return number;
    }

    List<?> requiredList(String field) {
        Object value = required(field);
        if (!(value instanceof List<?> list)) {
            throw wrongType(field, "a list", value);
        }
        return list;
    }

    IllegalArgumentException wrongType(String field, String expected, Object actual) {
        return problem("field '" + field + "' must be " + expected + ", was " + describe(actual));
    }

    static String describe(@Nullable Object value) {
        if (value == null) {
            return "empty";
        }
        if (value instanceof String s) {
            return "text '" + s + "'";
        }
        if (value instanceof Boolean b) {
            return "true/false (" + b + ")";
        }
        if (value instanceof Number n) {
            return "the number " + n;
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        return "a " + value.getClass().getSimpleName();
    }
}
