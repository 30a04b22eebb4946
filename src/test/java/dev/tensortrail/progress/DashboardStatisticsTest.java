package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import dev.tensortrail.ClassFixture;
import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.account.AccountService;
import dev.tensortrail.account.Role;
import dev.tensortrail.quiz.Answer;
import dev.tensortrail.quiz.Quizzes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class DashboardStatisticsTest {

    @Autowired
    DashboardStore store;

    @Autowired
    Dashboards dashboards;

    @Autowired
    AccountService accounts;

    @Autowired
    LearnerFixture learners;

    @Autowired
    ClassFixture classes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Quizzes quizzes;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Four learners' first attempts on three questions (1 = right):
     * <pre>
     *         q1 q2 q3
     *   L1     1  1  1
     *   L2     1  0  1
     *   L3     0  1  0
     *   L4     0  0  0   (and a later, perfect attempt that must not count)
     * </pre>
     * By hand: facility 0.5 for each; q1 and q3 items [1,1,0,0] against the rest [2,1,1,0] give
     * r = 1 / sqrt(1 x 2) = 0.7071; q2 [1,0,1,0] against [2,2,0,0] gives r = 0, so q2 is flagged.
     */
    @Test
    void item_statistics_match_a_hand_computed_example() {
        List<Long> questions = jdbc.sql("""
                        select q.id from question q join quiz z on z.id = q.quiz_id
                        where z.slug = 'graphs-quiz' and q.retired_at is null order by q.position limit 3""").query(Long.class).list();
        long quiz = jdbc.sql("select id from quiz where slug = 'graphs-quiz'")
                .query(Long.class)
                .single();
        int[][] scores = {{1, 1, 1}, {1, 0, 1}, {0, 1, 0}, {0, 0, 0}};
        List<Long> ids = new ArrayList<>();
        for (int[] row : scores) {
            long learner = learners.id(learners.newLearner("Item Example"));
            ids.add(learner);
            attempt(quiz, learner, questions, row, "2026-01-01T10:00:00Z");
        }
        attempt(quiz, ids.getLast(), questions, new int[] {1, 1, 1}, "2026-01-02T10:00:00Z");

        var stats = store.questionStatistics(ids);

        assertThat(stats).hasSize(3);
        assertThat(stats).allSatisfy(s -> {
            assertThat(s.attempts()).isEqualTo(4);
            assertThat(s.facility()).isCloseTo(0.5, within(1e-9));
        });
        assertThat(stats.get(0).discrimination()).isCloseTo(0.70711, within(1e-4));
        assertThat(stats.get(1).discrimination()).isCloseTo(0.0, within(1e-9));
        assertThat(stats.get(2).discrimination()).isCloseTo(0.70711, within(1e-4));
        assertThat(stats.get(0).flagged()).isFalse();
        assertThat(stats.get(1).flagged()).isTrue();
    }

    @Test
    void the_sums_kept_at_grading_time_give_the_same_statistics_as_the_attempts_themselves() {
        Map<Long, double[]> before = sums();
        List<Long> ids = new ArrayList<>();
        int[][] wrong = {{}, {0, 3}, {1, 2, 4, 5}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, {2}};
        for (int[] skip : wrong) {
            String email = learners.newLearner("Summed Learner");
            ids.add(learners.id(email));
            learners.completeLessons(email, "graphs");
            var attempt = quizzes.startOrResume("graphs-quiz");
            Map<Long, Answer> answers = new LinkedHashMap<>(learners.correctAnswers(attempt));
            for (int i : skip) {
                answers.put(
                        attempt.questions().get(i).questionId(),
                        learners.wrongAnswer(attempt.questions().get(i)));
            }
            quizzes.submit(attempt.attemptId(), answers);
            // a retake must not count: item analysis is on first attempts
            var retake = quizzes.startOrResume("graphs-quiz");
            quizzes.submit(retake.attemptId(), learners.correctAnswers(retake));
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sums().values().stream().mapToDouble(v -> v[0]).sum()
                                - before.values().stream()
                                        .mapToDouble(v -> v[0])
                                        .sum()
                        >= 5 * 9);

        Map<Long, double[]> after = sums();
        for (var live : store.questionStatistics(ids)) {
            double[] a = after.get(live.questionId());
            double[] b = before.getOrDefault(live.questionId(), new double[6]);
            double n = a[0] - b[0],
                    sx = a[1] - b[1],
                    sxx = a[2] - b[2],
                    sr = a[3] - b[3],
                    srr = a[4] - b[4],
                    sxr = a[5] - b[5];
            assertThat(n).isEqualTo(live.attempts());
            assertThat(sx / n).isCloseTo(live.facility(), within(1e-9));
            double vx = sxx - sx * sx / n;
            double vr = srr - sr * sr / n;
            if (live.discrimination() == null) {
                assertThat(vx * vr).isCloseTo(0.0, within(1e-9));
            } else {
                assertThat((sxr - sx * sr / n) / Math.sqrt(vx * vr)).isCloseTo(live.discrimination(), within(1e-9));
            }
        }
    }

    private Map<Long, double[]> sums() {
        Map<Long, double[]> result = new java.util.HashMap<>();
        jdbc.sql("select question_id, n, sum_x, sum_xx, sum_r, sum_rr, sum_xr from question_summary")
                .query((rs, i) -> Map.entry(rs.getLong(1), new double[] {
                    rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)
                }))
                .list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    @Test
    void a_learner_cannot_read_another_learners_dashboard_or_the_cohort() {
        String other = learners.newLearner("Other One");
        long otherId = learners.id(other);
        learners.newLearner("Nosy Learner");

        assertThatThrownBy(() -> dashboards.ofLearner(otherId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.cohort(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.learnersCsv(null)).isInstanceOf(AccessDeniedException.class);
        assertThat(dashboards.mine().displayName()).isEqualTo("Nosy Learner");
    }

    @Test
    void an_instructor_sees_the_learners_of_their_class_but_cannot_change_them() {
        String learner = learners.newLearner("Watched Learner");
        long learnerId = learners.id(learner);
        String instructor = classes.newInstructor("Watching Teacher");
        var watched = classes.newClass(instructor, "Watched class", learner);

        assertThat(dashboards.ofLearner(learnerId))
                .hasValueSatisfying(d -> assertThat(d.displayName()).isEqualTo("Watched Learner"));
        assertThat(dashboards.learners(watched.id(), "watched", false, false, "name", true, 0, 50))
                .extracting(DashboardData.LearnerRow::id)
                .containsExactly(learnerId);
        assertThat(dashboards.learners(null, "watched", false, false, "name", true, 0, 50))
                .extracting(DashboardData.LearnerRow::id)
                .containsExactly(learnerId);
        assertThatThrownBy(() -> accounts.changeRole(learnerId, Role.ADMIN, learners.id(instructor)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void csv_exports_escape_names_a_spreadsheet_would_run() {
        learners.newLearner("=HYPERLINK(\"http://evil\")");
        learners.newLearner("+Plus, Minus");
        // the admin's "all learners": every learner on the server
        learners.signIn("admin@tensortrail.test");
        String csv = dashboards.learnersCsv(null);
        assertThat(csv).contains("\n\"'=HYPERLINK(\"\"http://evil\"\")\",");
        assertThat(csv).contains("\n\"'+Plus, Minus\",");
        assertThat(csv).doesNotContain("\n=HYPERLINK", "\n+Plus");
        assertThat(csv)
                .startsWith("\"name\",\"email\",\"last_activity\",\"lessons_done\",\"lessons_total\",\"flag\","
                        + "\"behind_on\"\r\n");
    }

    private void attempt(long quiz, long learner, List<Long> questions, int[] scores, String at) {
        double total = 0;
        for (int s : scores) {
            total += s;
        }
        long id = jdbc.sql("""
                        insert into quiz_attempt (quiz_id, learner_id, started_at, submitted_at, score, passed)
                        values (?, ?, ?::timestamptz, ?::timestamptz, ?, ?) returning id""")
                .params(quiz, learner, at, at, total / scores.length, total / scores.length >= 0.7)
                .query(Long.class)
                .single();
        for (int i = 0; i < scores.length; i++) {
            jdbc.sql("""
                            insert into attempt_item (attempt_id, position, question_id, option_order, answer, score)
                            values (?, ?, ?, '{}', '{"options": []}', ?)""").params(id, i + 1, questions.get(i), scores[i]).update();
        }
    }
}
