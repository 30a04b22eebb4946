package dev.tensortrail.curriculum;

import dev.tensortrail.account.PersonalData;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lessons a learner completed and opened, for their data export. */
@Component
class CurriculumPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    CurriculumPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> about(long accountId) {
        return List.of(
                new Section(
                        "lesson_completion",
                        "Lessons you marked as read, and when.",
                        jdbc.sql("""
                                select l.slug as lesson, l.title, c.completed_at from lesson_completion c
                                join lesson l on l.id = c.lesson_id where c.learner_id = ? order by c.completed_at""").param(accountId).query().listOfRows()),
                new Section(
                        "lesson_visit",
                        "When you last opened each lesson.",
                        jdbc.sql("""
                                select l.slug as lesson, v.opened_at from lesson_visit v
                                join lesson l on l.id = v.lesson_id where v.learner_id = ? order by v.opened_at""").param(accountId).query().listOfRows()));
    }
}
