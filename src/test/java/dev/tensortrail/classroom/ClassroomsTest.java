package dev.tensortrail.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.ClassFixture;
import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The classroom's rules, through its service, on the real database. */
@IntegrationTest
@RecordApplicationEvents
class ClassroomsTest {

    @Autowired
    Classrooms classrooms;

    @Autowired
    LearnerFixture people;

    @Autowired
    ClassFixture classes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private String teacher;
    private String otherTeacher;

    @BeforeEach
    void twoInstructors() {
        teacher = classes.newInstructor("Teacher A");
        otherTeacher = classes.newInstructor("Teacher B");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    // ---- codes

    @Test
    void a_code_has_eight_characters_without_look_alikes_and_typed_codes_are_normalised() {
        for (int i = 0; i < 2_000; i++) {
            String code = JoinCode.generate();
            assertThat(code).hasSize(8).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");
            assertThat(code).doesNotContain("0", "O", "1", "I", "L");
        }
        assertThat(JoinCode.normalise(" k7qf-m2xp ")).contains("K7QFM2XP");
        assertThat(JoinCode.normalise("K7QF M2XP")).contains("K7QFM2XP");
        assertThat(JoinCode.display("K7QFM2XP")).isEqualTo("K7QF-M2XP");
        assertThat(JoinCode.normalise("K7QF-M2X")).isEmpty(); // too short
        assertThat(JoinCode.normalise("K7QF-M2XO")).isEmpty(); // O is not in the alphabet
        assertThat(JoinCode.normalise("<b>K7QFM2XP</b>")).isEmpty();
        assertThat(JoinCode.normalise("K7QF\u202eM2XP")).isEmpty();
        assertThat(JoinCode.normalise("A".repeat(10_000))).isEmpty();
        assertThat(JoinCode.normalise("")).isEmpty();
    }

    @Test
    void every_class_gets_its_own_code_and_a_rotated_code_is_never_issued_again() {
        people.signIn(teacher);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            var created = classrooms.create("Class " + i, "");
            assertThat(codes.add(created.joinCode())).isTrue();
            assertThat(codes.add(classrooms.rotateCode(created.id()))).isTrue();
        }
        // the database refuses a second class with a code in use or retired, and a second current code
        String taken = codes.iterator().next();
        long classId = classrooms.taught(false).getFirst().id();
        assertThatThrownBy(
                        () -> jdbc.sql("insert into class_join_code (code, class_id, issued_at) values (?, ?, now())")
                                .params(taken, classId)
                                .update())
                .hasMessageContaining("duplicate key");
        assertThatThrownBy(
                        () -> jdbc.sql("insert into class_join_code (code, class_id, issued_at) values (?, ?, now())")
                                .params("22222222", classId)
                                .update())
                .hasMessageContaining("class_join_code_current");
    }

    // ---- join and leave

    @Test
    void a_learner_joins_with_the_code_in_any_case_and_spacing_once_and_leaves_once() {
        people.signIn(teacher);
        var created = classrooms.create("Deep learning 101", "Tuesdays");
        String typed = " " + JoinCode.display(created.joinCode()).toLowerCase().replace("-", " - ") + " ";

        String learner = people.newLearner("Joining Learner");
        var preview = classrooms.preview(typed);
        assertThat(preview.name()).isEqualTo("Deep learning 101");
        assertThat(preview.teachers()).containsExactly("Teacher A");
        assertThat(preview.member()).isFalse();

        assertThat(classrooms.join(typed).member()).isFalse();
        assertThat(classrooms.join(created.joinCode()).member())
                .as("the second join finds them in")
                .isTrue();
        assertThat(classrooms.mine()).extracting(ClassData.MyClass::name).containsExactly("Deep learning 101");
        assertThat(events.stream(LearnerJoinedClass.class)).hasSize(1);
        assertThat(members(created.id())).isEqualTo(1);

        assertThat(classrooms.leave(created.id())).isTrue();
        assertThat(classrooms.leave(created.id())).isFalse();
        assertThat(events.stream(LearnerLeftClass.class)).hasSize(1);
        assertThat(classrooms.mine()).isEmpty();
        assertThat(members(created.id())).isZero();
        assertThat(people.id(learner)).isPositive();
    }

    @Test
    void a_learner_may_be_in_several_classes() {
        people.signIn(teacher);
        var one = classrooms.create("Morning group", "");
        people.signIn(otherTeacher);
        var two = classrooms.create("Evening group", "");
        people.newLearner("Busy Learner");
        classrooms.join(one.joinCode());
        classrooms.join(two.joinCode());
        assertThat(classrooms.mine())
                .extracting(ClassData.MyClass::name)
                .containsExactly("Morning group", "Evening group");
    }

    @Test
    void two_joins_at_once_make_one_membership_and_one_event() throws Exception {
        people.signIn(teacher);
        var created = classrooms.create("Race", "");
        String learner = people.newLearner("Double Clicker");
        var auth = SecurityContextHolder.getContext().getAuthentication();
        Callable<Boolean> join = () -> {
            SecurityContextHolder.getContext().setAuthentication(auth);
            try {
                return classrooms.join(created.joinCode()).member();
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        try (var pool = Executors.newFixedThreadPool(4)) {
            var results = pool.invokeAll(java.util.Collections.nCopies(8, join));
            long firsts = 0;
            for (Future<Boolean> r : results) {
                firsts += r.get() ? 0 : 1;
            }
            assertThat(firsts).isEqualTo(1);
        }
        assertThat(members(created.id())).isEqualTo(1);
        assertThat(people.id(learner)).isPositive();
    }

    @Test
    void unknown_rotated_closed_and_archived_codes_are_refused_with_their_reason() {
        people.signIn(teacher);
        var created = classrooms.create("Codes", "");
        String old = created.joinCode();
        String current = classrooms.rotateCode(created.id());
        lastLearner = people.newLearner("Code Typer");

        assertRefused(() -> classrooms.join("not a code"), "classes.error.code-format");
        assertRefused(() -> classrooms.join(""), "classes.error.code-format");
        assertRefused(() -> classrooms.join("22222222"), "classes.error.code-unknown");
        assertRefused(() -> classrooms.join(old), "classes.error.code-rotated");
        assertRefused(() -> classrooms.preview(old), "classes.error.code-rotated");

        people.signIn(teacher);
        classrooms.setJoiningOpen(created.id(), false);
        people.signIn(lastLearner);
        assertRefused(() -> classrooms.join(current), "classes.error.joining-closed");

        people.signIn(teacher);
        classrooms.setJoiningOpen(created.id(), true);
        classrooms.archive(created.id());
        people.signIn(lastLearner);
        assertRefused(() -> classrooms.join(current), "classes.error.class-archived");
        assertThat(members(created.id())).isZero();

        people.signIn(teacher);
        classrooms.restore(created.id());
        people.signIn(lastLearner);
        assertThat(classrooms.join(current).member()).isFalse();
    }

    @Test
    void staff_cannot_join_a_class() {
        people.signIn(teacher);
        var created = classrooms.create("Staff only?", "");
        people.signIn(otherTeacher);
        assertThatThrownBy(() -> classrooms.join(created.joinCode())).isInstanceOf(AccessDeniedException.class);
    }

    // ---- names, archive, targets

    @Test
    void a_class_name_must_be_present_short_and_plain_and_nothing_is_half_saved() {
        people.signIn(teacher);
        int before = classrooms.taught(true).size();
        assertRefused(() -> classrooms.create("   ", ""), "classes.error.name-required");
        assertRefused(() -> classrooms.create("x".repeat(10_000), ""), "classes.error.name-too-long");
        assertRefused(() -> classrooms.create("admin\u202e", ""), "input.error.characters");
        assertRefused(() -> classrooms.create("Fine", "d".repeat(2_001)), "classes.error.description-too-long");
        assertRefused(() -> classrooms.create("Fine", "nul\u0000"), "input.error.characters");
        assertThat(classrooms.taught(true)).hasSize(before);

        // HTML and formulas are text: stored as typed (the pages and the CSV keep them inert)
        var html = classrooms.create("<img src=x onerror=alert(1)>", "=HYPERLINK(\"http://x\")\nsecond line");
        assertThat(html.name()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(html.description()).isEqualTo("=HYPERLINK(\"http://x\")\nsecond line");
        String emoji = "Groupe 🇫🇷 é".repeat(10);
        assertThat(classrooms.create(emoji, "").name()).isEqualTo(emoji);

        assertRefused(() -> classrooms.update(html.id(), "", ""), "classes.error.name-required");
        assertThat(classrooms.details(html.id()).summary().name()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void an_archived_class_is_hidden_by_default_read_only_and_keeps_its_learners() {
        people.signIn(teacher);
        var created = classrooms.create("Last term", "");
        String learner = people.newLearner("Alumnus");
        classrooms.join(created.joinCode());

        people.signIn(teacher);
        String firstModule =
                classrooms.details(created.id()).targets().getFirst().moduleSlug();
        classrooms.setTarget(created.id(), firstModule, LocalDate.of(2027, 1, 15));
        classrooms.archive(created.id());
        assertThat(classrooms.taught(false))
                .extracting(ClassData.ClassSummary::id)
                .doesNotContain(created.id());
        assertThat(classrooms.taught(true))
                .extracting(ClassData.ClassSummary::id)
                .contains(created.id());
        assertThat(classrooms.details(created.id()).summary().archived()).isTrue();
        assertThat(classrooms.details(created.id()).summary().learners()).isEqualTo(1);
        assertRefused(() -> classrooms.update(created.id(), "Renamed", ""), "classes.error.archived");
        assertRefused(() -> classrooms.rotateCode(created.id()), "classes.error.archived");
        assertRefused(() -> classrooms.setJoiningOpen(created.id(), false), "classes.error.archived");
        String slug = classrooms.details(created.id()).targets().getFirst().moduleSlug();
        assertRefused(
                () -> classrooms.setTarget(created.id(), slug, LocalDate.of(2027, 1, 1)), "classes.error.archived");
        assertThat(classrooms.scope(null).classIds()).doesNotContain(created.id());

        people.signIn(learner);
        assertThat(classrooms.mine()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Last term");
            assertThat(c.archived()).isTrue();
            assertThat(c.targets()).as("an ended class's dates no longer apply").isEmpty();
        });
    }

    @Test
    void target_dates_are_set_per_current_module_and_shown_to_the_class() {
        people.signIn(teacher);
        var created = classrooms.create("With dates", "");
        var modules = classrooms.details(created.id()).targets();
        assertThat(modules).isNotEmpty().allMatch(t -> t.date() == null);
        String first = modules.getFirst().moduleSlug();
        classrooms.setTarget(created.id(), first, LocalDate.of(2027, 2, 1));
        classrooms.setTarget(created.id(), first, LocalDate.of(2027, 3, 1));
        assertRefused(
                () -> classrooms.setTarget(created.id(), "no-such-module", LocalDate.of(2027, 1, 1)),
                "classes.error.module-unknown");
        assertRefused(
                () -> classrooms.setTarget(created.id(), first, LocalDate.of(1999, 1, 1)), "classes.error.date-range");
        assertThat(classrooms.targets(created.id()))
                .containsExactly(java.util.Map.entry(first, LocalDate.of(2027, 3, 1)));

        people.newLearner("Dated Learner");
        classrooms.join(created.joinCode());
        assertThat(classrooms.mine().getFirst().targets())
                .singleElement()
                .satisfies(t -> assertThat(t.date()).isEqualTo(LocalDate.of(2027, 3, 1)));

        people.signIn(teacher);
        classrooms.setTarget(created.id(), first, null);
        assertThat(classrooms.targets(created.id())).isEmpty();
    }

    // ---- object-level authorisation

    @Test
    void an_instructor_cannot_see_or_change_another_instructors_class_by_any_method() {
        people.signIn(otherTeacher);
        var theirs = classrooms.create("Not yours", "");
        String theirLearner = people.newLearner("Their Learner");
        classrooms.join(theirs.joinCode());
        long id = theirs.id();

        people.signIn(teacher);
        assertThat(classrooms.taught(true))
                .extracting(ClassData.ClassSummary::id)
                .doesNotContain(id);
        assertThat(classrooms.scope(null).classIds()).doesNotContain(id);
        assertThat(classrooms.maySee(people.id(theirLearner))).isFalse();
        for (Runnable call : java.util.List.<Runnable>of(
                () -> classrooms.details(id),
                () -> classrooms.update(id, "Mine now", ""),
                () -> classrooms.rotateCode(id),
                () -> classrooms.setJoiningOpen(id, false),
                () -> classrooms.archive(id),
                () -> classrooms.restore(id),
                () -> classrooms.setTarget(id, "graphs", LocalDate.of(2027, 1, 1)),
                () -> classrooms.targets(id),
                () -> classrooms.scope(id),
                () -> classrooms.details(Long.MAX_VALUE),
                () -> classrooms.scope(-1L))) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
        people.signIn(otherTeacher);
        assertThat(classrooms.details(id).summary().name()).isEqualTo("Not yours");
    }

    @Test
    void an_admin_sees_every_class_adds_a_co_instructor_and_a_removed_one_loses_access_at_once() {
        people.signIn(teacher);
        var created = classrooms.create("Shared", "");
        String learner = people.newLearner("Shared Learner");
        classrooms.join(created.joinCode());

        people.signIn("admin@tensortrail.test");
        assertThat(classrooms.taught(false))
                .extracting(ClassData.ClassSummary::id)
                .contains(created.id());
        assertThat(classrooms.scope(null).everyone()).isTrue();
        assertRefused(() -> classrooms.addTeacher(created.id(), learner), "classes.error.not-an-instructor");
        assertRefused(
                () -> classrooms.addTeacher(created.id(), "nobody@example.org"), "classes.error.not-an-instructor");
        classrooms.addTeacher(created.id(), " " + otherTeacher.toUpperCase() + " ");
        classrooms.addTeacher(created.id(), otherTeacher); // twice: still one row
        assertThat(classrooms.details(created.id()).teachers())
                .extracting(ClassData.Teacher::name)
                .containsExactly("Teacher A", "Teacher B");

        people.signIn(otherTeacher);
        assertThat(classrooms.details(created.id()).summary().learners()).isEqualTo(1);
        assertThat(classrooms.maySee(people.id(learner))).isTrue();
        assertThatThrownBy(() -> classrooms.addTeacher(created.id(), otherTeacher))
                .isInstanceOf(AccessDeniedException.class);

        people.signIn("admin@tensortrail.test");
        classrooms.removeTeacher(created.id(), people.id(otherTeacher));
        assertRefused(() -> classrooms.removeTeacher(created.id(), people.id(teacher)), "classes.error.last-teacher");

        people.signIn(otherTeacher);
        assertThatThrownBy(() -> classrooms.details(created.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.scope(created.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(classrooms.maySee(people.id(learner))).isFalse();
    }

    @Test
    void a_learner_cannot_use_a_teachers_method() {
        people.signIn(teacher);
        var created = classrooms.create("Roster", "");
        people.newLearner("Curious Learner");
        classrooms.join(created.joinCode());
        assertThatThrownBy(() -> classrooms.details(created.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.taught(false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classrooms.scope(created.id())).isInstanceOf(AccessDeniedException.class);
    }

    // ---- helpers

    private String lastLearner;

    private void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ClassroomException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private int members(long classId) {
        return jdbc.sql("select count(*) from class_roster where class_id = ?")
                .param(classId)
                .query(Integer.class)
                .single();
    }
}
