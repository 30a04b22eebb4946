package dev.tensortrail.classroom;

import dev.tensortrail.account.PersonalData;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The classes a person is in or teaches, for their data export. */
@Component
class ClassroomPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ClassroomPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> about(long accountId) {
        return List.of(
                new Section(
                        "class_member",
                        "The classes you joined, and when.",
                        jdbc.sql("""
                                select c.name as class, m.joined_at from class_member m
                                join teaching_class c on c.id = m.class_id where m.learner_id = ? order by m.joined_at""").param(accountId).query().listOfRows()),
                new Section(
                        "class_teacher",
                        "The classes you teach, and since when.",
                        jdbc.sql("""
                                select c.name as class, t.added_at from class_teacher t
                                join teaching_class c on c.id = t.class_id where t.instructor_id = ? order by t.added_at""").param(accountId).query().listOfRows()));
    }
}
