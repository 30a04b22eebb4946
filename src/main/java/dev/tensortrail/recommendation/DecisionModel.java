package dev.tensortrail.recommendation;

import dev.tensortrail.progress.MasteryLevel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a learner's answers into an explained framework suggestion.
 *
 * <p>The steps, in order:
 *
 * <ol>
 *   <li><b>Hard constraints.</b> "Must keep a TFX pipeline" gives TensorFlow and "must use
 *       Transformers v5" gives PyTorch, whatever the scores; both at once give
 *       {@link Outcome#CONFLICT} with the conflict explained ({@link ConstraintDecision}).
 *   <li><b>Scores.</b> For each applicable factor, {@code contribution = importance x lean}
 *       (the team factor's lean comes from the profile). Negative contributions add to the
 *       TensorFlow score, positive ones to the PyTorch score; deployment targets count as the
 *       file's {@link DeploymentCounting} says.
 *   <li><b>Outcome.</b> With {@code margin = |pytorch - tensorflow|}: "either" when
 *       {@code margin <= eitherMargin}, otherwise the side with the higher score.
 *   <li><b>Explanation.</b> A counterfactual found by re-running this model, confidence read
 *       off it ({@link Confidence}), hedge for a score-based "either" ({@link HedgeRule}), top
 *       reasons, strongest reason against, every weighed factor, and the lessons to re-read;
 *       {@link Explanation} turns these into text.
 * </ol>
 *
 * <p>Instances are immutable and thread-safe; {@link #suggest} is a pure function of its
 * arguments.
 */
final class DecisionModel {

    private final DecisionModelDefinition definition;
    private final int eitherMargin;

    /**
     * A model using the file's default either-margin.
     *
     * @param definition the factors and defaults, usually from {@link DecisionModelFile}
     * @throws IllegalArgumentException if the definition lacks a factor that a
     *     {@link HardConstraint} points to
     */
    public DecisionModel(DecisionModelDefinition definition) {
        this(definition, definition.eitherMargin());
    }

    /**
     * A model with a different either-margin, e.g. for a what-if slider or tuning experiments.
     *
     * @param definition the factors and defaults, usually from {@link DecisionModelFile}
     * @param eitherMarginOverride the threshold to use instead of the file's {@code either_margin}
     * @throws IllegalArgumentException if the margin is negative, or the definition lacks a factor
     *     that a {@link HardConstraint} points to
     */
    public DecisionModel(DecisionModelDefinition definition, int eitherMarginOverride) {
        this.definition = Objects.requireNonNull(definition, "definition");
        if (eitherMarginOverride < 0) {
            throw new IllegalArgumentException("either margin must not be negative, was " + eitherMarginOverride);
        }
        this.eitherMargin = eitherMarginOverride;
        for (HardConstraint constraint : HardConstraint.values()) {
            // Checked here so a renamed factor fails at startup, not in a learner's session.
            if (definition.factor(constraint.factorId()).isEmpty()) {
                throw new IllegalArgumentException("decision model " + definition.version() + " has no factor '"
                        + constraint.factorId() + "', which hard constraint " + constraint + " refers to");
            }
        }
    }

    /** The model built from the bundled {@value DecisionModelFile#BUNDLED_RESOURCE}. */
    public static DecisionModel bundled() {
        return new DecisionModel(DecisionModelFile.loadBundled());
    }

    /** The data this model was built from. */
    public DecisionModelDefinition definition() {
        return definition;
    }

    /** The either-margin in force (the file default unless overridden). */
    public int eitherMargin() {
        return eitherMargin;
    }

    /**
     * Suggests a framework.
     *
     * @param profile which factors apply, the team's framework and hard constraints
     * @param importances how much each factor matters (missing factors count as 0; entries for
     *     factors that do not apply are ignored)
     * @param mastery the learner's mastery per skill slug; missing skills count as
     *     {@link MasteryLevel#NOT_STARTED}
     * @throws IllegalArgumentException if the profile or importances name a factor this model
     *     does not have
     */
    public Suggestion suggest(Profile profile, Importances importances, Map<String, MasteryLevel> mastery) {
        Objects.requireNonNull(mastery, "mastery");
        requireKnownFactors(profile, importances);
        Tally tally = Tally.of(definition, profile, importances);
        ConstraintDecision constraint = ConstraintRule.decide(profile);
        Outcome scoresAlone = tally.outcome(eitherMargin);
        Outcome outcome = constraint != null ? constraint.outcome() : scoresAlone;
        // Under a hard constraint no change of importance changes the outcome: the constraint
        // is the only lever, and the explanation says so.
        Counterfactual counterfactual = constraint != null
                ? null
                : CounterfactualSearch.find(tally, importances, outcome, changed -> outcome(profile, changed));
        Confidence confidence = constraint == null
                ? Confidence.ofScores(tally, outcome, counterfactual)
                : constraint.conflicting() ? Confidence.CONFLICTING_CONSTRAINTS : Confidence.DECIDED_BY_CONSTRAINT;
        // A conflict between hard constraints cannot be hedged away, so only a score-based
        // "either" gets a hedge.
        Hedge hedge = constraint == null && outcome == Outcome.EITHER ? HedgeRule.choose(tally) : null;
        // Under a constraint the scores are context, so both sides' largest are shown.
        List<Reason> reasonsFor = ReasonRanking.topFor(tally, constraint != null ? Outcome.CONFLICT : outcome);
        return new Suggestion(
                outcome,
                scoresAlone,
                tally.tensorflowScore(),
                tally.pytorchScore(),
                tally.margin(),
                eitherMargin,
                confidence,
                profile.teamFramework(),
                constraint,
                hedge,
                hedge == null ? null : hedge.advice(),
                HedgeRule.factorAdvice(tally),
                reasonsFor,
                constraint != null ? null : ReasonRanking.strongestAgainst(tally, outcome),
                tally.contributions().stream().map(Contribution::toReason).toList(),
                counterfactual,
                rereads(constraint, reasonsFor, mastery),
                definition.version());
    }

    /** The outcome alone: the same path {@link #suggest} takes, re-run by the counterfactual search. */
    Outcome outcome(Profile profile, Importances importances) {
        ConstraintDecision constraint = ConstraintRule.decide(profile);
        if (constraint != null) {
            return constraint.outcome();
        }
        return Tally.of(definition, profile, importances).outcome(eitherMargin);
    }

    private List<Reread> rereads(
            @Nullable ConstraintDecision constraint, List<Reason> reasonsFor, Map<String, MasteryLevel> mastery) {
        // The deciding factors: a deciding constraint's factor first (it settled the answer),
        // then the top reasons.
        Set<String> deciding = new LinkedHashSet<>();
        if (constraint != null) {
            constraint.constraints().stream().sorted().forEach(c -> deciding.add(c.factorId()));
        }
        reasonsFor.forEach(r -> deciding.add(r.factorId()));
        List<Reread> rereads = new ArrayList<>();
        Set<String> lessons = new HashSet<>();
        for (String id : deciding) {
            Factor factor = definition.factor(id).orElseThrow();
            if (!lessons.add(factor.lesson())) {
                // Two deciding factors taught by one lesson: one line is enough.
                continue;
            }
            MasteryLevel recorded = mastery.get(factor.skill());
            MasteryLevel level = recorded == null ? MasteryLevel.NOT_STARTED : recorded;
            if (!level.atLeast(MasteryLevel.PROFICIENT)) {
                rereads.add(new Reread(id, factor.skill(), level, factor.lesson()));
            }
        }
        return rereads;
    }

    private void requireKnownFactors(Profile profile, Importances importances) {
        for (String id : profile.applicableFactorIds()) {
            requireKnown(id, "the profile");
        }
        for (String id : importances.byFactorId().keySet()) {
            requireKnown(id, "the importances");
        }
    }

    private void requireKnown(String id, String where) {
        if (definition.factor(id).isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown factor '" + id + "' in " + where + " (decision model " + definition.version() + ")");
        }
    }
}
