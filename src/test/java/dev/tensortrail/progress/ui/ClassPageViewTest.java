package dev.tensortrail.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.tensortrail.ClassFixture;
import dev.tensortrail.KaribuTest;
import dev.tensortrail.LearnerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The class page as instructors reach it by URL: their own class by {@code ?class=}, every other
 * class, unknown id or garbage as "not found" (the same answer), and the same for another
 * instructor's learner; an instructor without classes is told how to get some.
 */
class ClassPageViewTest extends KaribuTest {

    @Autowired
    LearnerFixture learners;

    @Autowired
    ClassFixture classes;

    String teacherA;
    long classA;
    long classB;
    long learnerOfA;
    long learnerOfB;

    @BeforeEach
    void twoInstructorsWithAClassEach() {
        String a = learners.newLearner("Page Learner A");
        String b = learners.newLearner("Page Learner B");
        learnerOfA = learners.id(a);
        learnerOfB = learners.id(b);
        teacherA = classes.newInstructor("Page Teacher A");
        classA = classes.newClass(teacherA, "Page Class A", a).id();
        classB = classes.newClass(classes.newInstructor("Page Teacher B"), "Page Class B", b)
                .id();
    }

    @Test
    void the_own_class_opens_with_its_name_and_only_its_learners() {
        login(teacherA);
        open("class", String.valueOf(classA));

        var view = LocatorJ._get(CohortView.class);
        assertThat(LocatorJ._get(H1.class).getText()).contains("Page Class A");
        assertThat(view.classPicker.getValue().id()).isEqualTo(classA);
        assertThat(view.classPicker.getLabel()).isEqualTo("Class");
        assertThat(GridKt._size(view.learners)).isEqualTo(1);
        assertThat(GridKt._get(view.learners, 0).id()).isEqualTo(learnerOfA);
    }

    @Test
    void a_learner_opened_from_a_class_page_leads_back_to_that_class() {
        login(teacherA);
        open("class", String.valueOf(classA));
        GridKt._clickItem(LocatorJ._get(CohortView.class).learners, 0);

        assertThat(currentView()).isInstanceOf(LearnerDetailView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("instructor/learners/" + learnerOfA + "?class=" + classA);
        assertThat(LocatorJ._get(RouterLink.class, spec -> spec.withText("Back to the cohort"))
                        .getHref())
                .isEqualTo("instructor?class=" + classA);
    }

    @Test
    void choosing_a_class_in_the_picker_puts_it_in_the_address() {
        login(teacherA);
        UI.getCurrent().navigate(CohortView.class);
        var view = LocatorJ._get(CohortView.class);
        assertThat(view.classPicker.getValue()).isNull();
        var mine = view.classPicker.getListDataView().getItems().toList();
        assertThat(mine).extracting(c -> c.id()).containsExactly(classA);

        HasValueUtilsKt._setValue(view.classPicker, mine.getFirst());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("instructor?class=" + classA);
        assertThat(LocatorJ._get(H1.class).getText()).isEqualTo("Class: Page Class A");

        HasValueUtilsKt._setValue(LocatorJ._get(CohortView.class).classPicker, null);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("instructor");
    }

    @Test
    void another_instructors_class_an_unknown_id_and_garbage_are_all_not_found() {
        login(teacherA);
        for (String value : new String[] {String.valueOf(classB), String.valueOf(Long.MAX_VALUE), "abc", ""}) {
            open("class", value);
            assertThat(currentView()).as(value).isNotInstanceOf(CohortView.class);
            assertThat(LocatorJ._find(CohortView.class)).as(value).isEmpty();
        }
        UI.getCurrent().navigate(LearnerDetailView.class, new RouteParameters("id", String.valueOf(learnerOfB)));
        assertThat(currentView()).isNotInstanceOf(LearnerDetailView.class);

        UI.getCurrent().navigate(LearnerDetailView.class, new RouteParameters("id", String.valueOf(learnerOfA)));
        assertThat(currentView()).isInstanceOf(LearnerDetailView.class);
    }

    @Test
    void an_instructor_without_classes_is_told_where_to_create_one() {
        login(classes.newInstructor("Teacher Without Classes"));
        UI.getCurrent().navigate(CohortView.class);

        assertThat(LocatorJ._get(Anchor.class, spec -> spec.withId("cohort-classes-link"))
                        .getHref())
                .isEqualTo("classes");
        var view = LocatorJ._get(CohortView.class);
        assertThat(view.learners.isAttached()).isFalse();
    }

    private void open(String parameter, String value) {
        UI.getCurrent().navigate(CohortView.class, QueryParameters.of(parameter, value));
    }

    private static Component currentView() {
        return UI.getCurrent().getCurrentView();
    }
}
