package dev.tensortrail.recommendation;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How much each factor matters to the learner, from {@value #MIN} (not at all) to
 * {@value #MAX} (a lot). A factor without an entry counts as {@value #MIN}.
 *
 * @param byFactorId factor id to importance
 */
public record Importances(Map<String, Integer> byFactorId) {

    /** "Does not matter to me". */
    public static final int MIN = 0;

    /** "Matters a lot". */
    public static final int MAX = 5;

    /**
     * Copies and validates the map.
     *
     * @throws IllegalArgumentException on a blank id or an importance outside {@value #MIN}..{@value #MAX}
     */
    public Importances {
        Objects.requireNonNull(byFactorId, "byFactorId");
        // A sorted copy makes equals, hashCode and toString independent of the caller's map order.
        Map<String, Integer> copy = new TreeMap<>();
        byFactorId.forEach((id, value) -> {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("importance given for a blank factor id");
            }
            if (value == null || value < MIN || value > MAX) {
                throw new IllegalArgumentException(
                        "importance of '" + id + "' must be between " + MIN + " and " + MAX + ", was " + value);
            }
            copy.put(id, value);
        });
        byFactorId = Collections.unmodifiableMap(copy);
    }

    /** No answers yet: every factor counts as {@value #MIN}. */
    public static Importances none() {
        return new Importances(Map.of());
    }

    /** Importances from a map of factor id to importance. */
    public static Importances of(Map<String, Integer> byFactorId) {
        return new Importances(byFactorId);
    }

    /** The importance of {@code factorId}, {@value #MIN} when not given. */
    public int of(String factorId) {
        return byFactorId.getOrDefault(factorId, MIN);
    }

    /**
     * Reads an importance typed or stored as text, clamped to {@value #MIN}..{@value #MAX} at both
     * ends however large the number (a slider value of 99999999999 is {@value #MAX}, not 0).
     *
     * @throws IllegalArgumentException naming the text when it is not a whole number
     */
    public static int parseClamped(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!trimmed.matches("[+-]?\\d+")) {
            throw new IllegalArgumentException(
                    "an importance must be a whole number from " + MIN + " to " + MAX + ", was '" + text + "'");
        }
        if (trimmed.startsWith("-")) {
            return MIN;
        }
        String digits = trimmed.replaceFirst("^\\+?0*", "");
        if (digits.length() > 1) {
            return MAX;
        }
        int value = digits.isEmpty() ? 0 : Integer.parseInt(digits);
        return Math.min(MAX, Math.max(MIN, value));
    }

    /** A copy with one importance changed (used for what-if questions). */
    public Importances with(String factorId, int importance) {
        Map<String, Integer> changed = new TreeMap<>(byFactorId);
        changed.put(factorId, importance);
        return new Importances(changed);
    }
}
