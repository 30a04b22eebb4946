package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.ClassFixture;
import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.TestClock;
import dev.tensortrail.classroom.Classrooms;
import dev.tensortrail.curriculum.ModuleTargets;
import dev.tensortrail.curriculum.PathOutline;
import dev.tensortrail.quiz.Quizzes;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "Behind": a class's target date for a module is past (before today, the UTC day) and the
 * learner has not passed the module's quiz. On the target day itself nobody is behind yet.
 */
@IntegrationTest
class BehindTargetDatesTest {

    @Autowired
    Dashboards dashboards;

    @Autowired
    Classrooms classrooms;

    @Autowired
    ModuleTargets moduleTargets;

    @Autowired
    PathOutline outline;

    @Autowired
    Quizzes quizzes;

    @Autowired
    LearnerFixture learners;

    @Autowired
    ClassFixture classes;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    String teacher;
    String passed;
    String failed;
    String idle;
    long classId;
    LocalDate target;
    String graphs;

    @BeforeEach
    void aClassWithATargetInTwoDays() {
        clock.freeze();
        passed = learner("Pat Passed", true);
        failed = learner("Fay Failed", false);
        idle = learners.newLearner("Ida Idle");
        teacher = classes.newInstructor("Target Teacher");
        classId =
                classes.newClass(teacher, "Target class", passed, failed, idle).id();
        target = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(2);
        classrooms.setTarget(classId, "graphs", target);
        graphs = outline.modules().stream()
                .filter(m -> m.slug().equals("graphs"))
                .findFirst()
                .orElseThrow()
                .title();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void nobody_is_behind_before_the_date_nor_on_it() {
        learners.signIn(teacher);
        assertThat(behind()).containsOnlyKeys(passed, failed, idle);
        assertThat(behind().values()).containsOnly("");
        assertThat(dashboards.countLearners(classId, "", false, true)).isZero();
        assertThat(dashboards.cohort(classId).targets()).singleElement().satisfies(t -> {
            assertThat(t.module()).isEqualTo(graphs);
            assertThat(t.date()).isEqualTo(target);
        });

        clock.advance(Duration.ofDays(2)); // the target day itself
        assertThat(dashboards.countLearners(classId, "", false, true)).isZero();

        learners.signIn(failed);
        assertThat(dashboards.mine().classTargets()).singleElement().satisfies(t -> {
            assertThat(t.className()).isEqualTo("Target class");
            assertThat(t.module()).isEqualTo(graphs);
            assertThat(t.status()).isEqualTo(DashboardData.TargetStatus.ON_TRACK);
        });
        assertThat(moduleTargets.forSignedInLearner())
                .containsEntry("graphs", java.util.List.of(new ModuleTargets.TargetDate("Target class", target)));
    }

    @Test
    void after_the_date_those_who_have_not_passed_are_behind_in_the_table_the_filter_and_the_csv() {
        clock.advance(Duration.ofDays(3));
        learners.signIn(teacher);

        assertThat(behind())
                .containsEntry(passed, "")
                .containsEntry(failed, graphs)
                .containsEntry(idle, graphs);
        assertThat(dashboards.learners(classId, "", false, true, "name", true, 0, 50))
                .extracting(DashboardData.LearnerRow::email)
                .containsExactlyInAnyOrder(failed, idle);
        assertThat(dashboards.countLearners(classId, "", false, true)).isEqualTo(2);
        assertThat(dashboards.learners(classId, "", false, false, "behind", true, 0, 50))
                .extracting(DashboardData.LearnerRow::email)
                .last()
                .isEqualTo(passed);
        String csv = dashboards.learnersCsv(classId);
        assertThat(csv.lines().filter(l -> l.contains(failed)).findFirst().orElseThrow())
                .endsWith(",\"" + graphs + "\"");
        assertThat(csv.lines().filter(l -> l.contains(passed)).findFirst().orElseThrow())
                .endsWith(",\"\"");

        // "all my learners" spans classes with different dates: no behind flag there
        assertThat(dashboards.countLearners(null, "", false, true)).isZero();

        learners.signIn(failed);
        assertThat(dashboards.mine().classTargets())
                .extracting(DashboardData.ClassTarget::status)
                .containsExactly(DashboardData.TargetStatus.BEHIND);
        learners.signIn(passed);
        assertThat(dashboards.mine().classTargets())
                .extracting(DashboardData.ClassTarget::status)
                .containsExactly(DashboardData.TargetStatus.DONE);
    }

    /** email -> the module they are behind on ("" when not behind). */
    private Map<String, String> behind() {
        return dashboards.learners(classId, "", false, false, "name", true, 0, 50).stream()
                .collect(Collectors.toMap(DashboardData.LearnerRow::email, r -> r.behind() == null ? "" : r.behind()));
    }

    private String learner(String name, boolean pass) {
        String email = learners.newLearner(name);
        learners.completeLessons(email, "graphs");
        var attempt = quizzes.startOrResume("graphs-quiz");
        quizzes.submit(attempt.attemptId(), pass ? learners.correctAnswers(attempt) : learners.wrongAnswers(attempt));
        ProgressCounts.awaitPublicationsComplete(jdbc, learners.id(email));
        return email;
    }
}
