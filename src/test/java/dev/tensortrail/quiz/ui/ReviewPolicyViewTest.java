package dev.tensortrail.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import dev.tensortrail.KaribuTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.quiz.Answer;
import dev.tensortrail.quiz.QuizBankFixture;
import dev.tensortrail.quiz.QuizData;
import dev.tensortrail.quiz.Quizzes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10's default review policy, checked on what the page sends: a failed attempt shows what
 * was wrong and the feedback for the learner's own choices, never a right answer or an
 * explanation; once the quiz is passed, every attempt shows everything.
 */
class ReviewPolicyViewTest extends KaribuTest {

    @Autowired
    LearnerFixture learners;

    @Autowired
    QuizBankFixture bank;

    @Autowired
    Quizzes quizzes;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path content;

    String email;

    @BeforeEach
    void aLearnerWithTheFixtureBank() {
        bank.load(content, 10, "draw: 6");
        email = learners.newLearner("Rita Review");
        learners.completeLessons(email, "graphs");
        login(email);
    }

    @AfterEach
    void restore() {
        bank.restore();
    }

    @Test
    void a_failed_attempt_sends_no_right_answer_and_no_explanation_and_a_passed_quiz_then_shows_all() {
        learners.signIn(email);
        var failed = quizzes.startOrResume(QuizBankFixture.QUIZ);
        var result = quizzes.submit(failed.attemptId(), learners.wrongAnswers(failed));
        assertThat(result.passed()).isFalse();

        String page = resultPage(failed.attemptId());
        assertThat(page)
                .contains("Not passed")
                .contains("Your answer, not correct")
                .contains("Reread")
                .contains("Chosen-wrong feedback");
        for (String secret : secrets(failed)) {
            // what the page sends is what counts: the options themselves are choices the learner saw
            assertThat(page).doesNotContain(secret);
        }
        assertThat(page).doesNotContain("Correct answer").doesNotContain("The right order");

        learners.signIn(email);
        var retake = quizzes.startOrResume(QuizBankFixture.QUIZ);
        assertThat(retake.questions())
                .extracting(QuizData.QuestionView::questionId)
                .doesNotContainAnyElementsOf(failed.questions().stream()
                        .map(QuizData.QuestionView::questionId)
                        .toList());
        assertThat(quizzes.submit(retake.attemptId(), learners.correctAnswers(retake))
                        .passed())
                .isTrue();

        // passed: the earlier, failed attempt now shows its answers and explanations too
        String after = resultPage(failed.attemptId());
        for (var q : failed.questions()) {
            assertThat(after).contains("EXPLANATION-" + key(q.questionId()));
        }
        assertThat(after).contains("Correct answer");
    }

    @Test
    void a_partly_answered_attempt_asks_for_confirmation_naming_the_unanswered_questions() {
        var view = openQuiz();
        view.start.click();
        var first = view.inputs.getFirst();
        learners.signIn(email);
        var answer = learners.wrongAnswer(first.question());
        quizzes.saveAnswer(openAttemptId(), first.question().questionId(), answer);

        var reloaded = openQuiz();
        reloaded.submit.click();
        assertThat(reloaded.confirm.isOpened()).isTrue();
        assertThat(reloaded.confirm.getElement().getProperty("message"))
                .isEqualTo("Questions 2, 3, 4, 5 and 6 have no answer.");
        assertThat(jdbc.sql("select count(*) from quiz_attempt where id = ? and submitted_at is not null")
                        .param(openAttemptId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(reloaded.unansweredText(List.of(3, 7))).isEqualTo("Questions 3 and 7 have no answer.");
        assertThat(reloaded.unansweredText(List.of(4))).isEqualTo("Question 4 has no answer.");
    }

    @Test
    void a_blank_attempt_cannot_be_submitted_and_the_page_says_why() {
        var view = openQuiz();
        view.start.click();
        long attempt = openAttemptId();
        view.submit.click();

        assertThat(view.blankNotice.isVisible()).isTrue();
        assertThat(view.blankNotice.getText()).contains("You have not answered any question yet");
        assertThat(view.confirm.isOpened()).isFalse();
        // and the service refuses it too, whatever a page sends: nothing graded, nothing revealed
        learners.signIn(email);
        Map<Long, Answer> blank = new java.util.LinkedHashMap<>();
        view.inputs.forEach(i -> blank.put(i.question().questionId(), Answer.none()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> quizzes.submit(attempt, blank))
                .hasMessageContaining("quiz.error.blank");
        assertThat(jdbc.sql("select count(*) from quiz_attempt where id = ? and submitted_at is null")
                        .param(attempt)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private QuizView openQuiz() {
        UI.getCurrent().navigate(QuizView.class, new RouteParameters(QuizView.SLUG, QuizBankFixture.QUIZ));
        return LocatorJ._get(QuizView.class);
    }

    private long openAttemptId() {
        return jdbc.sql("select id from quiz_attempt where learner_id = ? and submitted_at is null")
                .param(learners.id(email))
                .query(Long.class)
                .single();
    }

    private String resultPage(long attemptId) {
        UI.getCurrent()
                .navigate(
                        ResultView.class,
                        new RouteParameters(Map.of(
                                ResultView.SLUG, QuizBankFixture.QUIZ, ResultView.ATTEMPT, String.valueOf(attemptId))));
        // the whole tree the server sends for this page (the view, and anything attached to the UI)
        return UI.getCurrent().getElement().getOuterHTML()
                + LocatorJ._get(ResultView.class).getElement().getOuterHTML();
    }

    private String key(long questionId) {
        return jdbc.sql("select content_key from question where id = ?")
                .param(questionId)
                .query(String.class)
                .single();
    }

    /** Whatever would give the key away: explanations, right-option feedback and texts, the wrong-answer notes. */
    private List<String> secrets(QuizData.AttemptView attempt) {
        List<String> secrets = new java.util.ArrayList<>();
        for (var q : attempt.questions()) {
            String key = key(q.questionId());
            secrets.add("EXPLANATION-" + key);
            secrets.add("RIGHTFEEDBACK-" + key);
            secrets.add("WRONGFEEDBACK-" + key);
            secrets.add("The right one " + key);
            secrets.add("Good choice A " + key);
        }
        return secrets;
    }
}
