package dev.tensortrail.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.quiz.content.QuizPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DrawTest {

    private static final List<String> SKILLS = List.of("a", "b", "c", "d", "e");

    /** A bank of five skills with 4, 4, 4, 4 and 6 questions (ids 100 * skill + n). */
    private static List<Draw.Candidate> bank() {
        List<Draw.Candidate> bank = new ArrayList<>();
        for (int s = 0; s < SKILLS.size(); s++) {
            for (int n = 1; n <= (s == 4 ? 6 : 4); n++) {
                bank.add(new Draw.Candidate(100L * (s + 1) + n, SKILLS.get(s)));
            }
        }
        return bank;
    }

    private static QuizPolicy draw(int n) {
        return new QuizPolicy(n, Map.of(), QuizPolicy.DEFAULT_NOT_PASSED, QuizPolicy.EVERYTHING);
    }

    @Test
    void every_draw_asks_every_skill_and_the_right_number_of_distinct_questions() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            List<Long> drawn = Draw.pick(bank(), Map.of(), draw(9), random);
            assertThat(drawn).hasSize(9).doesNotHaveDuplicates();
            Map<String, Integer> bySkill = new HashMap<>();
            drawn.forEach(id -> bySkill.merge(SKILLS.get((int) (id / 100) - 1), 1, Integer::sum));
            assertThat(bySkill).containsOnlyKeys(SKILLS);
        }
    }

    @Test
    void without_a_draw_every_question_is_asked() {
        assertThat(Draw.pick(bank(), Map.of(), QuizPolicy.DEFAULT, new Random(1)))
                .hasSize(22);
    }

    @Test
    void unseen_questions_come_first_then_wrong_ones_longest_ago_then_right_ones() {
        List<Draw.Candidate> bank = List.of(
                new Draw.Candidate(1, "a"),
                new Draw.Candidate(2, "a"),
                new Draw.Candidate(3, "a"),
                new Draw.Candidate(4, "a"),
                new Draw.Candidate(5, "a"),
                new Draw.Candidate(6, "a"));
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        Map<Long, Draw.Seen> history = Map.of(
                1L, new Draw.Seen(t, 1.0), // right, long ago
                2L, new Draw.Seen(t.plusSeconds(100), 0.0), // wrong, later
                3L, new Draw.Seen(t.plusSeconds(10), 0.5), // partly wrong, earlier
                4L, new Draw.Seen(t.plusSeconds(5), 1.0)); // right
        for (int seed = 0; seed < 20; seed++) {
            assertThat(Draw.pick(bank, history, draw(2), new Random(seed))).containsExactlyInAnyOrder(5L, 6L);
            assertThat(Draw.pick(bank, history, draw(3), new Random(seed))).containsExactlyInAnyOrder(5L, 6L, 3L);
            assertThat(Draw.pick(bank, history, draw(4), new Random(seed))).containsExactlyInAnyOrder(5L, 6L, 3L, 2L);
            assertThat(Draw.pick(bank, history, draw(5), new Random(seed)))
                    .containsExactlyInAnyOrder(5L, 6L, 3L, 2L, 1L);
        }
    }

    @Test
    void a_skill_gets_its_share_even_when_other_skills_have_more_unseen_questions() {
        List<Draw.Candidate> bank = new ArrayList<>();
        for (long n = 1; n <= 4; n++) {
            bank.add(new Draw.Candidate(n, "seen-skill"));
            bank.add(new Draw.Candidate(10 + n, "fresh-skill"));
        }
        Map<Long, Draw.Seen> history = new HashMap<>();
        for (long n = 1; n <= 4; n++) {
            history.put(n, new Draw.Seen(Instant.EPOCH, 1.0));
        }
        List<Long> drawn = Draw.pick(bank, history, draw(4), new Random(3));
        assertThat(drawn.stream().filter(id -> id < 10).count()).isEqualTo(2);
    }
}
