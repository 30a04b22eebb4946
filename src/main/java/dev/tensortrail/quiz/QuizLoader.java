package dev.tensortrail.quiz;

import dev.tensortrail.curriculum.CurriculumLoaded;
import dev.tensortrail.curriculum.LessonContent;
import dev.tensortrail.curriculum.content.ContentProblem;
import dev.tensortrail.curriculum.content.ContentValidationException;
import dev.tensortrail.quiz.content.QuizReader;
import dev.tensortrail.quiz.content.QuizSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the quiz files right after the lessons, in the same transaction (so a broken quiz
 * file rolls back the whole content load and stops start-up), by slug / question id and hash.
 */
@Component
class QuizLoader {

    private static final Logger log = LoggerFactory.getLogger(QuizLoader.class);

    private final QuizReader reader;
    private final QuizRepository quizzes;
    private final QuestionRepository questions;
    private final Clock clock;
    private final QuizChanges changeNotes;
    private final ApplicationEventPublisher events;

    QuizLoader(
            QuizReader reader,
            QuizRepository quizzes,
            QuestionRepository questions,
            Clock clock,
            QuizChanges changeNotes,
            ApplicationEventPublisher events) {
        this.changeNotes = changeNotes;
        this.events = events;
        this.reader = reader;
        this.quizzes = quizzes;
        this.questions = questions;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onCurriculumLoaded(CurriculumLoaded event) {
        load(event.location(), event.lessons());
    }

    void load(String location, List<LessonContent> lessons) {
        List<QuizSource> sources = reader.read(location, lessons);
        refuseReusedIds(sources);
        Instant now = clock.instant();
        int changed = 0;
        int questionCount = 0;
        Set<String> quizSlugs = new HashSet<>();
        Set<String> questionKeys = new HashSet<>();
        List<Long> revised = new ArrayList<>();
        for (QuizSource source : sources) {
            quizSlugs.add(source.slug());
            Quiz quiz = quizzes.findBySlug(source.slug()).orElse(null);
            if (quiz == null) {
                quiz = quizzes.save(new Quiz(source, now));
                changeNotes.sync(quiz.id(), source.changes(), true, now);
                changed++;
            } else if (quiz.apply(source, now)) {
                changeNotes.sync(quiz.id(), source.changes(), false, now);
                changed++;
            }
            int position = 1;
            for (QuizSource.QuestionSource q : source.questions()) {
                questionKeys.add(q.key());
                questionCount++;
                long quizId = quiz.id();
                int at = position++;
                var existing = questions.findBySlug(q.key());
                if (existing.isEmpty()) {
                    questions.save(new Question(q, quizId, at, now));
                } else {
                    String before = existing.get().answerHash();
                    existing.get().apply(q, quizId, at, now);
                    if (!before.isEmpty() && !before.equals(q.answerHash())) {
                        revised.add(existing.get().id());
                    }
                }
            }
        }
        for (Quiz quiz : quizzes.findAll()) {
            if (!quizSlugs.contains(quiz.slug())) {
                quiz.retire(now);
            }
        }
        for (Question question : questions.findAll()) {
            if (!questionKeys.contains(question.contentKey())) {
                question.retire(now);
            }
        }
        if (!revised.isEmpty()) {
            events.publishEvent(new QuestionsRevised(List.copyOf(revised), now));
        }
        log.info(
                "Quizzes loaded from {}: {} quizzes ({} new or changed), {} questions",
                location,
                sources.size(),
                changed,
                questionCount);
    }

    /** A question id is never reused for a different question: its history would be about another one. */
    private void refuseReusedIds(List<QuizSource> sources) {
        List<ContentProblem> problems = new ArrayList<>();
        for (QuizSource source : sources) {
            for (QuizSource.QuestionSource q : source.questions()) {
                questions
                        .findBySlug(q.key())
                        .filter(old -> !old.sameQuestionAs(q))
                        .ifPresent(old -> problems.add(new ContentProblem(
                                source.file(),
                                "line " + q.line() + ": question '" + q.key()
                                        + "' reuses the id of a different question (was a "
                                        + old.type().word()
                                        + " question"
                                        + (old.type() == q.type() ? " with none of these option texts" : "")
                                        + "); give a new question a new id")));
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
    }
}
