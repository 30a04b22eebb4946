package dev.tensortrail.recommendation;

/**
 * What to use on each side for a factor that matters to the learner (usually one that leans
 * neither way, so it gives advice instead of a score).
 *
 * @param factorId the factor
 * @param title its title
 * @param importance the learner's importance for it
 * @param text the advice
 */
record FactorAdvice(String factorId, String title, int importance, String text) {}
