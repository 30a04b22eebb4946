package dev.tensortrail.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A learner's answer to one question: the chosen option ids (choice questions), the item ids in
 * the learner's order (ordering), or left item id to right item id (matching; the right side
 * is named by the id of the pair it belongs to, so a match is right when both ids are equal).
 */
public record Answer(List<Long> optionIds, Map<Long, Long> matches) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Answer {
        optionIds = List.copyOf(optionIds);
        matches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(matches));
    }

    public static Answer none() {
        return new Answer(List.of(), Map.of());
    }

    public static Answer choose(List<Long> optionIds) {
        return new Answer(optionIds, Map.of());
    }

    public static Answer match(Map<Long, Long> matches) {
        return new Answer(List.of(), matches);
    }

    public boolean isEmpty() {
        return optionIds.isEmpty() && matches.isEmpty();
    }

    /**
     * The answer as stored (column {@code attempt_item.answer}, jsonb): {@code {"options": [3, 1]}}
     * for the chosen or ordered ids, {@code {"matches": {"1": 1, "2": 3}}} for a matching.
     */
    String json() {
        ObjectNode node = JSON.createObjectNode();
        if (!matches.isEmpty()) {
            ObjectNode pairs = node.putObject("matches");
            matches.forEach((left, right) -> pairs.put(String.valueOf(left), right));
        } else {
            ArrayNode ids = node.putArray("options");
            optionIds.forEach(ids::add);
        }
        return JSON.writeValueAsString(node);
    }

    /** Reads a stored answer; no answer (null) is the empty answer. */
    static Answer fromJson(@Nullable String json) {
        if (json == null) {
            return none();
        }
        JsonNode node = JSON.readTree(json);
        JsonNode pairs = node.path("matches");
        if (pairs.isObject() && !pairs.isEmpty()) {
            Map<Long, Long> matches = new LinkedHashMap<>();
            pairs.properties()
                    .forEach(e ->
                            matches.put(Long.parseLong(e.getKey()), e.getValue().longValue()));
            return match(matches);
        }
        List<Long> ids = new ArrayList<>();
        node.path("options").forEach(id -> ids.add(id.longValue()));
        return choose(ids);
    }
}
