/**
 * The pure decision model behind TensorTrail's personal framework suggestion.
 *
 * <p>Factors, their leans and evidence are data ({@code curriculum/decision-model.yml}, read by
 * {@link dev.tensortrail.recommendation.DecisionModelFile}); a learner's answers are a
 * {@link dev.tensortrail.recommendation.Profile} plus
 * {@link dev.tensortrail.recommendation.Importances}; and
 * {@link dev.tensortrail.recommendation.DecisionModel#suggest} turns them into an explained
 * {@link dev.tensortrail.recommendation.Suggestion}. Everything here is deterministic and
 * free of I/O apart from reading the bundled file, so the same answers always give the same
 * suggestion and the whole model can be tested exhaustively.
 */
@NullMarked
package dev.tensortrail.recommendation;

import org.jspecify.annotations.NullMarked;
