package dev.tensortrail.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import dev.tensortrail.KaribuTest;
import dev.tensortrail.LearnerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CohortViewTest extends KaribuTest {

    @Autowired
    LearnerFixture learners;

    CohortView view;

    @BeforeEach
    void anAdminOnTheCohortPage() {
        learners.newLearner("Filter Target");
        login("admin@tensortrail.test");
        UI.getCurrent().navigate(CohortView.class);
        view = LocatorJ._get(CohortView.class);
    }

    @Test
    void a_filter_with_a_nul_character_gets_a_field_message_and_no_internal_error() {
        view.filter.setValue("Filter\u0000");

        assertThat(view.filter.isInvalid()).isTrue();
        assertThat(view.filter.getErrorMessage()).contains("visible characters only");
        assertThat(GridKt._size(view.learners)).isZero();
    }

    @Test
    void a_plain_filter_finds_the_learner_again() {
        view.filter.setValue("Filter\u202E");
        view.filter.setValue("Filter Target");

        assertThat(view.filter.isInvalid()).isFalse();
        assertThat(GridKt._size(view.learners)).isPositive();
    }
}
