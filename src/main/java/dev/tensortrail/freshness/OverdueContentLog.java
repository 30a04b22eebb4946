package dev.tensortrail.freshness;

import dev.tensortrail.curriculum.Freshness;
import dev.tensortrail.curriculum.LessonFiles;
import dev.tensortrail.quiz.QuizFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At start-up, one log line per lesson or quiz due for a re-check: a notice, never a failure. */
@Component
class OverdueContentLog {

    private static final Logger log = LoggerFactory.getLogger(OverdueContentLog.class);

    private final LessonFiles lessons;
    private final QuizFiles quizzes;
    private final Freshness freshness;

    OverdueContentLog(LessonFiles lessons, QuizFiles quizzes, Freshness freshness) {
        this.lessons = lessons;
        this.quizzes = quizzes;
        this.freshness = freshness;
    }

    @EventListener(ApplicationReadyEvent.class)
    void logOverdue() {
        try {
            for (ContentHealth.Row row : ContentHealth.rows(lessons.all(), quizzes.all(), freshness)) {
                if (row.overdue()) {
                    log.warn(
                            "Content due for a re-check: {} (facts checked on {}, older than {})",
                            row.file().file(),
                            row.file().asOf(),
                            freshness.maxAge());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the content's as-of dates: {}", e.toString());
        }
    }
}
