package dev.tensortrail.quiz;

import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.account.Role;
import dev.tensortrail.quiz.content.QuizPolicy;
import dev.tensortrail.curriculum.Curriculum;
import dev.tensortrail.quiz.QuizViews.AttemptResult;
import dev.tensortrail.quiz.QuizViews.AttemptSummary;
import dev.tensortrail.quiz.QuizViews.AttemptView;
import dev.tensortrail.quiz.QuizViews.QuizInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.security.SecureRandom;

/**
 * Quizzes for the signed-in learner: start or resume an attempt, save answers as they go,
 * submit once. Grading happens here, on the server; a submission is one transaction and a
 * repeated one is refused by the attempt's version, so an attempt is graded exactly once.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Quizzes {

    private final QuizRepository quizzes;
    private final QuestionRepository questions;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Curriculum curriculum;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Random random = new SecureRandom();

    Quizzes(QuizRepository quizzes, QuestionRepository questions, JdbcClient jdbc, CurrentUser currentUser,
            Curriculum curriculum, ApplicationEventPublisher events, Clock clock) {
        this.quizzes = quizzes;
        this.questions = questions;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.curriculum = curriculum;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<QuizInfo> info(String quizSlug) {
        long learner = currentUser.requireId();
        return quizzes.findBySlug(quizSlug).filter(q -> !q.retired()).map(quiz -> {
            List<AttemptSummary> history = history(learner, quiz.id());
            Double best = history.stream().map(AttemptSummary::score).max(Double::compare).orElse(null);
            int bank = questions.findByQuizIdAndRetiredAtIsNullOrderByPositionAsc(quiz.id()).size();
            Integer draw = quiz.policy().draw();
            int count = draw == null ? bank : Math.min(draw, bank);
            return new QuizInfo(quiz.slug(), quiz.title(), quiz.moduleSlug(), quiz.passPercent(), count,
                    quiz.asOf(), available(quiz), best, history.stream().anyMatch(AttemptSummary::passed), history);
        });
    }

    /** The attempt in progress, if any: a reload or a second tab continues it. */
    @Transactional(readOnly = true)
    public Optional<AttemptView> openAttempt(String quizSlug) {
        long learner = currentUser.requireId();
        return quizzes.findBySlug(quizSlug).filter(q -> !q.retired())
                .flatMap(quiz -> openAttempt(learner, quiz.id()))
                .map(id -> view(id, learner));
    }

    /** The open attempt of this quiz, or a new one with freshly shuffled questions and options. */
    @Transactional
    public AttemptView startOrResume(String quizSlug) {
        long learner = currentUser.requireId();
        Quiz quiz = quizzes.findBySlug(quizSlug).filter(q -> !q.retired())
                .orElseThrow(() -> new QuizException("quiz.error.not-found", quizSlug));
        if (!available(quiz)) {
            throw new QuizException("quiz.error.locked", quizSlug);
        }
        Optional<Long> open = openAttempt(learner, quiz.id());
        if (open.isPresent()) {
            return view(open.get(), learner);
        }
        // another sign-in may be starting this quiz right now: the insert then waits for it and
        // yields, and both continue the attempt it made (a caught constraint violation would
        // leave this transaction aborted, SQL state 25P02)
        long id = createAttempt(learner, quiz).or(() -> openAttempt(learner, quiz.id())).orElseThrow();
        return view(id, learner);
    }

    /** Keeps an answer while the learner works; a reload or a second tab sees it. */
    @Transactional
    public void saveAnswer(long attemptId, long questionId, Answer answer) {
        long learner = currentUser.requireId();
        AttemptRow attempt = ownOpenAttempt(attemptId, learner);
        Question question = questionOf(attempt, questionId);
        Grader.check(question.type(), keys(question), answer);
        jdbc.sql("update attempt_item set answer = ? where attempt_id = ? and question_id = ?")
                .params(answer.encode(), attemptId, questionId).update();
    }

    /**
     * Grades the attempt with these answers (one per question of the attempt; an empty answer
     * scores 0). Everything or nothing is stored.
     *
     * @throws QuizException when the attempt is not the learner's, already graded, or an answer
     *         does not fit; the attempt stays as it was
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AttemptResult submit(long attemptId, Map<Long, Answer> answers) {
        long learner = currentUser.requireId();
        AttemptRow attempt = ownOpenAttempt(attemptId, learner);
        List<ItemRow> items = items(attemptId);
        var drawn = new java.util.HashSet<>(items.stream().map(ItemRow::questionId).toList());
        for (Long questionId : answers.keySet()) {
            if (!drawn.contains(questionId)) {
                // a question of another attempt, or of none: nothing is recorded
                throw new QuizException("quiz.error.unknown-question", "question " + questionId + " was not drawn"
                        + " for attempt " + attemptId);
            }
        }
        if (!answers.keySet().equals(drawn)) {
            throw new QuizException("quiz.error.answer-count", "answers must cover exactly the attempt's questions");
        }
        if (answers.values().stream().allMatch(Answer::isEmpty)) {
            // nothing to grade, and nothing to reveal
            throw new QuizException("quiz.error.blank", "attempt " + attemptId + " has no answer at all");
        }
        Map<Long, Question> byId = questionsById(items);
        Quiz quiz = quizzes.findById(attempt.quizId()).orElseThrow();
        Map<String, List<Double>> skillScores = new LinkedHashMap<>();
        List<QuizAttemptGraded.QuestionOutcome> outcomes = new ArrayList<>();
        double total = 0;
        for (ItemRow item : items) {
            Question question = byId.get(item.questionId());
            if (question == null || question.retired()) {
                throw new QuizException("quiz.error.question-retired", "question " + item.questionId());
            }
            Answer answer = answers.get(item.questionId());
            double score = Grader.score(question.type(), keys(question), answer);
            total += score;
            skillScores.computeIfAbsent(question.skill(), s -> new ArrayList<>()).add(score);
            outcomes.add(new QuizAttemptGraded.QuestionOutcome(question.id(), question.skill(), score));
            jdbc.sql("update attempt_item set answer = ?, score = ? where attempt_id = ? and question_id = ?")
                    .params(answer.encode(), decimal(score), attemptId, item.questionId()).update();
        }
        double score = items.isEmpty() ? 0 : total / items.size();
        boolean passed = score * 100 + 1e-9 >= quiz.passPercent();
        Instant now = clock.instant();
        int graded = jdbc.sql("""
                        update quiz_attempt set submitted_at = ?, score = ?, passed = ?, version = version + 1
                        where id = ? and version = ? and submitted_at is null""")
                .params(Timestamp.from(now), decimal(score), passed, attemptId, attempt.version()).update();
        if (graded != 1) {
            // another request graded it first: roll this one back entirely
            throw new QuizException("quiz.error.already-graded", "attempt " + attemptId);
        }
        boolean first = jdbc.sql("""
                        select count(*) from quiz_attempt where learner_id = ? and quiz_id = ? and submitted_at is not null""")
                .params(learner, quiz.id()).query(Long.class).single() == 1;
        Map<String, Double> perSkill = new LinkedHashMap<>();
        skillScores.forEach((skill, scores) -> perSkill.put(skill,
                scores.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        events.publishEvent(new QuizAttemptGraded(learner, attemptId, quiz.slug(), quiz.moduleSlug(), score, passed,
                first, perSkill, outcomes, now));
        return result(attemptId, learner);
    }

    /** A graded attempt of the signed-in learner, with feedback. */
    @Transactional(readOnly = true)
    public AttemptResult result(long attemptId) {
        return result(attemptId, currentUser.requireId());
    }

    /**
     * A question for spaced review, options freshly shuffled, no key. Only questions the
     * learner has already seen in a graded attempt can be reviewed.
     */
    @Transactional(readOnly = true)
    public QuizViews.QuestionView reviewQuestion(long questionId) {
        Question question = reviewable(questionId, currentUser.requireId());
        List<Long> order = new ArrayList<>(question.options().stream().map(QuestionOption::id).toList());
        if (question.type() != QuestionType.TRUE_FALSE) {
            Collections.shuffle(order, random);
        }
        return QuizPresenter.question(question, 1, order, Answer.none());
    }

    /** Grades a review answer (nothing is stored here: the progress module schedules the card). */
    @Transactional(readOnly = true)
    public QuizViews.QuestionResult checkReview(long questionId, List<Long> shownOrder, Answer answer) {
        long learner = currentUser.requireId();
        Question question = reviewable(questionId, learner);
        double score = Grader.score(question.type(), keys(question), answer);
        Quiz quiz = quizzes.findById(question.quizId()).orElseThrow();
        // a review card must not be a way round the quiz's review policy
        return QuizPresenter.result(question, 1, shownOrder, answer, score,
                review(quiz, passedEver(learner, quiz.id())));
    }

    private Question reviewable(long questionId, long learner) {
        boolean seen = jdbc.sql("""
                        select exists (select 1 from attempt_item i join quiz_attempt a on a.id = i.attempt_id
                        where a.learner_id = ? and a.submitted_at is not null and i.question_id = ?)""")
                .params(learner, questionId).query(Boolean.class).single();
        Question question = seen ? questions.findByIdIn(List.of(questionId)).stream().findFirst().orElse(null) : null;
        if (question == null || question.retired()) {
            throw new QuizException("quiz.error.unknown-question", "question " + questionId);
        }
        return question;
    }

    // ---- internals

    private boolean available(Quiz quiz) {
        return curriculum.path().modules().stream()
                .filter(m -> m.slug().equals(quiz.moduleSlug()))
                .anyMatch(m -> m.unlocked() && m.lessonsComplete());
    }

    /** A new attempt with its drawn questions, or empty when another request opened one first. */
    private Optional<Long> createAttempt(long learner, Quiz quiz) {
        List<Question> bank = questions.findByQuizIdAndRetiredAtIsNullOrderByPositionAsc(quiz.id());
        Integer size = quiz.policy().draw();
        if (size != null && size > bank.size()) {
            // the loader refuses such a file; a bank shrunk since must not start a short attempt
            throw new QuizException("quiz.error.bank-too-small", quiz.slug() + ": draw " + size + " from "
                    + bank.size());
        }
        Optional<Long> created = jdbc.sql("""
                        insert into quiz_attempt (quiz_id, learner_id, started_at) values (?, ?, ?)
                        on conflict (learner_id, quiz_id) where submitted_at is null do nothing returning id""")
                .params(quiz.id(), learner, Timestamp.from(clock.instant())).query(Long.class).optional();
        if (created.isEmpty()) {
            return created;
        }
        long id = created.get();
        Map<Long, Question> byId = new HashMap<>();
        bank.forEach(q -> byId.put(q.id(), q));
        List<Long> drawn = Draw.pick(bank.stream().map(q -> new Draw.Candidate(q.id(), q.skill())).toList(),
                seen(learner, quiz.id()), quiz.policy(), random);
        int position = 1;
        for (Long questionId : drawn) {
            Question question = byId.get(questionId);
            List<Long> optionIds = new ArrayList<>(question.options().stream().map(QuestionOption::id).toList());
            if (question.type() != QuestionType.TRUE_FALSE) {
                Collections.shuffle(optionIds, random);
            }
            jdbc.sql("insert into attempt_item (attempt_id, position, question_id, option_order) values (?, ?, ?, ?)")
                    .params(id, position++, question.id(), String.join(",", optionIds.stream().map(String::valueOf).toList()))
                    .update();
        }
        return created;
    }

    /** The questions of this quiz the learner had in graded attempts: when last, and how it went. */
    private Map<Long, Draw.Seen> seen(long learner, long quizId) {
        Map<Long, Draw.Seen> seen = new HashMap<>();
        jdbc.sql("""
                        select distinct on (i.question_id) i.question_id, a.submitted_at, i.score
                        from attempt_item i join quiz_attempt a on a.id = i.attempt_id
                        where a.learner_id = ? and a.quiz_id = ? and a.submitted_at is not null
                        order by i.question_id, a.submitted_at desc, a.id desc""")
                .params(learner, quizId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Draw.Seen(rs.getTimestamp(2).toInstant(),
                        rs.getBigDecimal(3) == null ? 0 : rs.getBigDecimal(3).doubleValue())))
                .list().forEach(e -> seen.put(e.getKey(), e.getValue()));
        return seen;
    }

    private Optional<Long> openAttempt(long learner, long quizId) {
        return jdbc.sql("select id from quiz_attempt where learner_id = ? and quiz_id = ? and submitted_at is null")
                .params(learner, quizId).query(Long.class).optional();
    }

    record AttemptRow(long id, long quizId, long learnerId, long version, boolean graded) {
    }

    record ItemRow(int position, long questionId, List<Long> optionOrder, Answer answer, Double score) {
    }

    private Optional<AttemptRow> attempt(long attemptId) {
        return jdbc.sql("select id, quiz_id, learner_id, version, submitted_at is not null from quiz_attempt where id = ?")
                .param(attemptId)
                .query((rs, n) -> new AttemptRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getBoolean(5)))
                .optional();
    }

    private AttemptRow ownOpenAttempt(long attemptId, long learner) {
        // someone else's attempt looks exactly like a missing one
        AttemptRow attempt = attempt(attemptId).filter(a -> a.learnerId() == learner)
                .orElseThrow(() -> new QuizException("quiz.error.attempt-not-found", "attempt " + attemptId));
        if (attempt.graded()) {
            throw new QuizException("quiz.error.already-graded", "attempt " + attemptId);
        }
        return attempt;
    }

    private List<ItemRow> items(long attemptId) {
        return jdbc.sql("""
                        select position, question_id, option_order, answer, score from attempt_item
                        where attempt_id = ? order by position""")
                .param(attemptId)
                .query((rs, n) -> new ItemRow(rs.getInt(1), rs.getLong(2),
                        java.util.Arrays.stream(rs.getString(3).split(",")).filter(s -> !s.isEmpty())
                                .map(Long::parseLong).toList(),
                        Answer.decode(rs.getString(4)),
                        rs.getBigDecimal(5) == null ? null : rs.getBigDecimal(5).doubleValue()))
                .list();
    }

    private Question questionOf(AttemptRow attempt, long questionId) {
        boolean inAttempt = items(attempt.id()).stream().anyMatch(i -> i.questionId() == questionId);
        Question question = inAttempt ? questions.findById(questionId).orElse(null) : null;
        if (question == null) {
            throw new QuizException("quiz.error.unknown-question", "question " + questionId);
        }
        if (question.retired()) {
            throw new QuizException("quiz.error.question-retired", "question " + questionId);
        }
        return question;
    }

    private Map<Long, Question> questionsById(List<ItemRow> items) {
        Map<Long, Question> byId = new HashMap<>();
        questions.findByIdIn(items.stream().map(ItemRow::questionId).toList()).forEach(q -> byId.put(q.id(), q));
        return byId;
    }

    private static List<Grader.Key> keys(Question question) {
        return question.options().stream()
                .map(o -> new Grader.Key(o.id(), o.correct(), o.correctPosition())).toList();
    }

    private AttemptView view(long attemptId, long learner) {
        AttemptRow attempt = attempt(attemptId).orElseThrow();
        Quiz quiz = quizzes.findById(attempt.quizId()).orElseThrow();
        List<ItemRow> items = items(attemptId);
        Map<Long, Question> byId = questionsById(items);
        List<QuizViews.QuestionView> views = new ArrayList<>();
        int number = 1;
        for (ItemRow item : items) {
            views.add(QuizPresenter.question(byId.get(item.questionId()), number++, item.optionOrder(), item.answer()));
        }
        return new AttemptView(attemptId, quiz.slug(), quiz.title(), quiz.passPercent(), List.copyOf(views));
    }

    private AttemptResult result(long attemptId, long reader) {
        boolean instructor = instructor();
        // someone else's attempt looks exactly like a missing one, except to instructors
        AttemptRow attempt = attempt(attemptId).filter(a -> (instructor || a.learnerId() == reader) && a.graded())
                .orElseThrow(() -> new QuizException("quiz.error.attempt-not-found", "attempt " + attemptId));
        Quiz quiz = quizzes.findById(attempt.quizId()).orElseThrow();
        var row = jdbc.sql("select score, passed, submitted_at from quiz_attempt where id = ?").param(attemptId)
                .query((rs, n) -> new Object[] {rs.getBigDecimal(1).doubleValue(), rs.getBoolean(2),
                        rs.getTimestamp(3).toInstant()})
                .single();
        Set<QuizPolicy.Review> show = instructor ? QuizPolicy.EVERYTHING
                : review(quiz, passedEver(attempt.learnerId(), quiz.id()));
        List<ItemRow> items = items(attemptId);
        Map<Long, Question> byId = questionsById(items);
        List<QuizViews.QuestionResult> results = new ArrayList<>();
        int number = 1;
        for (ItemRow item : items) {
            results.add(QuizPresenter.result(byId.get(item.questionId()), number++, item.optionOrder(), item.answer(),
                    item.score() == null ? 0 : item.score(), show));
        }
        return new AttemptResult(attemptId, quiz.slug(), quiz.title(), quiz.moduleSlug(), (double) row[0],
                (boolean) row[1], quiz.passPercent(), (Instant) row[2], List.copyOf(results), show);
    }

    /** What a learner may see of their attempts: everything once they passed the quiz, else the not-passed set. */
    private static Set<QuizPolicy.Review> review(Quiz quiz, boolean passed) {
        return passed ? quiz.policy().passed() : quiz.policy().notPassed();
    }

    private boolean passedEver(long learner, long quizId) {
        return jdbc.sql("""
                        select exists (select 1 from quiz_attempt where learner_id = ? and quiz_id = ?
                        and submitted_at is not null and passed)""")
                .params(learner, quizId).query(Boolean.class).single();
    }

    private static boolean instructor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.INSTRUCTOR.authority())
                        || a.getAuthority().equals(Role.ADMIN.authority()));
    }

    private List<AttemptSummary> history(long learner, long quizId) {
        return jdbc.sql("""
                        select id, submitted_at, score, passed from quiz_attempt
                        where learner_id = ? and quiz_id = ? and submitted_at is not null order by submitted_at desc""")
                .params(learner, quizId)
                .query((rs, n) -> new AttemptSummary(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getBigDecimal(3).doubleValue(), rs.getBoolean(4)))
                .list();
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
    }
}
