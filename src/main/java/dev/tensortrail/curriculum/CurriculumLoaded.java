package dev.tensortrail.curriculum;

import java.util.List;

/**
 * Published (synchronously, inside the load's transaction) after the lessons are loaded, so
 * that content which refers to lessons (quizzes) is validated and loaded in the same
 * transaction: a broken quiz file rolls the whole load back.
 */
public record CurriculumLoaded(String location, List<LessonContent> lessons) {}
