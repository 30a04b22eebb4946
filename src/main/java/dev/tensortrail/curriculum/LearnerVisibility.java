package dev.tensortrail.curriculum;

/**
 * Whether the signed-in instructor may read a learner's progress. The classroom module decides
 * (they teach a class the learner is in; an admin sees everyone); the curriculum (a learner's
 * path and lesson updates) and the quiz module (a learner's graded attempt) only ask, so neither
 * depends on classes.
 */
public interface LearnerVisibility {

    boolean maySee(long learnerId);
}
