package dev.tensortrail.recommendation;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One decision factor, as written in the decision-model file.
 *
 * @param id stable key used by the questionnaire and stored answers
 * @param title short label shown to learners
 * @param question how the questionnaire asks about the factor
 * @param lean which way and how strongly the factor leans
 * @param evidence one sentence of evidence, taught in {@code lesson}
 * @param source https URL backing the evidence
 * @param asOf when the evidence was last checked
 * @param skill the skill that teaches this factor (from the lesson front matter)
 * @param lesson the slug of the lesson that teaches this factor
 * @param hedge the hedge this factor points to when the result is "either", or null
 * @param excludedHedge a hedge that cannot serve this factor (never offered when the factor
 *     matters most), or null
 * @param deploymentTarget whether the factor is a place the model runs, counted as
 *     {@link DeploymentCounting} says
 * @param advice what to use on each side, shown whenever the factor matters to the learner, or null
 */
public record Factor(
        String id,
        String title,
        String question,
        Lean lean,
        String evidence,
        URI source,
        LocalDate asOf,
        String skill,
        String lesson,
        @Nullable Hedge hedge,
        @Nullable Hedge excludedHedge,
        boolean deploymentTarget,
        @Nullable String advice) {

    /** Rejects nulls in required components; content rules are checked by {@link DecisionModelFile}. */
    public Factor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(lean, "lean");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(lesson, "lesson");
    }
}
