package dev.tensortrail.classroom;

import java.time.Instant;

/** A learner joined a class (published once: joining a class one is already in publishes nothing). */
public record LearnerJoinedClass(long classId, long learnerId, Instant at) {}
