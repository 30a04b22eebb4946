package dev.tensortrail.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.TestClock;
import dev.tensortrail.curriculum.ContentFile;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may read the content-health list, what it says as time passes, and the start-up log lines. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ContentHealthTest {

    @Autowired
    ContentHealth health;

    @Autowired
    OverdueContentLog startupLog;

    @Autowired
    LearnerFixture learners;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClockAndSignOut() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_learner_is_denied_the_content_health_list() {
        learners.newLearner("Lars Learner");
        assertThatThrownBy(() -> health.rows()).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> health.rows())
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void instructors_and_admins_see_every_lesson_and_quiz_with_date_sources_and_notes() {
        learners.signIn("instructor@tensortrail.test");
        var rows = health.rows();
        assertThat(rows)
                .filteredOn(r -> r.file().kind() == ContentFile.Kind.LESSON)
                .hasSizeGreaterThanOrEqualTo(18)
                .allSatisfy(r -> assertThat(r.file().sources()).isNotEmpty());
        assertThat(rows)
                .filteredOn(r -> r.file().kind() == ContentFile.Kind.QUIZ)
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(r -> assertThat(r.file().file())
                        .startsWith("curriculum/quizzes/")
                        .endsWith(".yml"));
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.dueOn()).isEqualTo(r.file().asOf().plusMonths(6)));

        learners.signIn("admin@tensortrail.test");
        assertThat(health.rows()).hasSize(rows.size());
    }

    @Test
    void with_the_clock_a_year_on_every_file_is_due_and_start_up_logs_one_line_each(CapturedOutput output) {
        learners.signIn("instructor@tensortrail.test");
        clock.advance(Duration.ofDays(800));
        var rows = health.rows();
        assertThat(rows).allSatisfy(r -> assertThat(r.overdue()).isTrue());

        int before = count(output.getAll());
        startupLog.logOverdue();
        assertThat(count(output.getAll()) - before).isEqualTo(rows.size());
        assertThat(output.getAll())
                .contains("Content due for a re-check: curriculum/lessons/graphs/01-graphs-what-is-a-graph.md");
    }

    private static int count(String text) {
        return text.split("Content due for a re-check: ", -1).length - 1;
    }
}
