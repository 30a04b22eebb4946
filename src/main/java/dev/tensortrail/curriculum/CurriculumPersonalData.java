package dev.tensortrail.curriculum;

import dev.tensortrail.account.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** The lessons a learner completed, for their data export. */
@Component
class CurriculumPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    CurriculumPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> about(long accountId) {
        return List.of(new Section("lesson_completion", "Lessons you marked as read, and when.", jdbc.sql("""
                        select l.slug as lesson, l.title, c.completed_at from lesson_completion c
                        join lesson l on l.id = c.lesson_id where c.learner_id = ? order by c.completed_at""")
                .param(accountId).query().listOfRows()));
    }
}
