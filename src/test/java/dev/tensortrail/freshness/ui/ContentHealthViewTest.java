package dev.tensortrail.freshness.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import dev.tensortrail.KaribuTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ContentHealthViewTest extends KaribuTest {

    @Autowired
    LearnerFixture learners;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_learner_is_turned_away() {
        login(learners.newLearner("Leo Learner"));
        UI.getCurrent().navigate("content-health");
        assertThat(LocatorJ._find(ContentHealthView.class)).isEmpty();
        assertThat(LocatorJ._find(H1.class)).extracting(H1::getText).contains("Not for your role");
    }

    @Test
    void an_instructor_sees_every_file_and_can_keep_only_those_due() {
        login("instructor@tensortrail.test");
        UI.getCurrent().navigate(ContentHealthView.class);
        var view = LocatorJ._get(ContentHealthView.class);
        int all = view.files.getChildren().toList().size();
        assertThat(all).isGreaterThanOrEqualTo(24);
        String html = view.getElement().getOuterHTML();
        assertThat(html)
                .contains(
                        "curriculum/lessons/graphs/01-graphs-what-is-a-graph.md",
                        "curriculum/quizzes/graphs.yml",
                        "Facts checked on",
                        "Sources");

        clock.advance(Duration.ofDays(800));
        UI.getCurrent().navigate("path");
        UI.getCurrent().navigate(ContentHealthView.class);
        var later = LocatorJ._get(ContentHealthView.class);
        assertThat(later.summary.getText()).startsWith(all + " of " + all + " lessons and quizzes are due");
        later.onlyDue.setValue(true);
        assertThat(later.files.getChildren().toList()).hasSize(all);
        assertThat(later.getElement().getOuterHTML()).contains("Due for a re-check since");
    }

    @Test
    void an_admin_may_open_it_too() {
        login("admin@tensortrail.test");
        UI.getCurrent().navigate(ContentHealthView.class);
        assertThat(LocatorJ._find(ContentHealthView.class)).hasSize(1);
    }
}
