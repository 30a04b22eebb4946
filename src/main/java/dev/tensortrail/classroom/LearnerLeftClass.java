package dev.tensortrail.classroom;

import java.time.Instant;

/** A learner left a class (published once: leaving a class one is not in publishes nothing). */
public record LearnerLeftClass(long classId, long learnerId, Instant at) {}
