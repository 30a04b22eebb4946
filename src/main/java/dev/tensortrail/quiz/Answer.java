package dev.tensortrail.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's answer to one question: the chosen option ids (choice questions), the item ids in
 * the learner's order (ordering), or left item id to right item id (matching; the right side
 * is named by the id of the pair it belongs to, so a match is right when both ids are equal).
 */
public record Answer(List<Long> optionIds, Map<Long, Long> matches) {

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

    String encode() {
        if (!matches.isEmpty()) {
            var parts = new ArrayList<String>();
            matches.forEach((left, right) -> parts.add(left + ":" + right));
            return String.join(",", parts);
        }
        return String.join(",", optionIds.stream().map(String::valueOf).toList());
    }

    static Answer decode(String text) {
        if (text == null || text.isBlank()) {
            return none();
        }
        if (text.contains(":")) {
            Map<Long, Long> matches = new LinkedHashMap<>();
            for (String part : text.split(",")) {
                String[] pair = part.split(":");
                matches.put(Long.parseLong(pair[0]), Long.parseLong(pair[1]));
            }
            return match(matches);
        }
        return choose(java.util.Arrays.stream(text.split(",")).map(Long::parseLong).toList());
    }
}
