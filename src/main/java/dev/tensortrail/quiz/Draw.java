package dev.tensortrail.quiz;

import dev.tensortrail.quiz.content.QuizPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Picks an attempt's questions from a bank: every skill gets at least its share (so every skill
 * is asked in every attempt), the rest of the draw is filled from the whole bank. Within that,
 * a learner is asked first what they have not seen yet, then what they answered wrongly (the
 * longest ago first), and last what they answered right (the longest ago first).
 */
final class Draw {

    /** A question of the bank. */
    record Candidate(long id, String skill) {}

    /** What this learner did with a question before: when they last had it, and how it went. */
    record Seen(Instant lastSeen, double lastScore) {}

    private Draw() {}

    /** The drawn question ids, in the order the attempt shows them. */
    static List<Long> pick(List<Candidate> bank, Map<Long, Seen> history, QuizPolicy policy, Random random) {
        List<Long> drawn = new ArrayList<>();
        if (policy.draw() == null || policy.draw() >= bank.size()) {
            bank.forEach(c -> drawn.add(c.id()));
        } else {
            // a random tie-break for each question, fixed for this draw
            Map<Long, Double> tie = new HashMap<>();
            bank.forEach(c -> tie.put(c.id(), random.nextDouble()));
            Comparator<Candidate> preference = Comparator.comparingInt((Candidate c) -> tier(history.get(c.id())))
                    .thenComparing(c ->
                            history.containsKey(c.id()) ? history.get(c.id()).lastSeen() : Instant.MIN)
                    .thenComparing(c -> tie.get(c.id()));
            List<Candidate> ranked = new ArrayList<>(bank);
            ranked.sort(preference);
            Map<String, List<Candidate>> bySkill = new LinkedHashMap<>();
            ranked.forEach(c ->
                    bySkill.computeIfAbsent(c.skill(), s -> new ArrayList<>()).add(c));
            Set<Long> chosen = new LinkedHashSet<>();
            bySkill.forEach((skill, candidates) -> {
                int share = Math.max(1, policy.share(skill, bySkill.size()));
                candidates.stream().limit(share).forEach(c -> chosen.add(c.id()));
            });
            for (Candidate c : ranked) {
                if (chosen.size() >= policy.draw()) {
                    break;
                }
                chosen.add(c.id());
            }
            drawn.addAll(chosen);
        }
        Collections.shuffle(drawn, random);
        return drawn;
    }

    private static int tier(@Nullable Seen seen) {
        if (seen == null) {
            return 0;
        }
        return QuizAttemptGraded.QuestionOutcome.isRight(seen.lastScore()) ? 2 : 1;
    }
}
