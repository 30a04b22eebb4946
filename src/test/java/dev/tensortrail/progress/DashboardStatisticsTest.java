package dev.tensortrail.progress;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.account.AccountService;
import dev.tensortrail.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
    JdbcClient jdbc;

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
                        where z.slug = 'graphs-quiz' and q.retired_at is null order by q.position limit 3""")
                .query(Long.class).list();
        long quiz = jdbc.sql("select id from quiz where slug = 'graphs-quiz'").query(Long.class).single();
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
    void a_learner_cannot_read_another_learners_dashboard_or_the_cohort() {
        String other = learners.newLearner("Other One");
        long otherId = learners.id(other);
        learners.newLearner("Nosy Learner");

        assertThatThrownBy(() -> dashboards.ofLearner(otherId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.cohort()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.learnersCsv()).isInstanceOf(AccessDeniedException.class);
        assertThat(dashboards.mine().displayName()).isEqualTo("Nosy Learner");
    }

    @Test
    void an_instructor_sees_learners_but_cannot_change_them() {
        String learner = learners.newLearner("Watched Learner");
        long learnerId = learners.id(learner);
        learners.signIn("instructor@tensortrail.test");

        assertThat(dashboards.ofLearner(learnerId)).hasValueSatisfying(d ->
                assertThat(d.displayName()).isEqualTo("Watched Learner"));
        assertThat(dashboards.learners("watched", false, "name", true, 0, 50))
                .extracting(DashboardViews.LearnerRow::id).contains(learnerId);
        assertThatThrownBy(() -> accounts.changeRole(learnerId, Role.ADMIN, learners.id("instructor@tensortrail.test")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void csv_exports_escape_names_a_spreadsheet_would_run() {
        learners.newLearner("=HYPERLINK(\"http://evil\")");
        learners.newLearner("+Plus, Minus");
        learners.signIn("instructor@tensortrail.test");
        String csv = dashboards.learnersCsv();
        assertThat(csv).contains("\n\"'=HYPERLINK(\"\"http://evil\"\")\",");
        assertThat(csv).contains("\n\"'+Plus, Minus\",");
        assertThat(csv).doesNotContain("\n=HYPERLINK", "\n+Plus");
        assertThat(csv).startsWith("name,email,last_activity,lessons_done,lessons_total,flag\r\n");
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
                .query(Long.class).single();
        for (int i = 0; i < scores.length; i++) {
            jdbc.sql("""
                            insert into attempt_item (attempt_id, position, question_id, option_order, answer, score)
                            values (?, ?, ?, '', '', ?)""")
                    .params(id, i + 1, questions.get(i), scores[i]).update();
        }
    }
}
