package dev.tensortrail.curriculum.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.tensortrail.KaribuTest;
import dev.tensortrail.account.AccountService;
import dev.tensortrail.account.RegistrationRequest;
import dev.tensortrail.curriculum.Curriculum;
import dev.tensortrail.curriculum.LessonLockedException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class LessonViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Curriculum curriculum;

    String email;

    @BeforeEach
    void signInAsANewLearner() {
        email = "lesson-view-" + UUID.randomUUID() + "@example.org";
        accounts.register(new RegistrationRequest(email, "Lena Lesson", "reading all the lessons"));
        login(email);
    }

    @Test
    void the_first_lesson_shows_its_goal_body_key_points_sources_and_date() {
        var view = open("graphs-what-is-a-graph");

        assertThat(view.title.getText()).isEqualTo("What is a computation graph?");
        assertThat(view.body.getElement().getOuterHTML()).contains("tt-code-pair");
        assertThat(LocatorJ._find(view, Anchor.class))
                .anySatisfy(a -> assertThat(a.getHref()).startsWith("https://www.tensorflow.org/"));
        assertThat(view.getElement().getOuterHTML()).contains("Key points", "Sources", "Facts checked on");
        assertThat(view.complete.isEnabled()).isTrue();
    }

    @Test
    void completing_a_locked_lesson_is_refused_with_its_own_exception_and_nothing_is_stored() {
        String locked = jdbc.sql("""
                        select l.slug from lesson l join path_module m on m.id = l.module_id
                        where l.retired_at is null order by m.position desc, l.position desc limit 1""").query(String.class).single();

        assertThatThrownBy(() -> curriculum.complete(locked))
                .isInstanceOfSatisfying(
                        LessonLockedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("lesson.locked.error"));
        assertThat(jdbc.sql("""
                        select count(*) from lesson_completion c join user_account u on u.id = c.learner_id
                        where u.email = ?""").param(email).query(Long.class).single()).isZero();
    }

    @Test
    void completing_a_lesson_stores_one_row_however_often_it_is_clicked_and_offers_the_next() {
        var view = open("graphs-what-is-a-graph");
        view.complete.click();
        view.complete.setEnabled(true); // a second click, as from a second tab
        view.complete.click();

        assertThat(jdbc.sql("""
                        select count(*) from lesson_completion c join user_account u on u.id = c.learner_id
                        where u.email = ?""").param(email).query(Long.class).single()).isOne();
        assertThat(view.completedNote.getText()).startsWith("Completed on");
        assertThat(LocatorJ._find(view, RouterLink.class))
                .anySatisfy(
                        link -> assertThat(link.getHref()).isEqualTo("lessons/graphs-define-and-run-vs-define-by-run"));
    }

    @Test
    void a_locked_lesson_says_what_unlocks_it_and_links_there() {
        var view = open("graphs-define-and-run-vs-define-by-run");

        assertThat(view.getElement().getOuterHTML())
                .contains("This lesson is locked", "Finish \"What is a computation graph?\" to unlock");
        assertThat(LocatorJ._find(view, RouterLink.class))
                .anySatisfy(link -> assertThat(link.getHref()).isEqualTo("lessons/graphs-what-is-a-graph"));
        assertThat(view.body.isAttached()).isFalse();
    }

    @Test
    void an_unknown_slug_shows_the_not_found_view() {
        UI.getCurrent().navigate(LessonView.class, new RouteParameters(LessonView.SLUG, "no-such-lesson"));
        assertThat(LocatorJ._find(com.vaadin.flow.component.html.H1.class))
                .extracting(com.vaadin.flow.component.html.H1::getText)
                .contains("Page not found");
        assertThat(LocatorJ._find(LessonView.class)).isEmpty();
    }

    @Test
    void after_the_last_lesson_of_a_module_the_main_action_is_its_quiz() {
        List<String> lessons = jdbc.sql("""
                        select l.slug from lesson l join path_module m on m.id = l.module_id
                        where m.slug = 'graphs' and l.retired_at is null order by l.position""").query(String.class).list();
        jdbc.sql("""
                        insert into lesson_completion (learner_id, lesson_id, completed_at)
                        select u.id, l.id, now() from user_account u, lesson l
                        where u.email = ? and l.slug = any(?)""")
                .params(email, lessons.subList(0, lessons.size() - 1).toArray(String[]::new))
                .update();
        var view = open(lessons.getLast());
        view.complete.click();

        assertThat(LocatorJ._find(view, RouterLink.class)).anySatisfy(a -> {
            assertThat(a.getHref()).isEqualTo("quizzes/graphs-quiz");
            assertThat(a.getText()).isEqualTo("Take the quiz: Quiz: Computation graphs");
            assertThat(a.getClassNames()).contains("tt-main-action");
        });
    }

    @Test
    void after_mark_complete_the_next_lesson_is_the_main_action() {
        var view = open("graphs-what-is-a-graph");
        view.complete.click();
        assertThat(LocatorJ._find(view, RouterLink.class)).anySatisfy(link -> {
            assertThat(link.getHref()).isEqualTo("lessons/graphs-define-and-run-vs-define-by-run");
            assertThat(link.getClassNames()).contains("tt-main-action");
        });
    }

    private LessonView open(String slug) {
        UI.getCurrent().navigate(LessonView.class, new RouteParameters(LessonView.SLUG, slug));
        return LocatorJ._get(LessonView.class);
    }
}
