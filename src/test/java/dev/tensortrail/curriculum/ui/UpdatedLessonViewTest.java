package dev.tensortrail.curriculum.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import dev.tensortrail.ContentCopy;
import dev.tensortrail.KaribuTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.TestClock;
import dev.tensortrail.curriculum.CurriculumLoader;
import dev.tensortrail.curriculum.LessonUpdates;
import dev.tensortrail.progress.DashboardData;
import dev.tensortrail.progress.Dashboards;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A learner completes a lesson, the content is reloaded with a change note, and the path, the
 * dashboard and the lesson say "Updated since you read it" until the lesson is opened again.
 * Also the freshness notice once the clock passes the configured age.
 */
class UpdatedLessonViewTest extends KaribuTest {

    static final String SLUG = "graphs-what-is-a-graph";
    static final String NOTE = "The graph section now says which graph torch.export captures.";

    @Autowired
    CurriculumLoader loader;

    @Autowired
    LearnerFixture learners;

    @Autowired
    LessonUpdates updates;

    @Autowired
    Dashboards dashboards;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @TempDir
    Path copy;

    String email;

    @BeforeEach
    void aNewLearnerAndACopyOfTheContent() throws IOException {
        email = learners.newLearner("Ulla Updated");
        login(email);
        ContentCopy.copyShippedContent(copy);
    }

    @AfterEach
    void restoreTheClockAndTheShippedContent() {
        clock.reset();
        loader.load("classpath:curriculum");
    }

    @Test
    void a_learner_who_completed_a_lesson_sees_what_changed_until_they_open_it_again() throws IOException {
        open(SLUG).complete.click();
        assertThat(updates.mine()).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        ContentCopy.addLessonChange(
                copy, ContentCopy.FIRST_LESSON, LocalDate.now(clock).toString(), NOTE);
        loader.load(ContentCopy.location(copy));

        // the path
        UI.getCurrent().navigate(PathView.class);
        String path = LocatorJ._get(PathView.class).getElement().getOuterHTML();
        assertThat(path).contains("tt-lesson-updated", "Updated since you read it", NOTE);
        // the dashboard, whose "Recommended next" points at the updated lesson
        var dashboard = dashboards.mine();
        assertThat(dashboard.updatedLessons()).singleElement().satisfies(u -> {
            assertThat(u.slug()).isEqualTo(SLUG);
            assertThat(u.changes()).anySatisfy(c -> assertThat(c.note()).isEqualTo(NOTE));
        });
        assertThat(dashboard.next().kind()).isEqualTo(DashboardData.NextAction.Kind.REREAD_LESSON);
        assertThat(dashboard.next().slug()).isEqualTo(SLUG);

        // the lesson, once: opening it is reading it again
        var lesson = open(SLUG);
        assertThat(lesson.getElement().getOuterHTML()).contains("tt-updated-notice", "Updated since you read it", NOTE);
        assertThat(lesson.completedNote.getText()).startsWith("Completed on");

        var again = open(SLUG);
        assertThat(again.getElement().getOuterHTML())
                .doesNotContain("tt-updated-notice")
                .doesNotContain(NOTE);
        assertThat(updates.mine()).isEmpty();
        UI.getCurrent().navigate(PathView.class);
        assertThat(LocatorJ._get(PathView.class).getElement().getOuterHTML()).doesNotContain("tt-lesson-updated");
        // completion stays
        assertThat(jdbc.sql("select count(*) from lesson_completion where learner_id = ?")
                        .param(learners.id(email))
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(dashboards.mine().next().kind()).isNotEqualTo(DashboardData.NextAction.Kind.REREAD_LESSON);
    }

    @Test
    void a_learner_who_completed_the_lesson_after_the_change_or_not_at_all_sees_no_notice() throws IOException {
        ContentCopy.addLessonChange(
                copy, ContentCopy.FIRST_LESSON, LocalDate.now(clock).toString(), NOTE);
        loader.load(ContentCopy.location(copy));
        clock.advance(Duration.ofMinutes(5));

        assertThat(open(SLUG).getElement().getOuterHTML()).doesNotContain("tt-updated-notice");
        open(SLUG).complete.click();
        assertThat(updates.mine()).isEmpty();
        assertThat(open(SLUG).getElement().getOuterHTML()).doesNotContain("tt-updated-notice");
    }

    @Test
    void a_lesson_checked_longer_ago_than_the_configured_age_says_so_in_plain_words() throws IOException {
        ContentCopy.setAsOf(copy, ContentCopy.FIRST_LESSON, LocalDate.now(clock));
        loader.load(ContentCopy.location(copy));

        var fresh = open(SLUG).getElement().getOuterHTML();
        assertThat(fresh).contains("Facts checked on").doesNotContain("tt-stale-notice");

        clock.advance(Duration.ofDays(6 * 31 + 2));
        var stale = open(SLUG).getElement().getOuterHTML();
        assertThat(stale).contains("tt-stale-notice", "were last checked on", "more than 6 months ago");
    }

    private LessonView open(String slug) {
        UI.getCurrent().navigate(PathView.class); // away first, so that each open is a new visit
        UI.getCurrent().navigate(LessonView.class, new RouteParameters(LessonView.SLUG, slug));
        return LocatorJ._get(LessonView.class);
    }
}
