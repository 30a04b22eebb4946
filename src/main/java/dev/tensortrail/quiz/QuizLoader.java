package dev.tensortrail.quiz;

import dev.tensortrail.curriculum.CurriculumLoaded;
import dev.tensortrail.curriculum.LessonContent;
import dev.tensortrail.quiz.content.QuizReader;
import dev.tensortrail.quiz.content.QuizSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    QuizLoader(QuizReader reader, QuizRepository quizzes, QuestionRepository questions, Clock clock) {
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
        Instant now = clock.instant();
        int changed = 0;
        int questionCount = 0;
        Set<String> quizSlugs = new HashSet<>();
        Set<String> questionKeys = new HashSet<>();
        for (QuizSource source : sources) {
            quizSlugs.add(source.slug());
            Quiz quiz = quizzes.findBySlug(source.slug()).orElse(null);
            if (quiz == null) {
                quiz = quizzes.save(new Quiz(source, now));
                changed++;
            } else if (quiz.apply(source, now)) {
                changed++;
            }
            int position = 1;
            for (QuizSource.QuestionSource q : source.questions()) {
                questionKeys.add(q.key());
                questionCount++;
                long quizId = quiz.id();
                int at = position++;
                var existing = questions.findByContentKey(q.key());
                if (existing.isEmpty()) {
                    questions.save(new Question(q, quizId, at));
                } else {
                    existing.get().apply(q, quizId, at);
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
        log.info("Quizzes loaded from {}: {} quizzes ({} new or changed), {} questions", location, sources.size(),
                changed, questionCount);
    }
}
