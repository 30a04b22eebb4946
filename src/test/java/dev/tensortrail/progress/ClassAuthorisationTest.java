package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.ClassFixture;
import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.classroom.Classrooms;
import dev.tensortrail.curriculum.Curriculum;
import dev.tensortrail.curriculum.LessonUpdates;
import dev.tensortrail.quiz.QuizException;
import dev.tensortrail.quiz.Quizzes;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Instructor A cannot list, open, export or drill into class B or its learners by any method
 * or parameter; B's teacher can; a co-instructor the admin removes loses access on the next call.
 */
@IntegrationTest
class ClassAuthorisationTest {

    @Autowired
    Dashboards dashboards;

    @Autowired
    Classrooms classrooms;

    @Autowired
    Quizzes quizzes;

    @Autowired
    Curriculum curriculum;

    @Autowired
    LessonUpdates updates;

    @Autowired
    LearnerFixture learners;

    @Autowired
    ClassFixture classes;

    @Autowired
    JdbcClient jdbc;

    String teacherA;
    String teacherB;
    long classA;
    long classB;
    String learnerB;
    long learnerOfB;
    long attemptOfB;

    @BeforeEach
    void twoInstructorsWithAClassEach() {
        String learnerA = learners.newLearner("Only In A");
        learnerB = learners.newLearner("Only In B");
        learnerOfB = learners.id(learnerB);
        learners.completeLessons(learnerB, "graphs");
        var attempt = quizzes.startOrResume("graphs-quiz");
        attemptOfB = quizzes.submit(attempt.attemptId(), learners.wrongAnswers(attempt))
                .attemptId();
        ProgressCounts.awaitPublicationsComplete(jdbc, learnerOfB);

        teacherA = classes.newInstructor("Teacher A");
        teacherB = classes.newInstructor("Teacher B");
        classA = classes.newClass(teacherA, "Class A", learnerA).id();
        classB = classes.newClass(teacherB, "Class B", learnerB).id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Every Dashboards method that takes a class, called with this class id. */
    private List<ThrowingCallable> everyMethodWith(long classId) {
        return List.of(
                () -> dashboards.cohort(classId),
                () -> dashboards.learners(classId, "", false, false, "name", true, 0, 50),
                () -> dashboards.learners(classId, "", true, true, "behind", false, 0, 50),
                () -> dashboards.countLearners(classId, "", false, false),
                () -> dashboards.questionStatistics(classId),
                () -> dashboards.learnersCsv(classId),
                () -> dashboards.questionStatisticsCsv(classId));
    }

    private void assertDenied(long classId) {
        var calls = everyMethodWith(classId);
        for (int i = 0; i < calls.size(); i++) {
            assertThatThrownBy(calls.get(i))
                    .as("method %d with class %d", i, classId)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private void assertAllowed(long classId) {
        for (var call : everyMethodWith(classId)) {
            assertThatCode(call).doesNotThrowAnyException();
        }
    }

    @Test
    void instructor_a_reaches_nothing_of_class_b_by_any_method() {
        learners.signIn(teacherA);

        assertDenied(classB);
        assertDenied(Long.MAX_VALUE);
        assertDenied(-1);
        assertAllowed(classA);
        assertThat(dashboards.ofLearner(learnerOfB)).isEmpty();
        assertThat(dashboards.learners(null, "", false, false, "name", true, 0, 100))
                .extracting(DashboardData.LearnerRow::id)
                .doesNotContain(learnerOfB);
        assertThat(dashboards.learnersCsv(null)).doesNotContain(learnerB);
        assertThat(dashboards.cohort(null).learners()).isEqualTo(1);
        assertThatThrownBy(() -> quizzes.result(attemptOfB)).isInstanceOf(QuizException.class);
        assertThatThrownBy(() -> curriculum.pathOf(learnerOfB)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> updates.of(learnerOfB)).isInstanceOf(AccessDeniedException.class);

        learners.signIn(teacherB);
        assertThat(curriculum.pathOf(learnerOfB).lessonsDone()).isPositive();
        assertThat(updates.of(learnerOfB)).isEmpty();
        assertAllowed(classB);
        assertThat(dashboards.ofLearner(learnerOfB)).isPresent();
        assertThat(quizzes.result(attemptOfB).attemptId()).isEqualTo(attemptOfB);
        assertThat(dashboards.learnersCsv(classB)).contains(learnerB);
    }

    @Test
    void a_learner_is_refused_every_instructor_method() {
        learners.signIn(learnerB);

        assertDenied(classB);
        assertThatThrownBy(() -> dashboards.cohort(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.ofLearner(learnerOfB)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_removed_co_instructor_loses_access_at_once() {
        learners.signIn(ClassFixture.ADMIN);
        classrooms.addTeacher(classB, teacherA);

        learners.signIn(teacherA);
        assertAllowed(classB);
        assertThat(dashboards.ofLearner(learnerOfB)).isPresent();
        assertThat(dashboards.cohort(null).learners()).isEqualTo(2);

        learners.signIn(ClassFixture.ADMIN);
        classrooms.removeTeacher(classB, learners.id(teacherA));

        learners.signIn(teacherA);
        assertDenied(classB);
        assertThat(dashboards.ofLearner(learnerOfB)).isEmpty();
        assertThat(dashboards.cohort(null).learners()).isEqualTo(1);
        assertThatThrownBy(() -> quizzes.result(attemptOfB)).isInstanceOf(QuizException.class);
    }
}
