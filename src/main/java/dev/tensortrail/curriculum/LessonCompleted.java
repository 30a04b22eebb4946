package dev.tensortrail.curriculum;

import java.time.Instant;
import java.util.List;

/**
 * Published once per learner and lesson, the first time the lesson is marked complete. It carries
 * what listening modules keep about the completion (the progress module's completed lessons), so
 * that they never read the curriculum's tables (DD003).
 *
 * @param readingMinutes the lesson's reading time when it was completed
 */
public record LessonCompleted(
        long learnerId,
        String lessonSlug,
        String moduleSlug,
        List<String> skills,
        int readingMinutes,
        Instant completedAt) {}
