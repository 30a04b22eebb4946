package dev.tensortrail.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import dev.tensortrail.KaribuTest;
import dev.tensortrail.LearnerFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class QuizViewTest extends KaribuTest {

    @Autowired
    LearnerFixture learners;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aLearnerReadyForTheFirstQuiz() {
        String email = learners.newLearner("Kim Key");
        learners.completeLessons(email, "graphs");
        login(email);
    }

    @Test
    void the_quiz_page_sends_no_answer_key_before_submission() {
        var view = open();
        view.start.click();
        assertThat(view.inputs).hasSizeGreaterThanOrEqualTo(dev.tensortrail.quiz.content.QuizReader.MIN_QUESTIONS);

        String page =
                UI.getCurrent().getElement().getOuterHTML() + view.getElement().getOuterHTML();
        List<String> secrets = jdbc.sql("""
                        select o.feedback from question_option o join question q on q.id = o.question_id
                        join quiz z on z.id = q.quiz_id where z.slug = 'graphs-quiz' and o.feedback is not null
                        union all select q.explanation_html from question q join quiz z on z.id = q.quiz_id
                        where z.slug = 'graphs-quiz'
                        union all select q.wrong_feedback from question q join quiz z on z.id = q.quiz_id
                        where z.slug = 'graphs-quiz' and q.wrong_feedback is not null""").query(String.class).list();
        assertThat(secrets).hasSizeGreaterThan(30);
        for (String secret : secrets) {
            assertThat(page).doesNotContain(secret.substring(0, Math.min(40, secret.length())));
        }
        assertThat(page).doesNotContainIgnoringCase("correct");
    }

    @Test
    void an_attempt_is_resumed_with_its_answers_after_a_reload() {
        var view = open();
        view.start.click();
        var single = view.inputs.stream()
                .filter(i -> i.question().type() == dev.tensortrail.quiz.QuestionType.SINGLE)
                .findFirst()
                .orElseThrow();
        var choice = single.question().options().get(2);
        // as if the learner clicked it: a change "from the client" is saved at once
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(single.single, choice);

        var reloaded = open();
        assertThat(reloaded.inputs).hasSize(view.inputs.size());
        assertThat(reloaded.start.isVisible()).isFalse();
        assertThat(reloaded.inputs.stream().map(i -> i.question().questionId()).toList())
                .isEqualTo(
                        view.inputs.stream().map(i -> i.question().questionId()).toList());
        var again = reloaded.inputs.stream()
                .filter(i -> i.question().questionId() == single.question().questionId())
                .findFirst()
                .orElseThrow();
        assertThat(again.single.getValue()).isEqualTo(choice);
        assertThat(again.question().options()).isEqualTo(single.question().options());
    }

    private QuizView open() {
        UI.getCurrent().navigate(QuizView.class, new RouteParameters(QuizView.SLUG, "graphs-quiz"));
        return LocatorJ._get(QuizView.class);
    }
}
