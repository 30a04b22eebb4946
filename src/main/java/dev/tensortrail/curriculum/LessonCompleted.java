package dev.tensortrail.curriculum;

import java.time.Instant;
import java.util.List;

/** Published once per learner and lesson, the first time the lesson is marked complete. */
public record LessonCompleted(
        long learnerId, String lessonSlug, String moduleSlug, List<String> skills, Instant completedAt) {}
