package dev.tensortrail.curriculum;

/**
 * Whether the signed-in instructor may read a learner's progress. The classroom module decides
 * (they teach a class the learner is in; an admin sees everyone); the curriculum only asks, so
 * it depends on no class.
 */
public interface LearnerVisibility {

    boolean maySee(long learnerId);
}
