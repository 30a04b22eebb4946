package dev.tensortrail.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.ClassFixture;
import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.classroom.ClassData;
import dev.tensortrail.classroom.Classrooms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The demo classes: two for the demo instructor, a third for the second, who see none of each other's. */
@IntegrationTest
class DemoClassesTest {

    @Autowired
    DemoClasses demoClasses;

    @Autowired
    Classrooms classrooms;

    @Autowired
    LearnerFixture people;

    @Autowired
    ClassFixture classes;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_cohort_is_split_into_three_classes_and_the_second_instructors_learners_stay_hidden() {
        String first = classes.newInstructor("First Demo");
        String second = classes.newInstructor("Second Demo");
        List<Long> cohort = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cohort.add(people.id(people.newLearner("Cohort " + i)));
        }
        String demoLearner = people.newLearner("Demo Learner");

        demoClasses.seed(people.id(first), people.id(second), cohort, people.id(demoLearner));
        assertThat(demoClasses.exist()).isTrue();

        people.signIn(first);
        assertThat(classrooms.taught(false))
                .extracting(ClassData.ClassSummary::name, ClassData.ClassSummary::learners)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Evening group", 7),
                        org.assertj.core.groups.Tuple.tuple("Morning group", 9));
        assertThat(classrooms.maySee(cohort.getFirst())).isTrue();
        assertThat(classrooms.maySee(cohort.getLast())).isFalse();
        var scope = classrooms.scope(null);
        assertThat(scope.classIds()).hasSize(2);

        people.signIn(second);
        assertThat(classrooms.taught(false)).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("West campus");
            assertThat(c.learners()).isEqualTo(5);
            assertThat(c.joinCode()).isEqualTo(DemoClasses.WEST_CODE);
        });
        assertThat(classrooms.maySee(cohort.getFirst())).isFalse();

        people.signIn(demoLearner);
        assertThat(classrooms.mine()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Morning group");
            assertThat(c.targets()).hasSizeGreaterThanOrEqualTo(1);
        });
    }
}
