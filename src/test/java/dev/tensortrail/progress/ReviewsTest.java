package dev.tensortrail.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.tensortrail.IntegrationTest;
import dev.tensortrail.LearnerFixture;
import dev.tensortrail.TestClock;
import dev.tensortrail.quiz.Answer;
import dev.tensortrail.quiz.Quizzes;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Spaced review over simulated days: quiz answers become cards, cards come due, reviews move them. */
@IntegrationTest
class ReviewsTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final int DAILY_CAP = 20;

    @Autowired
    Reviews reviews;

    @Autowired
    Mastery mastery;

    @Autowired
    Quizzes quizzes;

    @Autowired
    LearnerFixture learners;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void quiz_answers_become_cards_that_come_due_and_move_forward_when_reviewed() {
        String email = learners.newLearner("Remy Review");
        learners.completeLessons(email, "graphs");
        int asked = takeQuiz("graphs-quiz", true);
        awaitCards(email, asked);

        assertThat(mastery.levels())
                .containsEntry("graph-concepts", MasteryLevel.PROFICIENT)
                .containsEntry("graph-history", MasteryLevel.PROFICIENT);
        assertThat(reviews.summary(UTC).dueNow()).isZero();

        clock.advance(Duration.ofDays(1));
        var due = reviews.summary(UTC);
        assertThat(due.dueNow()).isEqualTo(asked);
        assertThat(due.availableToday()).isEqualTo(Math.min(asked, DAILY_CAP));

        var session = reviews.session(10, UTC);
        assertThat(session).hasSize(Math.min(asked, 10));
        var outcome = reviews.record(session.getFirst(), 1.0);
        assertThat(outcome.nextDue()).isAfter(clock.instant().plus(Duration.ofDays(1)));
        assertThat(outcome.level()).isEqualTo(MasteryLevel.MASTERED);

        var missed = reviews.record(session.get(1), 0.0);
        assertThat(missed.nextDue()).isBefore(clock.instant().plus(Duration.ofHours(1)));
        assertThat(reviews.summary(UTC).reviewedToday()).isEqualTo(2);
    }

    @Test
    void after_a_long_break_at_most_the_daily_cap_comes_due_and_the_rest_is_said_to_wait() {
        String email = learners.newLearner("Long Break");
        learners.completeLessons(email, "graphs");
        int asked = takeQuiz("graphs-quiz", true);
        learners.completeLessons(email, "execution");
        asked += takeQuiz("execution-quiz", true);
        learners.completeLessons(email, "deployment");
        asked += takeQuiz("deployment-quiz", true);
        awaitCards(email, asked);
        assertThat(asked).isGreaterThan(DAILY_CAP);

        clock.advance(Duration.ofDays(120));
        var due = reviews.summary(UTC);
        assertThat(due.dueNow()).isEqualTo(asked);
        assertThat(due.availableToday()).isEqualTo(DAILY_CAP);
        assertThat(due.waiting()).isEqualTo(asked - DAILY_CAP);

        for (int round = 0; round < 2; round++) {
            reviews.session(10, UTC).forEach(question -> reviews.record(question, 1.0));
        }
        var capped = reviews.summary(UTC);
        assertThat(capped.reviewedToday()).isEqualTo(DAILY_CAP);
        assertThat(capped.availableToday()).isZero();
        assertThat(reviews.session(10, UTC)).isEmpty();

        clock.advance(Duration.ofDays(1));
        assertThat(reviews.summary(UTC).availableToday()).isEqualTo(Math.min(asked - DAILY_CAP, DAILY_CAP));
    }

    @Test
    void a_failed_quiz_leaves_skills_attempted_and_cards_due_soon() {
        String email = learners.newLearner("Fay Fail");
        learners.completeLessons(email, "graphs");
        int asked = takeQuiz("graphs-quiz", false);
        awaitCards(email, asked);

        assertThat(mastery.levels()).containsEntry("graph-concepts", MasteryLevel.ATTEMPTED);
        clock.advance(Duration.ofMinutes(2));
        assertThat(reviews.summary(UTC).dueNow()).isEqualTo(asked);
    }

    @Test
    void a_review_is_graded_scheduled_and_logged_in_one_call_and_a_failure_in_scheduling_stores_none_of_it() {
        String email = learners.newLearner("Ravi Rollback");
        learners.completeLessons(email, "graphs");
        int asked = takeQuiz("graphs-quiz", true);
        awaitCards(email, asked);
        long id = learners.id(email);
        clock.advance(Duration.ofDays(1));
        long questionId = reviews.session(10, UTC).getFirst();
        var shown = quizzes.reviewQuestion(questionId).options().stream()
                .map(c -> c.id())
                .toList();
        String cardBefore = card(id, questionId);
        int logBefore = logRows(id);

        // the last write of a review (the skill's mastery) fails for this learner only
        jdbc.sql("""
                create function fail_mastery_for_test() returns trigger language plpgsql as $$
                begin
                    if new.learner_id = %d then raise exception 'mastery write failed on purpose'; end if;
                    return new;
                end $$""".formatted(id)).update();
        jdbc.sql("""
                create trigger fail_mastery_for_test before insert or update on skill_mastery
                for each row execute function fail_mastery_for_test()""").update();
        try {
            assertThatThrownBy(() -> reviews.review(questionId, shown, Answer.none()))
                    .hasMessageContaining("mastery write failed on purpose");
        } finally {
            jdbc.sql("drop trigger fail_mastery_for_test on skill_mastery").update();
            jdbc.sql("drop function fail_mastery_for_test()").update();
        }
        assertThat(card(id, questionId)).as("the card's schedule").isEqualTo(cardBefore);
        assertThat(logRows(id)).as("the review log").isEqualTo(logBefore);

        var reviewed = reviews.review(questionId, shown, Answer.none());
        assertThat(reviewed.right()).isFalse();
        assertThat(reviewed.result().score()).isZero();
        assertThat(reviewed.outcome().nextDue()).isBefore(clock.instant().plus(Duration.ofHours(1)));
        assertThat(card(id, questionId)).isNotEqualTo(cardBefore);
        assertThat(logRows(id)).isEqualTo(logBefore + 1);
    }

    private String card(long learner, long questionId) {
        return jdbc.sql("select state || ' ' || due || ' ' || coalesce(last_review::text, '-') from review_card"
                        + " where learner_id = ? and question_id = ?")
                .params(learner, questionId)
                .query(String.class)
                .single();
    }

    private int logRows(long learner) {
        return jdbc.sql("select count(*) from review_log where learner_id = ?")
                .param(learner)
                .query(Integer.class)
                .single();
    }

    /** Takes the quiz and returns how many questions the attempt asked (each becomes a review card). */
    private int takeQuiz(String slug, boolean right) {
        var attempt = quizzes.startOrResume(slug);
        // wrong answers, not blank ones: a blank attempt cannot be submitted
        Map<Long, Answer> answers = new LinkedHashMap<>(learners.wrongAnswers(attempt));
        if (right) {
            answers.putAll(learners.correctAnswers(attempt));
        }
        quizzes.submit(attempt.attemptId(), answers);
        return attempt.questions().size();
    }

    private void awaitCards(String email, int count) {
        long id = learners.id(email);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from review_card where learner_id = ?")
                                .param(id)
                                .query(Integer.class)
                                .single()
                        == count);
    }
}
