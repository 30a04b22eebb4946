package dev.tensortrail.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The upgrade a running installation goes through: the content as shipped on 2025-12-01 (kept
 * in test resources), a learner who read all of it, then today's content. The load must be
 * accepted (no question id reused for a different question), and the learner is told about
 * exactly the lessons whose change notes are new to her.
 */
@IntegrationTest
class ContentUpgradeTest {

    static final String CONTENT_2025 = "classpath:content-2025-12-01";

    @Autowired
    CurriculumLoader loader;

    @Autowired
    LessonUpdates updates;

    @Autowired
    LearnerFixture learners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void restore() {
        clock.reset();
        loader.load("classpath:curriculum");
    }

    @Test
    void the_content_of_2025_12_01_upgrades_to_todays_and_readers_see_what_changed() {
        loader.load(CONTENT_2025);
        assertThat(jdbc.sql("select count(*) from lesson_change c join lesson l on l.id = c.lesson_id"
                                + " where l.retired_at is null")
                        .query(Long.class)
                        .single())
                .isZero();
        String email = learners.newLearner("Olga Oldreader");
        learners.completeLessons(email, learners.moduleSlugs().toArray(String[]::new));
        clock.advance(Duration.ofMinutes(5));

        loader.load("classpath:curriculum");

        var lessonsWithNotes =
                jdbc.sql("""
                        select l.slug from lesson l join path_module m on m.id = l.module_id
                        where l.retired_at is null and exists (select 1 from lesson_change c where c.lesson_id = l.id)
                          and exists (select 1 from lesson_completion lc where lc.lesson_id = l.id and lc.learner_id = ?)
                        order by m.position, l.position""").param(learners.id(email)).query(String.class).list();
        assertThat(updates.mine()).extracting(LessonUpdates.UpdatedLesson::slug).isEqualTo(lessonsWithNotes);
        assertThat(updates.mine()).allSatisfy(u -> assertThat(u.changes()).isNotEmpty());
    }
}
