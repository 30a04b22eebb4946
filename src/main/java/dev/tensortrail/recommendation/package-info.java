/**
 * The pure decision model behind TensorTrail's personal framework suggestion.
 *
 * <p>Factors, their leans and evidence are data ({@code curriculum/decision-model.yml}, read by
 * {@link dev.tensortrail.recommendation.DecisionModelFile}); a learner's answers are a
 * {@link dev.tensortrail.recommendation.Profile} plus
 * {@link dev.tensortrail.recommendation.Importances}; and
 * {@link dev.tensortrail.recommendation.DecisionModel#suggest} turns them into an explained
 * {@link dev.tensortrail.recommendation.Suggestion}. The model is deterministic and free of
 * I/O, so the same answers always give the same suggestion and it can be tested exhaustively.
 *
 * <p>Around it, {@link dev.tensortrail.recommendation.Recommendations} is the learner-facing
 * service (answers, suggestion with the learner's mastery, what-if, history), saving through the
 * package-private {@code RecommendationStore}; {@code DecisionModelRegistry} keeps every version of
 * the model file in PostgreSQL so that a saved suggestion can be recomputed.
 */
@NullMarked
package dev.tensortrail.recommendation;

import org.jspecify.annotations.NullMarked;
