package dev.tensortrail.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo classes: the demo cohort split into two classes taught by the demo instructor and a
 * third taught by a second demo instructor, whom the first must not see. Written straight into the
 * classroom module's tables, in bulk, like the rest of the demo data (see the package documentation);
 * the benchmark uses {@link #create} for its 40 classes.
 */
@Component
public class DemoClasses {

    /** The demo classes' join codes: fixed, so that the README can name them. */
    public static final String MORNING_CODE = "MRNG2345";

    public static final String EVENING_CODE = "EVNG6789";
    public static final String WEST_CODE = "WEST2468";

    private static final Logger log = LoggerFactory.getLogger(DemoClasses.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoClasses(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean exist() {
        Integer n =
                jdbc.queryForObject("select count(*) from class_join_code where code = ?", Integer.class, MORNING_CODE);
        return n != null && n > 0;
    }

    /**
     * Splits the demo cohort: 40% into "Morning group" and 35% into "Evening group" (both taught by
     * the demo instructor, the demo learner in the morning one), the rest into "West campus"
     * (taught by the second demo instructor). Morning has a passed target date for the first module.
     */
    @Transactional
    void seed(String instructorEmail, String secondInstructorEmail, String demoLearnerEmail) {
        Long instructor = accountId(instructorEmail);
        Long second = accountId(secondInstructorEmail);
        if (instructor == null || second == null) {
            return;
        }
        List<Long> cohort = jdbc.queryForList(
                "select id from user_account where email like ? order by id",
                Long.class,
                "%" + DemoCohort.EMAIL_DOMAIN);
        seed(instructor, second, cohort, accountId(demoLearnerEmail));
    }

    /** The split itself, for these learners (in this order) and the demo learner (may be null). */
    @Transactional
    void seed(long instructor, long second, List<Long> cohort, @Nullable Long learner) {
        int morningEnd = cohort.size() * 40 / 100;
        int eveningEnd = cohort.size() * 75 / 100;
        List<String> modules = jdbc.queryForList(
                "select slug from path_module where retired_at is null order by position", String.class);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, LocalDate> morningTargets = modules.size() < 3
                ? Map.of()
                : Map.of(
                        modules.get(0), today.minusDays(10),
                        modules.get(1), today.plusDays(7),
                        modules.get(2), today.plusDays(21));
        long morning = create(
                "Morning group",
                "Deep learning frameworks, Tuesdays and Thursdays 9:00.",
                MORNING_CODE,
                List.of(instructor),
                cohort.subList(0, morningEnd),
                morningTargets);
        if (learner != null) {
            join(morning, learner);
        }
        create(
                "Evening group",
                "The same course for people who work during the day.",
                EVENING_CODE,
                List.of(instructor),
                cohort.subList(morningEnd, eveningEnd),
                modules.isEmpty() ? Map.of() : Map.of(modules.getFirst(), today.plusDays(5)));
        create(
                "West campus",
                "Taught by the second demo instructor: the first one never sees these learners.",
                WEST_CODE,
                List.of(second),
                cohort.subList(eveningEnd, cohort.size()),
                Map.of());
        log.info("Demo classes: Morning group and Evening group (demo instructor), West campus (second instructor)");
    }

    /** A class with its code, teachers, learners (joined now) and target dates; returns its id. */
    public long create(
            String name,
            String description,
            String code,
            List<Long> teachers,
            List<Long> learners,
            Map<String, LocalDate> targets) {
        Timestamp now = Timestamp.from(clock.instant());
        Long id = jdbc.queryForObject(
                "insert into teaching_class (name, description, created_at) values (?, ?, ?) returning id",
                Long.class,
                name,
                description,
                now);
        jdbc.update("insert into class_join_code (code, class_id, issued_at) values (?, ?, ?)", code, id, now);
        for (long teacher : teachers) {
            jdbc.update(
                    "insert into class_teacher (class_id, instructor_id, added_at) values (?, ?, ?)", id, teacher, now);
        }
        jdbc.batchUpdate(
                "insert into class_member (class_id, learner_id, joined_at) values (?, ?, ?)",
                learners.stream().map(l -> new Object[] {id, l, now}).toList());
        targets.forEach((module, date) -> jdbc.update(
                "insert into class_target (class_id, module_slug, target_date) values (?, ?, ?)",
                id,
                module,
                Date.valueOf(date)));
        return id;
    }

    private void join(long classId, long learner) {
        jdbc.update(
                "insert into class_member (class_id, learner_id, joined_at) values (?, ?, ?) on conflict do nothing",
                classId,
                learner,
                Timestamp.from(clock.instant()));
    }

    private @Nullable Long accountId(String email) {
        return jdbc.queryForList("select id from user_account where email = ?", Long.class, email).stream()
                .findFirst()
                .orElse(null);
    }
}
