package dev.tensortrail.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 17: what a learner sets in a matching or ordering question is kept, and only that earns credit. */
@IntegrationTest
class MatchingAndOrderingTest {

    @Autowired
    Quizzes quizzes;

    @Autowired
    LearnerFixture learners;

    @Autowired
    QuizBankFixture bank;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path content;

    QuizData.AttemptView attempt;

    @BeforeEach
    void anAttemptOfTheFixtureQuiz() {
        bank.load(content, 4, "");
        String email = learners.newLearner("Mo Match");
        learners.completeLessons(email, "graphs");
        attempt = quizzes.startOrResume(QuizBankFixture.QUIZ);
    }

    @AfterEach
    void restore() {
        SecurityContextHolder.clearContext();
        bank.restore();
    }

    @Test
    void a_partial_matching_is_saved_restored_after_a_reload_and_graded_as_the_share_of_right_pairs() {
        var matching = first(QuestionType.MATCHING);
        var left = matching.options();
        Map<Long, Long> three = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            three.put(left.get(i).id(), left.get(i).id());
        }
        quizzes.saveAnswer(attempt.attemptId(), matching.questionId(), Answer.match(three));

        var reloaded = quizzes.openAttempt(QuizBankFixture.QUIZ).orElseThrow();
        assertThat(saved(reloaded, matching.questionId())).isEqualTo(Answer.match(three));

        var result = quizzes.submit(attempt.attemptId(), answersAsSaved(reloaded));
        var graded = result.questions().stream()
                .filter(q -> q.question().questionId() == matching.questionId())
                .findFirst()
                .orElseThrow();
        assertThat(graded.score()).isEqualTo(0.75);
        assertThat(graded.matches()).filteredOn(m -> m.chosen() != null).hasSize(3);
    }

    @Test
    void clearing_a_pair_is_saved_too() {
        var matching = first(QuestionType.MATCHING);
        var left = matching.options();
        Map<Long, Long> two = new LinkedHashMap<>();
        two.put(left.get(0).id(), left.get(0).id());
        two.put(left.get(1).id(), left.get(1).id());
        quizzes.saveAnswer(attempt.attemptId(), matching.questionId(), Answer.match(two));
        two.remove(left.get(1).id());
        quizzes.saveAnswer(attempt.attemptId(), matching.questionId(), Answer.match(two));
        assertThat(saved(quizzes.openAttempt(QuizBankFixture.QUIZ).orElseThrow(), matching.questionId()))
                .isEqualTo(Answer.match(Map.of(left.get(0).id(), left.get(0).id())));

        quizzes.saveAnswer(attempt.attemptId(), matching.questionId(), Answer.none());
        assertThat(saved(quizzes.openAttempt(QuizBankFixture.QUIZ).orElseThrow(), matching.questionId()))
                .isEqualTo(Answer.none());
    }

    @Test
    void an_untouched_ordering_has_no_answer_and_earns_nothing_even_when_shown_in_the_right_order() {
        var ordering = first(QuestionType.ORDERING);
        // the order as shown, made the right one, but never touched by the learner
        List<Long> right = jdbc.sql("select id from question_option where question_id = ? order by correct_position")
                .param(ordering.questionId())
                .query(Long.class)
                .list();
        jdbc.sql("update attempt_item set option_order = ? where attempt_id = ? and question_id = ?")
                .params(right.toArray(Long[]::new), attempt.attemptId(), ordering.questionId())
                .update();
        // one other question answered, so the attempt is not blank (a blank one cannot be submitted)
        var single = first(QuestionType.SINGLE);
        quizzes.saveAnswer(attempt.attemptId(), single.questionId(), learners.wrongAnswer(single));
        var reloaded = quizzes.openAttempt(QuizBankFixture.QUIZ).orElseThrow();
        assertThat(saved(reloaded, ordering.questionId())).isEqualTo(Answer.none());

        var result = quizzes.submit(attempt.attemptId(), answersAsSaved(reloaded));
        var graded = result.questions().stream()
                .filter(q -> q.question().questionId() == ordering.questionId())
                .findFirst()
                .orElseThrow();
        assertThat(graded.score()).isZero();
        assertThat(graded.yourOrder()).isEmpty();
    }

    @Test
    void a_moved_ordering_is_graded_as_the_share_of_items_in_place() {
        var ordering = first(QuestionType.ORDERING);
        List<Long> right = jdbc.sql("select id from question_option where question_id = ? order by correct_position")
                .param(ordering.questionId())
                .query(Long.class)
                .list();
        List<Long> twoSwapped = List.of(right.get(1), right.get(0), right.get(2), right.get(3));
        quizzes.saveAnswer(attempt.attemptId(), ordering.questionId(), Answer.choose(twoSwapped));

        var reloaded = quizzes.openAttempt(QuizBankFixture.QUIZ).orElseThrow();
        var result = quizzes.submit(attempt.attemptId(), answersAsSaved(reloaded));
        var graded = result.questions().stream()
                .filter(q -> q.question().questionId() == ordering.questionId())
                .findFirst()
                .orElseThrow();
        assertThat(graded.score()).isEqualTo(0.5);
    }

    private QuizData.QuestionView first(QuestionType type) {
        return attempt.questions().stream()
                .filter(q -> q.type() == type)
                .findFirst()
                .orElseThrow();
    }

    private static Answer saved(QuizData.AttemptView attempt, long questionId) {
        return attempt.questions().stream()
                .filter(q -> q.questionId() == questionId)
                .findFirst()
                .orElseThrow()
                .saved();
    }

    private static Map<Long, Answer> answersAsSaved(QuizData.AttemptView attempt) {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        attempt.questions().forEach(q -> answers.put(q.questionId(), q.saved()));
        return answers;
    }
}
