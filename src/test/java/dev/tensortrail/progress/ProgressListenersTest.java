package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.curriculum.LessonCompleted;
import dev.tensortrail.quiz.QuestionsRevised;
import dev.tensortrail.quiz.QuizAttemptGraded;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The progress module's listeners, each on its own (called directly with an event) and through the
 * event infrastructure (Spring Modulith's {@link Scenario}: published in a transaction, delivered
 * after the commit, waited for by the state it leaves, not by polling loops of our own). Progress
 * keeps its state from the event payloads, so the events here need no quiz attempt behind them.
 */
@IntegrationTest
@EnableScenarios
class ProgressListenersTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Autowired
    LearnerFixture learners;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuizResultsListener quizResults;

    @Autowired
    ActivityListener activity;

    @Autowired
    RevisedQuestionsListener revisedQuestions;

    @Autowired
    TransactionTemplate transactions;

    private final List<Long> made = new java.util.ArrayList<>();

    /** The learners made here go again, with every progress row about them (on delete cascade). */
    @org.junit.jupiter.api.AfterEach
    void removeTheLearners() {
        made.forEach(id ->
                jdbc.sql("delete from user_account where id = ?").param(id).update());
        made.clear();
    }

    private long newLearner(String name) {
        long id = learners.id(learners.newLearner(name));
        made.add(id);
        return id;
    }

    /** The listener itself, called on this thread in a transaction of its own, as the infrastructure would. */
    private <T> void direct(T listenerBean, java.util.function.Consumer<T> call) {
        T target = AopTestUtils.getUltimateTargetObject(listenerBean);
        transactions.executeWithoutResult(status -> call.accept(target));
    }

    @Test
    void a_graded_attempt_delivered_after_the_commit_leaves_cards_logs_a_result_and_mastery(Scenario scenario) {
        long learner = newLearner("Gail Graded");
        QuizAttemptGraded graded = graded(learner, questions(3), 1.0);

        scenario.publish(graded)
                .customize(it -> it.atMost(DELIVERY))
                .andWaitForStateChange(
                        () -> count("select count(*) from quiz_result where attempt_id = ?", graded.attemptId()),
                        n -> n > 0)
                .andVerify(n -> {
                    assertThat(n).isEqualTo(1);
                    assertThat(count("select count(*) from review_card where learner_id = ?", learner))
                            .isEqualTo(3);
                    assertThat(count("select count(*) from review_log where learner_id = ?", learner))
                            .isEqualTo(3);
                    assertThat(count("select count(*) from skill_mastery where learner_id = ?", learner))
                            .isPositive();
                });
    }

    @Test
    void the_quiz_results_listener_on_its_own_applies_an_attempt_once_however_often_it_is_called() {
        long learner = newLearner("Otto Once");
        QuizAttemptGraded graded = graded(learner, questions(4), 0.0);

        direct(quizResults, l -> l.on(graded));
        var after = ProgressCounts.of(jdbc, learner, graded.attemptId());
        direct(quizResults, l -> l.on(graded));

        assertThat(ProgressCounts.of(jdbc, learner, graded.attemptId())).isEqualTo(after);
        assertThat(after.reviewLogs()).isEqualTo(4);
        assertThat(count("select count(*) from quiz_result where attempt_id = ? and not passed", graded.attemptId()))
                .isEqualTo(1);
    }

    @Test
    void a_completed_lesson_delivered_after_the_commit_is_kept_by_progress(Scenario scenario) {
        long learner = newLearner("Lena Lesson");
        var completed =
                new LessonCompleted(learner, "graphs-what-is-a-graph", "graphs", List.of("graph-basics"), 4, now());

        scenario.publish(completed)
                .customize(it -> it.atMost(DELIVERY))
                .andWaitForStateChange(
                        () -> count("select count(*) from completed_lesson where learner_id = ?", learner), n -> n > 0)
                .andVerify(n -> assertThat(n).isEqualTo(1));
    }

    @Test
    void the_activity_listener_on_its_own_keeps_a_lesson_once_and_counts_it_in_the_learner_summary() {
        long learner = newLearner("Ada Again");
        var completed =
                new LessonCompleted(learner, "graphs-what-is-a-graph", "graphs", List.of("graph-basics"), 4, now());

        direct(activity, l -> l.on(completed));
        direct(activity, l -> l.on(completed));

        assertThat(count("select count(*) from completed_lesson where learner_id = ?", learner))
                .isEqualTo(1);
        assertThat(count("select lessons_done from learner_summary where learner_id = ?", learner))
                .isEqualTo(1);
    }

    @Test
    void revised_questions_bring_their_cards_due_now_and_leave_other_cards_alone() {
        long learner = newLearner("Rex Revised");
        List<Long> questions = questions(2);
        QuizAttemptGraded graded = graded(learner, questions, 1.0);
        direct(quizResults, l -> l.on(graded));
        Instant revisedAt = now().plus(1, ChronoUnit.MINUTES);

        direct(revisedQuestions, l -> l.on(new QuestionsRevised(List.of(questions.getFirst()), revisedAt)));

        assertThat(jdbc.sql("select due from review_card where learner_id = ? and question_id = ?")
                        .params(learner, questions.getFirst())
                        .query(Instant.class)
                        .single())
                .isEqualTo(revisedAt);
        assertThat(jdbc.sql("select due from review_card where learner_id = ? and question_id = ?")
                        .params(learner, questions.get(1))
                        .query(Instant.class)
                        .single())
                .isAfter(revisedAt);
    }

    private QuizAttemptGraded graded(long learner, List<Long> questionIds, double score) {
        long attempt = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        Instant at = now();
        Map<String, Double> perSkill = new LinkedHashMap<>();
        List<QuizAttemptGraded.QuestionOutcome> outcomes = questionIds.stream()
                .map(id -> new QuizAttemptGraded.QuestionOutcome(id, skillOf(id), score))
                .toList();
        outcomes.forEach(o -> perSkill.put(o.skill(), score));
        long quiz = jdbc.sql("select id from quiz where slug = 'graphs-quiz'")
                .query(Long.class)
                .single();
        return new QuizAttemptGraded(
                learner,
                attempt,
                quiz,
                "graphs-quiz",
                "Quiz: Computation graphs",
                "graphs",
                70,
                score,
                score >= 0.7,
                // not a first attempt: the cohort-wide question sums must keep matching the stored
                // attempts, which these events have none of (PersonalDataTest recounts them)
                false,
                perSkill,
                outcomes,
                at.minus(5, ChronoUnit.MINUTES),
                at);
    }

    private List<Long> questions(int n) {
        return jdbc.sql("""
                        select q.id from question q join quiz z on z.id = q.quiz_id
                        where z.slug = 'graphs-quiz' and q.retired_at is null order by q.id limit ?""").param(n).query(Long.class).list();
    }

    private String skillOf(long question) {
        return jdbc.sql("select skill from question where id = ?")
                .param(question)
                .query(String.class)
                .single();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private long count(String sql, long key) {
        return jdbc.sql(sql).param(key).query(Long.class).single();
    }
}
