package dev.tensortrail.curriculum;

import java.time.LocalDate;
import java.util.List;

/** What a lesson says: its text (sanitised HTML), key points, skills, sources and date. */
public record LessonContent(
        String slug,
        String title,
        String moduleSlug,
        String moduleTitle,
        String goal,
        int readingMinutes,
        LocalDate asOf,
        String bodyHtml,
        List<String> keyPoints,
        List<String> skills,
        List<Source> sources,
        List<Section> sections) {

    public record Source(String title, String url) {}

    /** A {@code ##} heading and its anchor id on the lesson page (for "reread this section" links). */
    public record Section(String anchor, String title) {}
}
