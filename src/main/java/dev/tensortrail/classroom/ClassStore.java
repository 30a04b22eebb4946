package dev.tensortrail.classroom;

import dev.tensortrail.classroom.ClassData.ClassSummary;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The classroom's SQL. Names of people come from account's learner_directory and staff_directory views. */
@Repository
class ClassStore {

    /** A class row with its current code, learner count and teachers' names (sorted). */
    private static final String SUMMARY = """
            select c.id, c.name, c.description, k.code, c.joining_open, c.archived_at,
                   (select count(*) from class_member m where m.class_id = c.id) as learners,
                   array(select s.display_name from class_teacher t join staff_directory s on s.id = t.instructor_id
                         where t.class_id = c.id order by lower(s.display_name), s.id) as teachers
            from teaching_class c
            join class_join_code k on k.class_id = c.id and k.retired_at is null
            """;

    /** A class and the state of a code typed for it. */
    record CodeLookup(long classId, boolean retired, boolean joiningOpen, boolean archived) {}

    private final JdbcClient jdbc;

    ClassStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertClass(String name, String description, Instant now) {
        return jdbc.sql("insert into teaching_class (name, description, created_at) values (?, ?, ?) returning id")
                .params(name, description, Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** Issues a new current code for the class (retiring the current one); false on a collision. */
    boolean issueCode(long classId, String code, Instant now) {
        jdbc.sql("update class_join_code set retired_at = ? where class_id = ? and retired_at is null")
                .params(Timestamp.from(now), classId)
                .update();
        return jdbc.sql("""
                        insert into class_join_code (code, class_id, issued_at) values (?, ?, ?)
                        on conflict (code) do nothing""").params(code, classId, Timestamp.from(now)).update() == 1;
    }

    /** Locks the class row for a change, so two changes of one class run one after the other. */
    Optional<Boolean> lockArchived(long classId) {
        return jdbc.sql("select archived_at is not null from teaching_class where id = ? for update")
                .param(classId)
                .query(Boolean.class)
                .optional();
    }

    void addTeacher(long classId, long instructorId, Instant now) {
        jdbc.sql("""
                        insert into class_teacher (class_id, instructor_id, added_at) values (?, ?, ?)
                        on conflict do nothing""").params(classId, instructorId, Timestamp.from(now)).update();
    }

    int removeTeacher(long classId, long instructorId) {
        return jdbc.sql("delete from class_teacher where class_id = ? and instructor_id = ?")
                .params(classId, instructorId)
                .update();
    }

    boolean teaches(long instructorId, long classId) {
        return jdbc.sql("select exists (select 1 from class_teacher where class_id = ? and instructor_id = ?)")
                .params(classId, instructorId)
                .query(Boolean.class)
                .single();
    }

    boolean exists(long classId) {
        return jdbc.sql("select exists (select 1 from teaching_class where id = ?)")
                .param(classId)
                .query(Boolean.class)
                .single();
    }

    /** Classes taught by the instructor (null: every class), archived ones only when asked. */
    List<ClassSummary> summaries(@Nullable Long instructorId, boolean withArchived) {
        return jdbc.sql(SUMMARY + """
                        where (cast(:instructor as bigint) is null
                               or exists (select 1 from class_teacher t where t.class_id = c.id and t.instructor_id = :instructor))
                          and (:withArchived or c.archived_at is null)
                        order by c.archived_at nulls first, lower(c.name), c.id""")
                .param("instructor", instructorId)
                .param("withArchived", withArchived)
                .query(ClassStore::summary)
                .list();
    }

    Optional<ClassSummary> summary(long classId) {
        return jdbc.sql(SUMMARY + " where c.id = ?")
                .param(classId)
                .query(ClassStore::summary)
                .optional();
    }

    /** Ids of the classes taught by the instructor that are not archived. */
    List<Long> activeClassesOf(long instructorId) {
        return jdbc.sql("""
                        select c.id from teaching_class c join class_teacher t on t.class_id = c.id
                        where t.instructor_id = ? and c.archived_at is null order by c.id""").param(instructorId).query(Long.class).list();
    }

    List<ClassData.Teacher> teachers(long classId) {
        return jdbc.sql("""
                        select s.id, s.display_name, s.email from class_teacher t join staff_directory s on s.id = t.instructor_id
                        where t.class_id = ? order by lower(s.display_name), s.id""")
                .param(classId)
                .query((rs, n) -> new ClassData.Teacher(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    Optional<Long> staffByEmail(String email) {
        return jdbc.sql("select id from staff_directory where lower(email) = lower(?)")
                .param(email)
                .query(Long.class)
                .optional();
    }

    void rename(long classId, String name, String description) {
        jdbc.sql("update teaching_class set name = ?, description = ?, version = version + 1 where id = ?")
                .params(name, description, classId)
                .update();
    }

    void setJoiningOpen(long classId, boolean open) {
        jdbc.sql("update teaching_class set joining_open = ?, version = version + 1 where id = ?")
                .params(open, classId)
                .update();
    }

    void setArchived(long classId, @Nullable Instant at) {
        jdbc.sql("update teaching_class set archived_at = ?, version = version + 1 where id = ?")
                .params(at == null ? null : Timestamp.from(at), classId)
                .update();
    }

    /** Target dates by module slug. */
    Map<String, LocalDate> targets(long classId) {
        Map<String, LocalDate> result = new LinkedHashMap<>();
        jdbc.sql("select module_slug, target_date from class_target where class_id = ?")
                .param(classId)
                .query((rs, n) -> result.put(rs.getString(1), rs.getDate(2).toLocalDate()))
                .list();
        return result;
    }

    /** The target dates of these classes, by class id and module slug, in one statement. */
    Map<Long, Map<String, LocalDate>> targets(java.util.Collection<Long> classIds) {
        Map<Long, Map<String, LocalDate>> result = new java.util.HashMap<>();
        if (classIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select class_id, module_slug, target_date from class_target where class_id = any(?)")
                .param(classIds.toArray(Long[]::new))
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getDate(3).toLocalDate()))
                .list();
        return result;
    }

    void setTarget(long classId, String moduleSlug, @Nullable LocalDate date) {
        if (date == null) {
            jdbc.sql("delete from class_target where class_id = ? and module_slug = ?")
                    .params(classId, moduleSlug)
                    .update();
            return;
        }
        jdbc.sql("""
                        insert into class_target (class_id, module_slug, target_date) values (?, ?, ?)
                        on conflict (class_id, module_slug) do update set target_date = excluded.target_date""").params(classId, moduleSlug, Date.valueOf(date)).update();
    }

    Optional<CodeLookup> lookup(String code) {
        return jdbc.sql("""
                        select c.id, k.retired_at is not null, c.joining_open, c.archived_at is not null
                        from class_join_code k join teaching_class c on c.id = k.class_id where k.code = ?""")
                .param(code)
                .query((rs, n) -> new CodeLookup(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
                .optional();
    }

    /** True when the learner was not in the class and now is. */
    boolean join(long classId, long learnerId, Instant now) {
        return jdbc.sql("""
                        insert into class_member (class_id, learner_id, joined_at) values (?, ?, ?)
                        on conflict do nothing""").params(classId, learnerId, Timestamp.from(now)).update() == 1;
    }

    boolean leave(long classId, long learnerId) {
        return jdbc.sql("delete from class_member where class_id = ? and learner_id = ?")
                        .params(classId, learnerId)
                        .update()
                == 1;
    }

    boolean isMember(long classId, long learnerId) {
        return jdbc.sql("select exists (select 1 from class_member where class_id = ? and learner_id = ?)")
                .params(classId, learnerId)
                .query(Boolean.class)
                .single();
    }

    /** The classes a learner is in (archived ones too: they stay on the learner's list, read-only). */
    record Membership(
            long classId, String name, String description, List<String> teachers, Instant joinedAt, boolean archived) {}

    List<Membership> memberships(long learnerId) {
        return jdbc.sql("""
                        select c.id, c.name, c.description,
                               array(select s.display_name from class_teacher t join staff_directory s on s.id = t.instructor_id
                                     where t.class_id = c.id order by lower(s.display_name), s.id),
                               m.joined_at, c.archived_at is not null
                        from class_member m join teaching_class c on c.id = m.class_id
                        where m.learner_id = ? order by m.joined_at, c.id""")
                .param(learnerId)
                .query((rs, n) -> new Membership(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        strings(rs, 4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getBoolean(6)))
                .list();
    }

    /** Whether the instructor teaches a class (archived ones included) that the learner is in. */
    boolean teachesLearner(long instructorId, long learnerId) {
        return jdbc.sql("""
                        select exists (select 1 from class_member m join class_teacher t on t.class_id = m.class_id
                                       where m.learner_id = ? and t.instructor_id = ?)""")
                .params(learnerId, instructorId)
                .query(Boolean.class)
                .single();
    }

    private static ClassSummary summary(ResultSet rs, int n) throws SQLException {
        Timestamp archived = rs.getTimestamp("archived_at");
        return new ClassSummary(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("code"),
                rs.getBoolean("joining_open"),
                archived == null ? null : archived.toInstant(),
                rs.getInt("learners"),
                strings(rs, "teachers"));
    }

    private static List<String> strings(ResultSet rs, int column) throws SQLException {
        return List.of((String[]) rs.getArray(column).getArray());
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }
}
