package dev.tensortrail.recommendation;

import dev.tensortrail.progress.MasteryLevel;

/**
 * A deciding factor the learner has not yet mastered: re-read its lesson before relying on
 * the suggestion.
 *
 * @param factorId the deciding factor
 * @param skill the skill that teaches it
 * @param mastery the learner's current mastery of that skill
 * @param lesson the slug of the lesson to re-read
 */
record Reread(String factorId, String skill, MasteryLevel mastery, String lesson) {}
