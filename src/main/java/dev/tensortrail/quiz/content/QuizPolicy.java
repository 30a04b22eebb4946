package dev.tensortrail.quiz.content;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a quiz draws its questions and what a learner may see after an attempt (docs/quiz-format.md).
 *
 * @param draw     questions per attempt; null: every question of the bank
 * @param perSkill the fewest questions of a skill in every attempt, where the file names them
 *                 (other skills get {@link #share}'s even split)
 * @param notPassed what the learner sees of an attempt while they have not passed the quiz
 * @param passed    what they see of every attempt once they have passed it
 */
public record QuizPolicy(
        @Nullable Integer draw, Map<String, Integer> perSkill, Set<Review> notPassed, Set<Review> passed) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Review options, modelled on Moodle's ("Whether correct", "Specific feedback", ...). */
    public enum Review {
        /** the score of the attempt and of each question */
        MARKS,
        /** whether each question was right, partly right or wrong */
        WHETHER_CORRECT,
        /** the feedback written for the options the learner chose */
        SPECIFIC_FEEDBACK,
        /** the explanation of the question and the feedback shown when an ordering or matching is wrong */
        GENERAL_FEEDBACK,
        /** the right answer: the right options, the right order, the right matches */
        RIGHT_ANSWER,
        /** the lesson section to reread */
        REREAD;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static @Nullable Review parse(String word) {
            for (Review review : values()) {
                if (review.word().equals(word)) {
                    return review;
                }
            }
            return null;
        }
    }

    public static final Set<Review> DEFAULT_NOT_PASSED =
            Set.copyOf(EnumSet.of(Review.MARKS, Review.WHETHER_CORRECT, Review.SPECIFIC_FEEDBACK, Review.REREAD));
    public static final Set<Review> EVERYTHING = Set.copyOf(EnumSet.allOf(Review.class));

    public static final QuizPolicy DEFAULT = new QuizPolicy(null, Map.of(), DEFAULT_NOT_PASSED, EVERYTHING);

    public QuizPolicy {
        perSkill = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perSkill));
        notPassed = Set.copyOf(notPassed);
        passed = Set.copyOf(passed);
    }

    /** How many questions of this skill every attempt asks at least, with {@code skills} skills in the bank. */
    public int share(String skill, int skills) {
        Integer named = perSkill.get(skill);
        if (named != null) {
            return named;
        }
        if (draw == null || skills == 0) {
            return 0;
        }
        long unnamed = Math.max(1, skills - perSkill.size());
        int rest = draw - perSkill.values().stream().mapToInt(Integer::intValue).sum();
        return (int) Math.max(0, rest / unnamed);
    }

    // ---- the forms the quiz table keeps them in

    /** The fewest questions per skill as stored: a JSON object, {@code {"skill": n}}. */
    public static String encodeSkills(Map<String, Integer> perSkill) {
        ObjectNode node = JSON.createObjectNode();
        perSkill.forEach(node::put);
        return JSON.writeValueAsString(node);
    }

    public static Map<String, Integer> decodeSkills(@Nullable String json) {
        Map<String, Integer> result = new LinkedHashMap<>();
        if (json != null) {
            JSON.readTree(json)
                    .properties()
                    .forEach(e -> result.put(e.getKey(), e.getValue().intValue()));
        }
        return result;
    }

    /** The review options as stored: their words, in the options' order. */
    public static String[] encodeReview(Set<Review> review) {
        return EnumSet.copyOf(review.isEmpty() ? EnumSet.noneOf(Review.class) : review).stream()
                .map(Review::word)
                .toArray(String[]::new);
    }

    /** @param words as stored; null (a quiz stored before review options were) is {@code fallback} */
    public static Set<Review> decodeReview(String @Nullable [] words, Set<Review> fallback) {
        if (words == null) {
            return fallback;
        }
        return Stream.of(words)
                .map(Review::parse)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }
}
