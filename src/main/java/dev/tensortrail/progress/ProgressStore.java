package dev.tensortrail.progress;

import dev.tensortrail.curriculum.LessonCompleted;
import dev.tensortrail.quiz.QuizAttemptGraded;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for mastery levels, review cards and the review log, and for what progress keeps from the
 * events it receives (completed lessons, quiz results). Progress's own tables only (DD003).
 */
@Repository
class ProgressStore {

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims a graded attempt for applying its progress; false when it was applied before. A
     * concurrent claim of the same attempt waits here until the first transaction ends.
     */
    boolean claimGradedAttempt(long attemptId, Instant gradedAt) {
        return jdbc.sql("""
                        insert into graded_attempt_applied (attempt_id, applied_at) values (?, ?)
                        on conflict (attempt_id) do nothing""").params(attemptId, Timestamp.from(gradedAt)).update() == 1;
    }

    Map<String, MasteryLevel> mastery(long learner) {
        Map<String, MasteryLevel> result = new HashMap<>();
        jdbc.sql("select skill, level from skill_mastery where learner_id = ?")
                .param(learner)
                .query((rs, n) -> Map.entry(rs.getString(1), MasteryLevel.valueOf(rs.getString(2))))
                .list()
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    void saveMastery(long learner, String skill, MasteryLevel level, Instant at) {
        jdbc.sql("""
                        insert into skill_mastery (learner_id, skill, level, updated_at) values (?, ?, ?, ?)
                        on conflict (learner_id, skill) do update set level = excluded.level, updated_at = excluded.updated_at""").params(learner, skill, level.name(), Timestamp.from(at)).update();
    }

    Optional<Fsrs.Card> card(long learner, long questionId) {
        return jdbc.sql("""
                        select state, step, stability, difficulty, due, last_review from review_card
                        where learner_id = ? and question_id = ? for update""")
                .params(learner, questionId)
                .query((rs, n) -> new Fsrs.Card(
                        Fsrs.State.valueOf(rs.getString(1)),
                        (Integer) rs.getObject(2),
                        (Double) rs.getObject(3),
                        (Double) rs.getObject(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /**
     * @param skill the question's skill as the quiz module last reported it (null: keep the card's)
     */
    void saveCard(long learner, long questionId, @Nullable String skill, Fsrs.Card card, boolean lapse) {
        jdbc.sql("""
                        insert into review_card (learner_id, question_id, state, step, stability, difficulty, due,
                                                 last_review, reps, lapses, skill)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                        on conflict (learner_id, question_id) do update set state = excluded.state,
                            skill = coalesce(excluded.skill, review_card.skill),
                            step = excluded.step, stability = excluded.stability, difficulty = excluded.difficulty,
                            due = excluded.due, last_review = excluded.last_review,
                            reps = review_card.reps + 1, lapses = review_card.lapses + excluded.lapses""")
                .params(
                        learner,
                        questionId,
                        card.state().name(),
                        card.step(),
                        card.stability(),
                        card.difficulty(),
                        Timestamp.from(card.due()),
                        card.lastReview() == null ? null : Timestamp.from(card.lastReview()),
                        lapse ? 1 : 0,
                        skill)
                .update();
    }

    void log(long learner, long questionId, String source, Fsrs.Rating rating, double score, Instant at) {
        jdbc.sql("""
                        insert into review_log (learner_id, question_id, source, rating, score, reviewed_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(learner, questionId, source, rating.name(), score, Timestamp.from(at))
                .update();
    }

    /** Cards due at {@code now}, the longest overdue first. */
    List<Long> dueQuestions(long learner, Instant now, int limit) {
        return jdbc.sql("""
                        select question_id from review_card where learner_id = ? and due <= ?
                        order by due, question_id limit ?""")
                .params(learner, Timestamp.from(now), limit)
                .query(Long.class)
                .list();
    }

    int dueCount(long learner, Instant now) {
        return jdbc.sql("select count(*) from review_card where learner_id = ? and due <= ?")
                .params(learner, Timestamp.from(now))
                .query(Integer.class)
                .single();
    }

    int reviewsSince(long learner, Instant since) {
        return jdbc.sql("""
                        select count(*) from review_log where learner_id = ? and source = 'REVIEW' and reviewed_at >= ?""")
                .params(learner, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    @Nullable
    Instant nextDue(long learner, Instant after) {
        Timestamp next = jdbc.sql("select min(due) from review_card where learner_id = ? and due > ?")
                .params(learner, Timestamp.from(after))
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return next == null ? null : next.toInstant();
    }

    /** How many different questions of the skill the learner has answered right ({@link QuizAttemptGraded.QuestionOutcome#RIGHT_SCORE}), in quizzes or reviews. */
    int distinctRight(long learner, String skill) {
        return jdbc.sql("""
                        select count(distinct l.question_id) from review_log l
                        join review_card c on c.learner_id = l.learner_id and c.question_id = l.question_id
                        where l.learner_id = ? and c.skill = ? and l.score >= ?""")
                .params(learner, skill, QuizAttemptGraded.QuestionOutcome.RIGHT_SCORE)
                .query(Integer.class)
                .single();
    }

    /** The skill of the learner's card of this question, as copied from the graded attempt that made it. */
    @Nullable
    String skillOf(long learner, long questionId) {
        return jdbc.sql("select skill from review_card where learner_id = ? and question_id = ?")
                .params(learner, questionId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Keeps a completed lesson (a second delivery of the same completion changes nothing). */
    void saveCompletedLesson(LessonCompleted event) {
        jdbc.sql("""
                        insert into completed_lesson (learner_id, lesson_slug, module_slug, reading_minutes, completed_at)
                        values (?, ?, ?, ?, ?) on conflict (learner_id, lesson_slug) do nothing""")
                .params(
                        event.learnerId(),
                        event.lessonSlug(),
                        event.moduleSlug(),
                        event.readingMinutes(),
                        Timestamp.from(event.completedAt()))
                .update();
    }

    /** Keeps a graded attempt's result (a second delivery of the same attempt changes nothing). */
    void saveQuizResult(QuizAttemptGraded event) {
        List<String> missed = event.questions().stream()
                .filter(q -> !q.right())
                .map(QuizAttemptGraded.QuestionOutcome::skill)
                .distinct()
                .sorted()
                .toList();
        Instant started = event.startedAt() == null ? event.gradedAt() : event.startedAt();
        jdbc.sql("""
                        insert into quiz_result (attempt_id, learner_id, quiz_id, quiz_slug, quiz_title, module_slug,
                                                 pass_percent, started_at, graded_at, score, passed, first_attempt,
                                                 missed_skills, question_ids, question_scores)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (attempt_id) do nothing""")
                .params(
                        event.attemptId(),
                        event.learnerId(),
                        event.quizId(),
                        event.quizSlug(),
                        event.quizTitle() == null ? event.quizSlug() : event.quizTitle(),
                        event.moduleSlug(),
                        event.passPercent(),
                        Timestamp.from(started),
                        Timestamp.from(event.gradedAt()),
                        event.score(),
                        event.passed(),
                        event.firstAttempt(),
                        missed.toArray(String[]::new),
                        event.questions().stream()
                                .map(QuizAttemptGraded.QuestionOutcome::questionId)
                                .toArray(Long[]::new),
                        event.questions().stream()
                                .map(QuizAttemptGraded.QuestionOutcome::score)
                                .toArray(Double[]::new))
                .update();
    }
}
