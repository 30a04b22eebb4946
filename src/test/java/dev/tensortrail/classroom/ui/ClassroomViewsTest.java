package dev.tensortrail.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import dev.tensortrail.ClassFixture;
import dev.tensortrail.KaribuTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.classroom.Classrooms;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

/** The classroom pages with real services and PostgreSQL: what a teacher and a learner type, and what they are told. */
class ClassroomViewsTest extends KaribuTest {

    @Autowired
    ClassFixture fixture;

    @Autowired
    LearnerFixture learners;

    @Autowired
    Classrooms classrooms;

    private ClassesView classesPage(String instructor) {
        login(instructor);
        UI.getCurrent().navigate(ClassesView.class);
        return LocatorJ._get(ClassesView.class);
    }

    @Test
    void the_new_class_form_puts_each_refusal_on_its_field_and_creates_nothing() {
        String instructor = fixture.signedInInstructor("Form Teacher");
        var view = classesPage(instructor);
        assertThat(view.create.isDisableOnClick()).isTrue();
        assertThat(view.name.getMaxLength()).isEqualTo(Classrooms.NAME_MAX_LENGTH);
        assertThat(view.name.isRequiredIndicatorVisible()).isTrue();

        view.name.setValue("   ");
        view.create.click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Give the class a name.");

        view.name.setValue("x".repeat(10_000));
        view.create.click();
        assertThat(view.name.getErrorMessage()).isEqualTo("Use at most 120 characters for the name.");

        view.name.setValue("Evil\u202Egnp.exe");
        view.create.click();
        assertThat(view.name.getErrorMessage()).contains("visible characters only");

        view.name.setValue("Fine name");
        view.description.setValue("d".repeat(10_000));
        view.create.click();
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.description.isInvalid()).isTrue();
        assertThat(view.description.getErrorMessage()).contains("2,000");
        assertThat(view.create.isEnabled()).isTrue();

        assertThat(classrooms.taught(true)).isEmpty();
    }

    @Test
    void html_in_a_class_name_stays_text_and_the_new_class_opens_with_its_join_link() {
        String instructor = fixture.signedInInstructor("Html Teacher");
        var view = classesPage(instructor);
        String html = "<b>Bold</b> <img src=x onerror=alert(1)> =1+1";

        view.name.setValue(html);
        view.create.click();

        var page = LocatorJ._get(ClassView.class);
        assertThat(page.title.getText()).isEqualTo(html);
        assertThat(page.title.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        String code = classrooms.taught(false).getFirst().joinCode();
        assertThat(page.code.getText()).isEqualTo(code.substring(0, 4) + "-" + code.substring(4));
        assertThat(page.link.getValue()).matches("https?://[^/]+(/.*)?/join/" + code);

        UI.getCurrent().navigate(ClassesView.class);
        var list = LocatorJ._get(ClassesView.class).list;
        assertThat(LocatorJ._get(list, H3.class).getElement().getTextRecursively())
                .isEqualTo(html);
    }

    @Test
    void the_join_link_is_absolute_and_follows_the_request_host_and_context_path() {
        var request = new MockHttpServletRequest("GET", "/trail/classes/7");
        request.setScheme("https");
        request.setServerName("learn.example.org");
        request.setServerPort(443);
        request.setContextPath("/trail");

        assertThat(ClassroomNavigation.joinLink(request, "K7QFM2XP"))
                .isEqualTo("https://learn.example.org/trail/join/K7QFM2XP");

        var local = new MockHttpServletRequest("GET", "/classes/7");
        local.setServerName("localhost");
        local.setServerPort(8080);
        assertThat(ClassroomNavigation.joinLink(local, "K7QFM2XP")).isEqualTo("http://localhost:8080/join/K7QFM2XP");
    }

    @Test
    void a_learner_joins_with_a_lower_case_spaced_code_once_and_is_told_about_unknown_and_rotated_codes() {
        fixture.signedInInstructor("Join Teacher");
        long open = fixture.newClass("Open class");
        String code = fixture.code(open);
        long rotatedClass = fixture.newClass("Rotated class");
        String oldCode = fixture.code(rotatedClass);
        classrooms.rotateCode(rotatedClass);
        String learner = learners.newLearner("Joining Learner");

        login(learner);
        UI.getCurrent().navigate(MyClassesView.class);
        var view = LocatorJ._get(MyClassesView.class);
        assertThat(view.empty.isVisible()).isTrue();

        view.code.setValue("zzzz zzzz");
        view.join.click();
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isEqualTo("No class has this code. Check it with your instructor.");

        view.code.setValue(oldCode.toLowerCase(Locale.ROOT));
        view.join.click();
        assertThat(view.code.getErrorMessage()).startsWith("This code was replaced by a new one.");

        view.code.setValue("x".repeat(10_000));
        view.join.click();
        assertThat(view.code.getErrorMessage()).startsWith("A class code has 8 letters and digits");

        view.code.setValue(code.substring(0, 4) + "\u202E" + code.substring(4));
        view.join.click();
        assertThat(view.code.getErrorMessage()).startsWith("A class code has 8 letters and digits");

        view.code.setValue("12");
        view.join.click();
        assertThat(view.code.getErrorMessage()).startsWith("A class code has 8 letters and digits");

        String typed = " " + code.substring(0, 4).toLowerCase(Locale.ROOT) + " "
                + code.substring(4).toLowerCase(Locale.ROOT);
        view.code.setValue(typed);
        view.join.click();
        assertThat(view.code.isInvalid()).isFalse();
        NotificationsKt.expectNotifications("You joined Open class.");
        assertThat(LocatorJ._get(view.list, H3.class).getText()).isEqualTo("Open class");

        view.code.setValue(code);
        view.join.click();
        NotificationsKt.expectNotifications("You are already in Open class.");
        assertThat(classrooms.mine()).hasSize(1);
    }

    @Test
    void a_staff_account_typing_a_code_is_told_that_only_learners_join() {
        fixture.signedInInstructor("Staff Typist");
        String code = fixture.code(fixture.newClass("Staff test class"));
        String other = fixture.signedInInstructor("Other Staff");

        login(other);
        UI.getCurrent().navigate(MyClassesView.class);
        var view = LocatorJ._get(MyClassesView.class);
        view.code.setValue(code);
        view.join.click();

        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).startsWith("Only learner accounts join classes.");
    }

    @Test
    void a_learner_leaves_a_class_after_confirming_and_sees_its_target_dates_before() {
        fixture.signedInInstructor("Target Teacher");
        long id = fixture.newClass("Dated class");
        String firstModule = learners.moduleSlugs().getFirst();
        classrooms.setTarget(id, firstModule, LocalDate.of(2027, 3, 14));
        String code = fixture.code(id);
        String learner = learners.newLearner("Leaving Learner");
        classrooms.join(code);

        login(learner);
        UI.getCurrent().navigate(MyClassesView.class);
        var view = LocatorJ._get(MyClassesView.class);
        assertThat(view.list.getElement().getTextRecursively())
                .contains("Computation graphs: by March 14, 2027", "Taught by Target Teacher");

        var leave = LocatorJ._get(view.list, com.vaadin.flow.component.button.Button.class);
        leave.click();
        ConfirmDialogKt._fireConfirm(view.confirmLeave);

        assertThat(classrooms.mine()).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void another_instructors_class_and_a_bad_id_are_both_not_found() {
        fixture.signedInInstructor("Owner Teacher");
        long id = fixture.newClass("Private class");
        String stranger = fixture.signedInInstructor("Stranger Teacher");

        login(stranger);
        for (String path : new String[] {"classes/" + id, "classes/abc", "classes/999999999"}) {
            UI.getCurrent().navigate(path);
            assertThat(LocatorJ._find(ClassView.class)).as(path).isEmpty();
            assertThat(LocatorJ._get(H1.class).getText()).as(path).isEqualTo("Page not found");
        }
    }

    @Test
    void an_archived_class_is_read_only_until_it_is_restored() {
        String instructor = fixture.signedInInstructor("Archive Teacher");
        long id = fixture.newClass("Old class");

        login(instructor);
        UI.getCurrent().navigate("classes/" + id);
        var view = LocatorJ._get(ClassView.class);
        assertThat(view.archivedBox.isVisible()).isFalse();
        view.archive.click();
        ConfirmDialogKt._fireConfirm(view.confirmArchive);

        assertThat(view.archivedBox.isVisible()).isTrue();
        assertThat(view.name.isReadOnly()).isTrue();
        assertThat(view.description.isReadOnly()).isTrue();
        assertThat(view.save.isEnabled()).isFalse();
        assertThat(view.rotate.isEnabled()).isFalse();
        assertThat(view.toggleJoining.isEnabled()).isFalse();
        assertThat(view.archive.isEnabled()).isFalse();
        assertThat(view.targets.values()).isNotEmpty().allMatch(p -> p.isReadOnly());
        assertThat(view.joiningState.getText()).isEqualTo("Joining is closed because the class is archived.");
        assertThat(view.restore.isVisible()).isTrue();

        view.restore.click();
        assertThat(view.name.isReadOnly()).isFalse();
        assertThat(view.save.isEnabled()).isTrue();
        assertThat(view.archivedBox.isVisible()).isFalse();
    }

    @Test
    void a_teacher_closes_joining_rotates_the_code_and_sets_and_clears_target_dates() {
        String instructor = fixture.signedInInstructor("Busy Teacher");
        long id = fixture.newClass("Busy class");
        String before = fixture.code(id);

        login(instructor);
        UI.getCurrent().navigate("classes/" + id);
        var view = LocatorJ._get(ClassView.class);
        assertThat(view.joiningState.getText()).startsWith("Joining is open");
        view.toggleJoining.click();
        assertThat(view.joiningState.getText()).startsWith("Joining is closed");
        assertThat(view.toggleJoining.getText()).isEqualTo("Open joining");

        view.rotate.click();
        ConfirmDialogKt._fireConfirm(view.confirmRotate);
        assertThat(fixture.code(id)).isNotEqualTo(before);
        assertThat(view.link.getValue()).endsWith("/join/" + fixture.code(id));

        var entry = view.targets.entrySet().iterator().next();
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(
                entry.getValue(), LocalDate.of(2027, 1, 31), true);
        assertThat(classrooms.targets(id)).containsEntry(entry.getKey(), LocalDate.of(2027, 1, 31));
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(
                entry.getValue(), LocalDate.of(1999, 12, 31), true);
        assertThat(entry.getValue().isInvalid()).isTrue();
        assertThat(entry.getValue().getErrorMessage()).isEqualTo("Pick a date between the years 2000 and 2100.");
        assertThat(classrooms.targets(id)).containsEntry(entry.getKey(), LocalDate.of(2027, 1, 31));
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(entry.getValue(), null, true);
        assertThat(classrooms.targets(id)).doesNotContainKey(entry.getKey());
    }

    @Test
    void the_join_page_asks_before_joining_and_explains_a_bad_code() {
        fixture.signedInInstructor("Page Teacher");
        long id = fixture.newClass("Linked class");
        String code = fixture.code(id);
        String learner = learners.newLearner("Link Follower");

        login(learner);
        UI.getCurrent().navigate("join/" + code);
        var view = LocatorJ._get(JoinView.class);
        assertThat(view.question.getText()).isEqualTo("Join Linked class, taught by Page Teacher?");
        assertThat(classrooms.mine()).as("opening the link joins nothing").isEmpty();

        view.join.click();
        assertThat(LocatorJ._find(MyClassesView.class)).hasSize(1);
        assertThat(classrooms.mine()).hasSize(1);

        UI.getCurrent().navigate("join/1");
        view = LocatorJ._get(JoinView.class);
        assertThat(view.message.getText()).startsWith("A class code has 8 letters and digits");
        assertThat(LocatorJ._find(view, com.vaadin.flow.component.button.Button.class))
                .isEmpty();
    }

    @Test
    void an_admin_adds_a_co_instructor_by_email_and_removes_them_again() {
        fixture.signedInInstructor("Lead Teacher");
        long id = fixture.newClass("Shared class");
        String co = fixture.signedInInstructor("Co Teacher");
        String learner = learners.newLearner("Not Staff");

        login("admin@tensortrail.test");
        UI.getCurrent().navigate("classes/" + id);
        var view = LocatorJ._get(ClassView.class);
        assertThat(view.teachers.getElement().getTextRecursively())
                .contains("Lead Teacher")
                .doesNotContain("Co Teacher");

        view.teacherEmail.setValue(learner);
        view.addTeacher.click();
        assertThat(view.teacherEmail.isInvalid()).isTrue();
        assertThat(view.teacherEmail.getErrorMessage()).isEqualTo("No instructor or admin account has this email.");

        view.teacherEmail.setValue("  " + co + " ");
        view.addTeacher.click();
        assertThat(view.teacherEmail.isInvalid()).isFalse();
        assertThat(view.teachers.getElement().getTextRecursively()).contains("Co Teacher");

        var remove = LocatorJ._find(view.teachers, com.vaadin.flow.component.button.Button.class).stream()
                .filter(b -> b.getAriaLabel().orElse("").equals("Remove Co Teacher from this class"))
                .findFirst()
                .orElseThrow();
        remove.click();
        assertThat(view.teachers.getElement().getTextRecursively()).doesNotContain("Co Teacher");
    }

    @Test
    void an_instructor_sees_no_co_instructor_controls() {
        String instructor = fixture.signedInInstructor("Solo Teacher");
        long id = fixture.newClass("Solo class");

        login(instructor);
        UI.getCurrent().navigate("classes/" + id);
        var view = LocatorJ._get(ClassView.class);
        assertThat(view.teacherEmail.isAttached()).isFalse();
        assertThat(LocatorJ._find(view.teachers, com.vaadin.flow.component.button.Button.class))
                .isEmpty();
    }

    @Test
    void a_staff_account_on_a_join_page_is_told_that_only_learners_join_and_gets_no_join_button() {
        String instructor = fixture.signedInInstructor("Preview Teacher");
        String code = fixture.code(fixture.newClass("Preview class"));

        login(instructor);
        UI.getCurrent().navigate("join/" + code);
        var view = LocatorJ._get(JoinView.class);
        assertThat(view.question.getText()).isEqualTo("Join Preview class, taught by Preview Teacher?");
        assertThat(view.message.getText()).startsWith("Only learner accounts join classes.");
        assertThat(LocatorJ._find(view, com.vaadin.flow.component.button.Button.class))
                .isEmpty();
    }

    @Test
    void archived_classes_are_listed_only_when_asked_for_and_say_so_in_words() {
        String instructor = fixture.signedInInstructor("Listing Teacher");
        fixture.newClass("Current class");
        long old = fixture.newClass("Ended class");
        classrooms.archive(old);

        var view = classesPage(instructor);
        assertThat(view.list.getElement().getTextRecursively())
                .contains("Current class", "No learners", "Joining open")
                .doesNotContain("Ended class");

        view.showArchived.setValue(true);
        var ended = LocatorJ._find(view.list, com.vaadin.flow.component.html.ListItem.class).stream()
                .filter(item -> item.getElement().getTextRecursively().contains("Ended class"))
                .filter(item -> item.getClassNames().contains("tt-class-card"))
                .findFirst()
                .orElseThrow();
        assertThat(ended.getElement().getTextRecursively()).contains("Archived", "Joining closed");
    }
}
