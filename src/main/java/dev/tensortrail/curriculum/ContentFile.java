package dev.tensortrail.curriculum;

import dev.tensortrail.curriculum.content.ChangeNote;
import java.time.LocalDate;
import java.util.List;

/** A loaded lesson or quiz file as the content-health page lists it. */
public record ContentFile(
        Kind kind,
        String file,
        String slug,
        String title,
        LocalDate asOf,
        List<LessonContent.Source> sources,
        List<ChangeNote> changes) {

    public enum Kind {
        LESSON,
        QUIZ
    }
}
