package dev.tensortrail.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.ClassFixture;
import dev.tensortrail.LearnerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Over plain HTTP: a learner is refused the instructor's pages whatever the class or learner
 * named (403); instructors get the page shell (200) for any class parameter. Vaadin answers the
 * first GET of an allowed route with its bootstrap page and resolves the view afterwards, so
 * whether a class or learner is theirs is decided in the navigation, not in this status: the
 * "not found" of another instructor's class is tested in CohortViewTest and
 * ClassAuthorisationTest.
 */
class ClassAuthorisationHttpTest extends HttpTest {

    @Autowired
    ClassFixture classes;

    @Autowired
    LearnerFixture fixture;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_learner_is_refused_the_instructor_pages_whatever_the_class() throws Exception {
        String learnerOfB = newAccount(Role.LEARNER);
        String teacherB = newAccount(Role.INSTRUCTOR);
        long classB = classes.newClass(teacherB, "Class of B", learnerOfB).id();
        long learnerId = fixture.id(learnerOfB);

        var learner = signedIn(learnerOfB, PASSWORD);
        for (String refused : new String[] {
            "instructor", "instructor?class=" + classB, "instructor?class=abc", "instructor/learners/" + learnerId
        }) {
            var response = get(learner, refused, false);
            assertThat(response.statusCode()).as(refused).isEqualTo(403);
            assertThat(response.body()).as(refused).doesNotContain("Class of B");
        }

        var teacher = signedIn(teacherB, PASSWORD);
        assertThat(get(teacher, "instructor?class=" + classB, false).statusCode())
                .isEqualTo(200);
        assertThat(get(teacher, "instructor/learners/" + learnerId, false).statusCode())
                .isEqualTo(200);
    }
}
