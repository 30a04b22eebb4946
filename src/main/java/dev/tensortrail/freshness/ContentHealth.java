package dev.tensortrail.freshness;

import dev.tensortrail.curriculum.ContentFile;
import dev.tensortrail.curriculum.Freshness;
import dev.tensortrail.curriculum.LessonFiles;
import dev.tensortrail.quiz.QuizFiles;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every lesson and quiz with its as-of date, sources, change notes and whether it is due for a re-check. */
@Service
public class ContentHealth {

    /** One file's line on the page. */
    public record Row(ContentFile file, LocalDate dueOn, boolean overdue) {}

    private final LessonFiles lessons;
    private final QuizFiles quizzes;
    private final Freshness freshness;

    ContentHealth(LessonFiles lessons, QuizFiles quizzes, Freshness freshness) {
        this.lessons = lessons;
        this.quizzes = quizzes;
        this.freshness = freshness;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
    public List<Row> rows() {
        return rows(lessons.all(), quizzes.all(), freshness);
    }

    public Period maxAge() {
        return freshness.maxAge();
    }

    static List<Row> rows(List<ContentFile> lessons, List<ContentFile> quizzes, Freshness freshness) {
        List<Row> rows = new ArrayList<>();
        for (ContentFile file : lessons) {
            rows.add(new Row(file, freshness.dueOn(file.asOf()), freshness.overdue(file.asOf())));
        }
        for (ContentFile file : quizzes) {
            rows.add(new Row(file, freshness.dueOn(file.asOf()), freshness.overdue(file.asOf())));
        }
        return List.copyOf(rows);
    }
}
