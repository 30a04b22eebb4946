package dev.tensortrail.quiz;

import dev.tensortrail.account.CurrentUser;
import dev.tensortrail.account.Role;
import dev.tensortrail.curriculum.Curriculum;
import dev.tensortrail.curriculum.LearnerVisibility;
import dev.tensortrail.curriculum.ModuleProgress;
import dev.tensortrail.quiz.QuizData.AttemptResult;
import dev.tensortrail.quiz.QuizData.AttemptSummary;
import dev.tensortrail.quiz.QuizData.AttemptView;
import dev.tensortrail.quiz.QuizData.QuizInfo;
import dev.tensortrail.quiz.content.QuizPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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
    private final AttemptStore attempts;
    private final CurrentUser currentUser;
    private final Curriculum curriculum;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Random random = new SecureRandom();

    private final LearnerVisibility visibility;

    Quizzes(
            QuizRepository quizzes,
            QuestionRepository questions,
            AttemptStore attempts,
            CurrentUser currentUser,
            Curriculum curriculum,
            ApplicationEventPublisher events,
            Clock clock,
            LearnerVisibility visibility) {
        this.visibility = visibility;
        this.quizzes = quizzes;
        this.questions = questions;
        this.attempts = attempts;
        this.currentUser = currentUser;
        this.curriculum = curriculum;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<QuizInfo> info(String quizSlug) {
        long learner = currentUser.requireId();
        return quizzes.findBySlug(quizSlug).filter(q -> !q.retired()).map(quiz -> {
            List<AttemptSummary> history = attempts.history(learner, quiz.id());
            Double best = history.stream()
                    .map(AttemptSummary::score)
                    .max(Double::compare)
                    .orElse(null);
            int bank = questions
                    .findByQuizIdAndRetiredAtIsNullOrderByPositionAsc(quiz.id())
                    .size();
            Integer draw = quiz.policy().draw();
            int count = draw == null ? bank : Math.min(draw, bank);
            return new QuizInfo(
                    quiz.slug(),
                    quiz.title(),
                    quiz.moduleSlug(),
                    quiz.passPercent(),
                    count,
                    quiz.asOf(),
                    available(quiz),
                    best,
                    history.stream().anyMatch(AttemptSummary::passed),
                    history);
        });
    }

    /** The attempt in progress, if any: a reload or a second tab continues it. */
    @Transactional(readOnly = true)
    public Optional<AttemptView> openAttempt(String quizSlug) {
        long learner = currentUser.requireId();
        return quizzes.findBySlug(quizSlug)
                .filter(q -> !q.retired())
                .flatMap(quiz -> attempts.openAttempt(learner, quiz.id()))
                .map(id -> view(id));
    }

    /** The open attempt of this quiz, or a new one with freshly shuffled questions and options. */
    @Transactional
    public AttemptView startOrResume(String quizSlug) {
        long learner = currentUser.requireId();
        Quiz quiz = quizzes.findBySlug(quizSlug)
                .filter(q -> !q.retired())
                .orElseThrow(() -> new QuizException("quiz.error.not-found", quizSlug));
        if (!available(quiz)) {
            throw new QuizException("quiz.error.locked", quizSlug);
        }
        Optional<Long> open = attempts.openAttempt(learner, quiz.id());
        if (open.isPresent()) {
            return view(open.get());
        }
        // another sign-in may be starting this quiz right now: the insert then waits for it and
        // yields, and both continue the attempt it made (a caught constraint violation would
        // leave this transaction aborted, SQL state 25P02)
        long id = createAttempt(learner, quiz)
                .or(() -> attempts.openAttempt(learner, quiz.id()))
                .orElseThrow();
        return view(id);
    }

    /** Keeps an answer while the learner works; a reload or a second tab sees it. */
    @Transactional
    public void saveAnswer(long attemptId, long questionId, Answer answer) {
        long learner = currentUser.requireId();
        Question question = questionOf(ownOpenAttempt(attemptId, learner), questionId);
        Grader.check(question.type(), keys(question), answer);
        attempts.saveAnswer(attemptId, questionId, answer);
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
        // six statements whatever the number of questions (SqlPerSubmissionTest): the attempt with its
        // items, the questions with their options, the quiz, the graded answers, the grading (which
        // also reads the earlier attempts), and the event publication
        long learner = currentUser.requireId();
        AttemptStore.WithItems open = ownOpenAttempt(attemptId, learner);
        AttemptStore.Attempt attempt = open.attempt();
        List<AttemptStore.Item> items = open.items();
        var drawn = new java.util.HashSet<>(
                items.stream().map(AttemptStore.Item::questionId).toList());
        for (Long questionId : answers.keySet()) {
            if (!drawn.contains(questionId)) {
                // a question of another attempt, or of none: nothing is recorded
                throw new QuizException(
                        "quiz.error.unknown-question",
                        "question " + questionId + " was not drawn" + " for attempt " + attemptId);
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
        List<AttemptStore.GradedAnswer> graded = new ArrayList<>();
        List<AttemptStore.Item> gradedItems = new ArrayList<>();
        double total = 0;
        for (AttemptStore.Item item : items) {
            Question question = byId.get(item.questionId());
            if (question == null || question.retired()) {
                throw new QuizException("quiz.error.question-retired", "question " + item.questionId());
            }
            Answer answer = answers.get(item.questionId());
            double score = Grader.score(question.type(), keys(question), answer);
            total += score;
            skillScores
                    .computeIfAbsent(question.skill(), s -> new ArrayList<>())
                    .add(score);
            outcomes.add(new QuizAttemptGraded.QuestionOutcome(question.id(), question.skill(), score));
            graded.add(new AttemptStore.GradedAnswer(item.questionId(), answer, score));
            gradedItems.add(
                    new AttemptStore.Item(item.position(), item.questionId(), item.optionOrder(), answer, score));
        }
        attempts.saveGradedAnswers(attemptId, graded);
        double score = items.isEmpty() ? 0 : total / items.size();
        boolean passed = quiz.passMark().passedBy(score);
        Instant now = clock.instant();
        AttemptStore.Graded outcome = attempts.grade(attempt, now, score, passed);
        if (!outcome.graded()) {
            // another request graded it first: roll this one back entirely
            throw new QuizException("quiz.error.already-graded", "attempt " + attemptId);
        }
        boolean first = outcome.gradedBefore() == 0;
        Map<String, Double> perSkill = new LinkedHashMap<>();
        skillScores.forEach((skill, scores) -> perSkill.put(
                skill,
                scores.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        events.publishEvent(new QuizAttemptGraded(
                learner,
                attemptId,
                quiz.id(),
                quiz.slug(),
                quiz.title(),
                quiz.moduleSlug(),
                quiz.passPercent(),
                score,
                passed,
                first,
                perSkill,
                outcomes,
                attempt.startedAt(),
                now));
        // the result from what is in hand, not read back
        return present(
                attemptId, quiz, score, passed, now, gradedItems, byId, review(quiz, outcome.passedBefore() || passed));
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
    public QuizData.QuestionView reviewQuestion(long questionId) {
        Question question = reviewable(questionId, currentUser.requireId());
        List<Long> order = new ArrayList<>(
                question.options().stream().map(QuestionOption::id).toList());
        if (question.type() != QuestionType.TRUE_FALSE) {
            Collections.shuffle(order, random);
        }
        return QuizPresenter.question(question, 1, order, Answer.none());
    }

    /** Grades a review answer (nothing is stored here: the progress module schedules the card). */
    @Transactional(readOnly = true)
    public QuizData.QuestionResult checkReview(long questionId, List<Long> shownOrder, Answer answer) {
        long learner = currentUser.requireId();
        Question question = reviewable(questionId, learner);
        double score = Grader.score(question.type(), keys(question), answer);
        Quiz quiz = quizzes.findById(question.quizId()).orElseThrow();
        // a review card must not be a way round the quiz's review policy
        return QuizPresenter.result(
                question, 1, shownOrder, answer, score, review(quiz, attempts.passedEver(learner, quiz.id())));
    }

    private Question reviewable(long questionId, long learner) {
        boolean seen = attempts.seenInGradedAttempt(learner, questionId);
        Question question = seen
                ? questions.findByIdIn(List.of(questionId)).stream().findFirst().orElse(null)
                : null;
        if (question == null || question.retired()) {
            throw new QuizException("quiz.error.unknown-question", "question " + questionId);
        }
        return question;
    }

    // ---- internals

    private boolean available(Quiz quiz) {
        return curriculum.path().modules().stream()
                .filter(m -> m.slug().equals(quiz.moduleSlug()))
                .anyMatch(ModuleProgress::gateOpen);
    }

    /** A new attempt with its drawn questions, or empty when another request opened one first. */
    private Optional<Long> createAttempt(long learner, Quiz quiz) {
        List<Question> bank = questions.findByQuizIdAndRetiredAtIsNullOrderByPositionAsc(quiz.id());
        Integer size = quiz.policy().draw();
        if (size != null && size > bank.size()) {
            // the loader refuses such a file; a bank shrunk since must not start a short attempt
            throw new QuizException(
                    "quiz.error.bank-too-small", quiz.slug() + ": draw " + size + " from " + bank.size());
        }
        Optional<Long> created = attempts.create(quiz.id(), learner, clock.instant());
        if (created.isEmpty()) {
            return created;
        }
        long id = created.get();
        Map<Long, Question> byId = new HashMap<>();
        bank.forEach(q -> byId.put(q.id(), q));
        List<Long> drawn = Draw.pick(
                bank.stream().map(q -> new Draw.Candidate(q.id(), q.skill())).toList(),
                attempts.seen(learner, quiz.id()),
                quiz.policy(),
                random);
        int position = 1;
        for (Long questionId : drawn) {
            Question question = byId.get(questionId);
            List<Long> optionIds = new ArrayList<>(
                    question.options().stream().map(QuestionOption::id).toList());
            if (question.type() != QuestionType.TRUE_FALSE) {
                Collections.shuffle(optionIds, random);
            }
            attempts.addItem(id, position++, question.id(), optionIds);
        }
        return created;
    }

    private AttemptStore.WithItems ownOpenAttempt(long attemptId, long learner) {
        // someone else's attempt looks exactly like a missing one
        AttemptStore.WithItems found = attempts.withItems(attemptId)
                .filter(a -> a.attempt().learnerId() == learner)
                .orElseThrow(() -> new QuizException("quiz.error.attempt-not-found", "attempt " + attemptId));
        if (found.attempt().graded()) {
            throw new QuizException("quiz.error.already-graded", "attempt " + attemptId);
        }
        return found;
    }

    private Question questionOf(AttemptStore.WithItems attempt, long questionId) {
        boolean inAttempt = attempt.items().stream().anyMatch(i -> i.questionId() == questionId);
        Question question = inAttempt ? questions.findById(questionId).orElse(null) : null;
        if (question == null) {
            throw new QuizException("quiz.error.unknown-question", "question " + questionId);
        }
        if (question.retired()) {
            throw new QuizException("quiz.error.question-retired", "question " + questionId);
        }
        return question;
    }

    private Map<Long, Question> questionsById(List<AttemptStore.Item> items) {
        Map<Long, Question> byId = new HashMap<>();
        questions
                .findByIdIn(items.stream().map(AttemptStore.Item::questionId).toList())
                .forEach(q -> byId.put(q.id(), q));
        return byId;
    }

    private static List<Grader.Key> keys(Question question) {
        return question.options().stream()
                .map(o -> new Grader.Key(o.id(), o.correct(), o.correctPosition()))
                .toList();
    }

    private AttemptView view(long attemptId) {
        AttemptStore.WithItems found = attempts.withItems(attemptId).orElseThrow();
        Quiz quiz = quizzes.findById(found.attempt().quizId()).orElseThrow();
        List<AttemptStore.Item> items = found.items();
        Map<Long, Question> byId = questionsById(items);
        List<QuizData.QuestionView> views = new ArrayList<>();
        int number = 1;
        for (AttemptStore.Item item : items) {
            views.add(QuizPresenter.question(byId.get(item.questionId()), number++, item.optionOrder(), item.answer()));
        }
        return new AttemptView(attemptId, quiz.slug(), quiz.title(), quiz.passPercent(), List.copyOf(views));
    }

    private AttemptResult result(long attemptId, long reader) {
        boolean instructor = instructor();
        // someone else's attempt looks exactly like a missing one, except to their instructors
        AttemptStore.WithItems found = attempts.withItems(attemptId)
                .filter(a -> (a.attempt().learnerId() == reader
                                || (instructor && visibility.maySee(a.attempt().learnerId())))
                        && a.attempt().graded())
                .orElseThrow(() -> new QuizException("quiz.error.attempt-not-found", "attempt " + attemptId));
        AttemptStore.Attempt attempt = found.attempt();
        Quiz quiz = quizzes.findById(attempt.quizId()).orElseThrow();
        Set<QuizPolicy.Review> show =
                instructor ? QuizPolicy.EVERYTHING : review(quiz, attempts.passedEver(attempt.learnerId(), quiz.id()));
        return present(
                attemptId,
                quiz,
                Objects.requireNonNull(attempt.score()),
                Objects.requireNonNull(attempt.passed()),
                Objects.requireNonNull(attempt.submittedAt()),
                found.items(),
                questionsById(found.items()),
                show);
    }

    private static AttemptResult present(
            long attemptId,
            Quiz quiz,
            double score,
            boolean passed,
            Instant submittedAt,
            List<AttemptStore.Item> items,
            Map<Long, Question> byId,
            Set<QuizPolicy.Review> show) {
        List<QuizData.QuestionResult> results = new ArrayList<>();
        int number = 1;
        for (AttemptStore.Item item : items) {
            results.add(QuizPresenter.result(
                    byId.get(item.questionId()),
                    number++,
                    item.optionOrder(),
                    item.answer(),
                    item.score() == null ? 0 : item.score(),
                    show));
        }
        return new AttemptResult(
                attemptId,
                quiz.slug(),
                quiz.title(),
                quiz.moduleSlug(),
                score,
                passed,
                quiz.passPercent(),
                submittedAt,
                List.copyOf(results),
                show);
    }

    /** What a learner may see of their attempts: everything once they passed the quiz, else the not-passed set. */
    private static Set<QuizPolicy.Review> review(Quiz quiz, boolean passed) {
        return passed ? quiz.policy().passed() : quiz.policy().notPassed();
    }

    private static boolean instructor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals(Role.INSTRUCTOR.authority())
                                || a.getAuthority().equals(Role.ADMIN.authority()));
    }
}
