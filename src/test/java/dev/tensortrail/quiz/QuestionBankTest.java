package dev.tensortrail.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.curriculum.CurriculumLoader;
import dev.tensortrail.curriculum.content.ContentValidationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 10: attempts draw from a bank, stratified by skill, stored with the attempt; retakes ask new questions. */
@IntegrationTest
class QuestionBankTest {

    static final String QUIZ = QuizBankFixture.QUIZ;

    @Autowired
    Quizzes quizzes;

    @Autowired
    LearnerFixture learners;

    @Autowired
    QuizBankFixture bank;

    @Autowired
    CurriculumLoader loader;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path content;

    String email;

    @BeforeEach
    void aBankOfTwentyThatDrawsSix() {
        bank.load(content, 10, "draw: 6");
        email = learners.newLearner("Bea Bank");
        learners.completeLessons(email, "graphs");
    }

    @AfterEach
    void restore() {
        SecurityContextHolder.clearContext();
        bank.restore();
    }

    @Test
    void the_draw_is_stored_with_the_attempt_so_a_reload_or_second_tab_shows_the_same_questions() {
        var first = quizzes.startOrResume(QUIZ);
        var reload = quizzes.startOrResume(QUIZ);
        var secondTab = quizzes.openAttempt(QUIZ).orElseThrow();

        assertThat(first.questions()).hasSize(6);
        assertThat(reload).isEqualTo(first);
        assertThat(secondTab).isEqualTo(first);
        assertThat(quizzes.info(QUIZ).orElseThrow().questionCount()).isEqualTo(6);
    }

    @Test
    void every_attempt_asks_every_skill_of_the_module() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            var attempt = quizzes.startOrResume(QUIZ);
            Map<String, Long> bySkill = new HashMap<>();
            attempt.questions().forEach(q -> bySkill.merge(skill(q.questionId()), 1L, Long::sum));
            assertThat(bySkill).containsOnlyKeys(QuizBankFixture.SKILLS);
            assertThat(bySkill.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
            attempt.questions().forEach(q -> seen.add(q.questionId()));
            quizzes.submit(attempt.attemptId(), learners.correctAnswers(attempt));
        }
        assertThat(seen)
                .as("three attempts of six from a bank of twenty ask eighteen different questions")
                .hasSize(18);
    }

    @Test
    void a_retake_asks_questions_not_seen_yet_then_those_answered_wrongly_longest_ago() {
        var first = quizzes.startOrResume(QUIZ);
        Set<Long> firstQuestions = ids(first);
        // wrong on everything but one answer, so the attempt is not blank
        Map<Long, Answer> mostlyWrong = new LinkedHashMap<>();
        first.questions().forEach(q -> mostlyWrong.put(q.questionId(), Answer.none()));
        var one = first.questions().getFirst();
        mostlyWrong.put(one.questionId(), learners.correctAnswers(first).get(one.questionId()));
        quizzes.submit(first.attemptId(), mostlyWrong);

        var second = quizzes.startOrResume(QUIZ);
        assertThat(ids(second)).doesNotContainAnyElementsOf(firstQuestions);
        quizzes.submit(second.attemptId(), learners.correctAnswers(second));
        var third = quizzes.startOrResume(QUIZ);
        assertThat(ids(third)).doesNotContainAnyElementsOf(firstQuestions).doesNotContainAnyElementsOf(ids(second));
        quizzes.submit(third.attemptId(), learners.correctAnswers(third));

        // two unseen questions are left; then the first attempt's wrong answers come back before any right one
        var fourth = quizzes.startOrResume(QUIZ);
        Set<Long> wrongInFirst = new HashSet<>(firstQuestions);
        wrongInFirst.remove(one.questionId());
        Set<Long> unseen = new HashSet<>(allIds());
        unseen.removeAll(firstQuestions);
        unseen.removeAll(ids(second));
        unseen.removeAll(ids(third));
        assertThat(unseen).hasSize(2);
        assertThat(ids(fourth)).containsAll(unseen);
        assertThat(ids(fourth))
                .doesNotContain(one.questionId())
                .doesNotContainAnyElementsOf(ids(second))
                .doesNotContainAnyElementsOf(ids(third));
    }

    @Test
    void a_submission_naming_a_question_not_drawn_for_the_attempt_is_refused_and_nothing_is_recorded() {
        var attempt = quizzes.startOrResume(QUIZ);
        long notDrawn = allIds().stream()
                .filter(id -> !ids(attempt).contains(id))
                .findFirst()
                .orElseThrow();
        var answers = new LinkedHashMap<>(learners.correctAnswers(attempt));
        answers.remove(attempt.questions().getFirst().questionId());
        answers.put(notDrawn, Answer.none());
        String before = snapshot(attempt.attemptId());

        assertThatThrownBy(() -> quizzes.submit(attempt.attemptId(), answers))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.unknown-question");
        assertThatThrownBy(() -> quizzes.saveAnswer(attempt.attemptId(), notDrawn, Answer.none()))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.unknown-question");
        assertThat(snapshot(attempt.attemptId())).isEqualTo(before);
    }

    @Test
    void an_answer_tampered_from_another_attempts_question_is_refused_and_nothing_is_recorded() {
        var mine = quizzes.startOrResume(QUIZ);
        var mineAnswers = learners.correctAnswers(mine);
        String other = learners.newLearner("Other Learner");
        learners.completeLessons(other, "graphs");
        var theirs = quizzes.startOrResume(QUIZ);
        long foreign = theirs.questions().stream()
                .map(QuizData.QuestionView::questionId)
                .filter(id -> !ids(mine).contains(id))
                .findFirst()
                .orElseThrow();
        learners.signIn(email);
        String before = snapshot(mine.attemptId());

        // another attempt's question, and an option id of another attempt's question on one of mine
        assertThatThrownBy(() -> quizzes.saveAnswer(mine.attemptId(), foreign, Answer.none()))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.unknown-question");
        // a draw need not hold every type: any one-answer question (single, code, true-false) will do
        var single = mine.questions().stream()
                .filter(q -> q.type().isOneAnswer())
                .findFirst()
                .orElseThrow();
        var foreignSingle = theirs.questions().stream()
                .filter(q ->
                        q.questionId() != single.questionId() && !q.options().isEmpty())
                .findFirst()
                .orElseThrow();
        var tampered = new LinkedHashMap<>(mineAnswers);
        tampered.put(
                single.questionId(),
                Answer.choose(List.of(foreignSingle.options().getFirst().id())));
        assertThatThrownBy(() -> quizzes.submit(mine.attemptId(), tampered))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.unknown-option");
        assertThatThrownBy(() -> quizzes.saveAnswer(
                        mine.attemptId(),
                        single.questionId(),
                        Answer.choose(List.of(foreignSingle.options().getFirst().id()))))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.unknown-option");
        // and their attempt is not mine to answer at all
        assertThatThrownBy(() -> quizzes.saveAnswer(theirs.attemptId(), foreign, Answer.none()))
                .isInstanceOf(QuizException.class)
                .hasMessageContaining("quiz.error.attempt-not-found");
        assertThat(snapshot(mine.attemptId())).isEqualTo(before);
    }

    @Test
    void the_loader_refuses_a_bank_that_cannot_fill_its_draw_naming_the_file_and_the_skill() {
        // graph-history has 5 questions; a draw of 6 asks 3 of it each time and needs 6
        QuizBankFixture.write(content, QuizBankFixture.bank(List.of(10, 5), "draw: 6"));
        assertThatThrownBy(() -> loader.load(content.toUri().toString()))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("quizzes/graphs.yml")
                .hasMessageContaining("skill 'graph-history' has 5 questions")
                .hasMessageNotContaining("skill 'graph-concepts'");

        // a draw larger than half the bank
        QuizBankFixture.write(content, QuizBankFixture.bank(List.of(10, 10), "draw: 11"));
        assertThatThrownBy(() -> loader.load(content.toUri().toString()))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("quizzes/graphs.yml")
                .hasMessageContaining("needs at least 22");

        // named per-skill counts: each skill needs twice its own
        QuizBankFixture.write(
                content, QuizBankFixture.bank(List.of(10, 10), "draw: 8\ndraw_per_skill:\n  graph-concepts: 6"));
        assertThatThrownBy(() -> loader.load(content.toUri().toString()))
                .isInstanceOf(ContentValidationException.class)
                .hasMessageContaining("skill 'graph-concepts' has 10 questions; the draw asks 6");
    }

    @Test
    void per_skill_counts_from_the_file_are_drawn_every_time() {
        bank.load(content, QuizBankFixture.bank(List.of(10, 10), "draw: 6\ndraw_per_skill:\n  graph-concepts: 4"));
        var attempt = quizzes.startOrResume(QUIZ);
        assertThat(attempt.questions().stream()
                        .filter(q -> skill(q.questionId()).equals("graph-concepts"))
                        .count())
                .isGreaterThanOrEqualTo(4);
        assertThat(attempt.questions()).hasSize(6);
    }

    @Test
    void fifty_concurrent_submissions_of_a_drawn_attempt_record_exactly_one_result() throws Exception {
        var attempt = quizzes.startOrResume(QUIZ);
        var answers = learners.correctAnswers(attempt);
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
        assertThat(jdbc.sql("select count(*) from attempt_item where attempt_id = ? and score is not null")
                        .param(attempt.attemptId())
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
    }

    private String skill(long questionId) {
        return jdbc.sql("select skill from question where id = ?")
                .param(questionId)
                .query(String.class)
                .single();
    }

    private List<Long> allIds() {
        return jdbc.sql("""
                        select q.id from question q join quiz z on z.id = q.quiz_id
                        where z.slug = ? and q.retired_at is null""").param(QUIZ).query(Long.class).list();
    }

    private static Set<Long> ids(QuizData.AttemptView attempt) {
        Set<Long> ids = new HashSet<>();
        attempt.questions().forEach(q -> ids.add(q.questionId()));
        return ids;
    }

    private String snapshot(long attemptId) {
        return jdbc.sql("select coalesce(submitted_at::text, '-') || version from quiz_attempt where id = ?")
                        .param(attemptId)
                        .query(String.class)
                        .single()
                + jdbc.sql(
                                "select string_agg(question_id || ':' || coalesce(answer::text, '-') || coalesce(score::text, '-'),"
                                        + " '|' order by position) from attempt_item where attempt_id = ?")
                        .param(attemptId)
                        .query(String.class)
                        .single();
    }
}
