package dev.tensortrail.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.curriculum.Curriculum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class QuizEngineTest {

    private static final String QUIZ = "graphs-quiz";

    @Autowired
    Quizzes quizzes;

    @Autowired
    Curriculum curriculum;

    @Autowired
    LearnerFixture learners;

    @Autowired
    JdbcClient jdbc;

    String email;

    @BeforeEach
    void aLearnerWhoReadTheFirstModule() {
        email = learners.newLearner("Quinn Quiz");
        learners.completeLessons(email, "graphs");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_quiz_opens_only_after_its_modules_lessons() {
        learners.newLearner("Early Bird");
        assertThat(quizzes.info(QUIZ).orElseThrow().available()).isFalse();
        assertThatThrownBy(() -> quizzes.startOrResume(QUIZ))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.locked");
    }

    @Test
    void the_shuffled_order_is_stored_so_a_reload_or_second_tab_shows_the_same_attempt() {
        var first = quizzes.startOrResume(QUIZ);
        var reload = quizzes.startOrResume(QUIZ);
        var opened = quizzes.openAttempt(QUIZ).orElseThrow();

        assertThat(reload).isEqualTo(first);
        assertThat(opened.attemptId()).isEqualTo(first.attemptId());
        // every question of the attempt, whether the attempt asks the whole bank or draws from it
        assertThat(first.questions())
                .hasSizeGreaterThanOrEqualTo(dev.tensortrail.quiz.content.QuizReader.MIN_QUESTIONS);
        assertThat(jdbc.sql("select count(*) from quiz_attempt where learner_id = ?")
                        .param(learners.id(email))
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void answers_are_kept_while_the_learner_works() {
        var attempt = quizzes.startOrResume(QUIZ);
        var question = firstOfType(attempt, QuestionType.SINGLE);
        var answer = Answer.choose(List.of(question.options().get(1).id()));

        quizzes.saveAnswer(attempt.attemptId(), question.questionId(), answer);

        var reloaded = quizzes.openAttempt(QUIZ).orElseThrow();
        assertThat(reloaded.questions().stream()
                        .filter(q -> q.questionId() == question.questionId())
                        .findFirst()
                        .orElseThrow()
                        .saved())
                .isEqualTo(answer);
    }

    @Test
    void a_perfect_submission_passes_and_opens_the_next_module() {
        var attempt = quizzes.startOrResume(QUIZ);
        var result = quizzes.submit(attempt.attemptId(), correctAnswers(attempt));

        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.passed()).isTrue();
        assertThat(curriculum.path().modules().get(1).unlocked()).isTrue();
    }

    @Test
    void a_failed_attempt_keeps_the_next_module_locked_and_the_best_retake_unlocks_it() {
        var first = quizzes.startOrResume(QUIZ);
        var failed = quizzes.submit(first.attemptId(), learners.wrongAnswers(first));
        assertThat(failed.passed()).isFalse();
        assertThat(failed.questions())
                .allSatisfy(q -> assertThat(q.explanationHtml()).isNull());
        assertThat(curriculum.path().modules().get(1).unlocked()).isFalse();

        var retake = quizzes.startOrResume(QUIZ);
        assertThat(retake.attemptId()).isNotEqualTo(first.attemptId());
        var passed = quizzes.submit(retake.attemptId(), correctAnswers(retake));
        assertThat(passed.passed()).isTrue();
        assertThat(curriculum.path().modules().get(1).unlocked()).isTrue();

        // a worse attempt later does not lock it again: the best attempt counts
        var third = quizzes.startOrResume(QUIZ);
        quizzes.submit(third.attemptId(), learners.wrongAnswers(third));
        assertThat(curriculum.path().modules().get(1).unlocked()).isTrue();
        assertThat(quizzes.info(QUIZ).orElseThrow().history()).hasSize(3);
        assertThat(quizzes.info(QUIZ).orElseThrow().bestScore()).isEqualTo(1.0);
        // passed: the first, failed attempt now shows its explanations too
        assertThat(quizzes.result(first.attemptId()).questions())
                .allSatisfy(q -> assertThat(q.explanationHtml()).isNotBlank());
    }

    @Test
    void fifty_concurrent_submissions_of_one_attempt_record_exactly_one_result() throws Exception {
        var attempt = quizzes.startOrResume(QUIZ);
        var answers = correctAnswers(attempt);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            outcomes.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(authentication);
                go.await();
                try {
                    quizzes.submit(attempt.attemptId(), answers);
                    return "graded";
                } catch (QuizException e) {
                    return e.messageKey();
                } catch (RuntimeException e) {
                    return "failed: " + e;
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        go.countDown();
        Map<String, Integer> counts = new HashMap<>();
        for (var outcome : outcomes) {
            counts.merge(outcome.get(60, TimeUnit.SECONDS), 1, Integer::sum);
        }
        pool.shutdown();

        assertThat(counts).containsEntry("graded", 1).containsEntry("quiz.error.already-graded", 49);
        assertThat(jdbc.sql("select count(*) from quiz_attempt where id = ? and submitted_at is not null")
                        .param(attempt.attemptId())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                        .param("%\"attemptId\":" + attempt.attemptId() + ",%")
                        .query(Long.class)
                        .single())
                .as("one QuizAttemptGraded for the one listener, not fifty")
                .isOne();
    }

    @Test
    void bad_submissions_are_refused_and_leave_the_attempt_as_it_was() {
        var attempt = quizzes.startOrResume(QUIZ);
        var good = correctAnswers(attempt);
        var single = firstOfType(attempt, QuestionType.SINGLE);
        var before = snapshot(attempt.attemptId());

        // an answer that is not among the options
        var foreign = new LinkedHashMap<>(good);
        foreign.put(single.questionId(), Answer.choose(List.of(-1L)));
        assertRefused(attempt, foreign, "quiz.error.unknown-option");

        // the wrong number of answers: two options on a single-choice question, or a question missing
        var two = new LinkedHashMap<>(good);
        two.put(
                single.questionId(),
                Answer.choose(List.of(
                        single.options().get(0).id(), single.options().get(1).id())));
        assertRefused(attempt, two, "quiz.error.answer-count");
        var missing = new LinkedHashMap<>(good);
        missing.remove(single.questionId());
        assertRefused(attempt, missing, "quiz.error.answer-count");

        // an unknown question
        var extra = new LinkedHashMap<>(good);
        extra.put(999_999L, Answer.none());
        assertRefused(attempt, extra, "quiz.error.unknown-question");
        assertThatThrownBy(() -> quizzes.saveAnswer(attempt.attemptId(), 999_999L, Answer.none()))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.unknown-question");

        assertThat(snapshot(attempt.attemptId())).isEqualTo(before);

        // someone else's attempt
        learners.newLearner("Mallory");
        assertRefused(attempt, good, "quiz.error.attempt-not-found");
        assertThatThrownBy(() -> quizzes.result(attempt.attemptId())).isInstanceOf(QuizException.class);
        assertThat(snapshot(attempt.attemptId())).isEqualTo(before);

        // an attempt already graded
        learners.signIn(email);
        quizzes.submit(attempt.attemptId(), good);
        String graded = snapshot(attempt.attemptId());
        assertRefused(attempt, good, "quiz.error.already-graded");
        assertThat(snapshot(attempt.attemptId())).isEqualTo(graded);
    }

    @Test
    void a_retired_question_in_an_open_attempt_is_refused_with_a_clear_error() {
        var attempt = quizzes.startOrResume(QUIZ);
        long questionId = attempt.questions().getFirst().questionId();
        jdbc.sql("update question set retired_at = now() where id = ?")
                .param(questionId)
                .update();
        try {
            assertRefused(attempt, correctAnswers(attempt), "quiz.error.question-retired");
        } finally {
            jdbc.sql("update question set retired_at = null where id = ?")
                    .param(questionId)
                    .update();
        }
    }

    private void assertRefused(QuizData.AttemptView attempt, Map<Long, Answer> answers, String key) {
        assertThatThrownBy(() -> quizzes.submit(attempt.attemptId(), answers))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining(key);
    }

    private String snapshot(long attemptId) {
        return jdbc.sql(
                                "select coalesce(submitted_at::text, '-') || coalesce(score::text, '-') || version from quiz_attempt where id = ?")
                        .param(attemptId)
                        .query(String.class)
                        .single()
                + jdbc.sql(
                                "select string_agg(coalesce(answer::text, '-') || coalesce(score::text, '-'), '|' order by position) from attempt_item where attempt_id = ?")
                        .param(attemptId)
                        .query(String.class)
                        .single();
    }

    /** A draw need not hold every type: a single-choice question stands for any one-answer type (single, code, true-false). */
    private static QuizData.QuestionView firstOfType(QuizData.AttemptView attempt, QuestionType type) {
        return attempt.questions().stream()
                .filter(q -> q.type() == type)
                .findFirst()
                .or(() -> type.isOneAnswer()
                        ? attempt.questions().stream()
                                .filter(q -> q.type().isOneAnswer())
                                .findFirst()
                        : java.util.Optional.empty())
                .orElseThrow();
    }

    private Map<Long, Answer> emptyAnswers(QuizData.AttemptView attempt) {
        Map<Long, Answer> answers = new LinkedHashMap<>();
        attempt.questions().forEach(q -> answers.put(q.questionId(), Answer.none()));
        return answers;
    }

    Map<Long, Answer> correctAnswers(QuizData.AttemptView attempt) {
        return learners.correctAnswers(attempt);
    }
}
