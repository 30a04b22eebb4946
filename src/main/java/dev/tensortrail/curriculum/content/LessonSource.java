package dev.tensortrail.curriculum.content;

import java.time.LocalDate;
import java.util.List;

/** A lesson file, parsed, validated and rendered. */
public record LessonSource(
        String file,
        String slug,
        String title,
        String module,
        int order,
        String goal,
        int readingMinutes,
        List<String> skills,
        List<String> prerequisites,
        LocalDate asOf,
        List<String> keyPoints,
        List<Link> sources,
        String bodyHtml,
        List<Section> sections,
        List<ChangeNote> changes,
        String hash) {

    public record Link(String title, String url) {}

    /** A {@code ##} heading of the body and the anchor id the page gives it. */
    public record Section(String anchor, String title) {}
}
