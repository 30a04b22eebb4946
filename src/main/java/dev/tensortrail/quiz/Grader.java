package dev.tensortrail.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks and grades one answer, on the server only. Scores are between 0 and 1: choice
 * questions right or wrong; multiple response with partial credit (right picks minus wrong
 * picks over the number of right options, never below 0); ordering and matching by the share
 * of items in the right place (a partial matching earns its right pairs; an ordering the learner
 * never touched is an empty answer and earns nothing).
 */
final class Grader {

    /** What the grader needs to know about an option. */
    record Key(long id, boolean correct, @Nullable Integer correctPosition) {}

    private Grader() {}

    /** @throws QuizException when the answer does not fit the question */
    static void check(QuestionType type, List<Key> options, Answer answer) {
        if (answer.isEmpty()) {
            return;
        }
        Set<Long> ids = new HashSet<>();
        options.forEach(o -> ids.add(o.id()));
        switch (type) {
            case MATCHING -> {
                if (!answer.optionIds().isEmpty()
                        || !ids.containsAll(answer.matches().keySet())
                        || !ids.containsAll(answer.matches().values())) {
                    throw new QuizException("quiz.error.unknown-option", "match outside the question");
                }
                // a partial matching is an answer too (graded as the share of right matches),
                // but no right-hand side may be used twice
                if (answer.matches().size() > options.size()
                        || new HashSet<>(answer.matches().values()).size()
                                != answer.matches().size()) {
                    throw new QuizException("quiz.error.answer-count", "each right-hand side matches one item");
                }
            }
            case ORDERING -> {
                if (!answer.matches().isEmpty() || !ids.containsAll(answer.optionIds())) {
                    throw new QuizException("quiz.error.unknown-option", "item outside the question");
                }
                if (answer.optionIds().size() != options.size()
                        || new HashSet<>(answer.optionIds()).size() != options.size()) {
                    throw new QuizException("quiz.error.answer-count", "an order must name every item once");
                }
            }
            default -> {
                if (!answer.matches().isEmpty() || !ids.containsAll(answer.optionIds())) {
                    throw new QuizException("quiz.error.unknown-option", "option outside the question");
                }
                if (new HashSet<>(answer.optionIds()).size()
                                != answer.optionIds().size()
                        || (type != QuestionType.MULTIPLE && answer.optionIds().size() != 1)) {
                    throw new QuizException("quiz.error.answer-count", "wrong number of options chosen");
                }
            }
        }
    }

    static double score(QuestionType type, List<Key> options, Answer answer) {
        check(type, options, answer);
        if (answer.isEmpty()) {
            return 0;
        }
        return switch (type) {
            case MULTIPLE -> {
                long correct = options.stream().filter(Key::correct).count();
                long right = options.stream()
                        .filter(o -> o.correct() && answer.optionIds().contains(o.id()))
                        .count();
                long wrong = options.stream()
                        .filter(o -> !o.correct() && answer.optionIds().contains(o.id()))
                        .count();
                yield Math.max(0, (double) (right - wrong) / correct);
            }
            case ORDERING -> {
                Map<Long, Integer> expected = new java.util.HashMap<>();
                options.forEach(o -> expected.put(o.id(), o.correctPosition()));
                int inPlace = 0;
                for (int i = 0; i < answer.optionIds().size(); i++) {
                    Integer position = expected.get(answer.optionIds().get(i));
                    if (position != null && position == i + 1) {
                        inPlace++;
                    }
                }
                yield (double) inPlace / options.size();
            }
            case MATCHING ->
                (double) answer.matches().entrySet().stream()
                                .filter(e -> e.getKey().equals(e.getValue()))
                                .count()
                        / options.size();
            default ->
                options.stream().anyMatch(o -> o.correct() && answer.optionIds().contains(o.id())) ? 1 : 0;
        };
    }
}
