package dev.tensortrail.recommendation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns what the questionnaire shows (ticks, the team radio, the hard constraints, sliders)
 * into answers for the model. The one rule beyond copying: the team radio counts on its own.
 * When the team uses one framework, the team factor applies whether or not it was ticked, at
 * {@value #TEAM_DEFAULT_IMPORTANCE} until the learner says how much it matters; with "both" or
 * "neither" it does not apply, since building on what the team knows then favours neither side.
 */
public final class Questionnaire {

    /** The team factor's importance until the learner moves its slider: the middle of 1..5. */
    public static final int TEAM_DEFAULT_IMPORTANCE = 3;

    private Questionnaire() {}

    /**
     * The answers the model scores.
     *
     * @param model the decision model in force
     * @param ticked the factors ticked as applying (the team factor's tick is ignored: the radio decides)
     * @param team the team radio
     * @param keepTfx hard constraint: an existing TFX pipeline must stay
     * @param needTransformersV5 hard constraint: Transformers v5 is required
     * @param rated the importances the learner set; entries for factors that do not apply are dropped
     */
    public static Recommendations.Answers answers(
            DecisionModelDefinition model,
            Set<String> ticked,
            TeamFramework team,
            boolean keepTfx,
            boolean needTransformersV5,
            Map<String, Integer> rated) {
        Set<String> applicable = new TreeSet<>(ticked);
        Map<String, Integer> importances = new HashMap<>();
        model.teamFactor().ifPresent(factor -> {
            applicable.remove(factor.id());
            if (countsTeam(team)) {
                applicable.add(factor.id());
                importances.put(factor.id(), TEAM_DEFAULT_IMPORTANCE);
            }
        });
        rated.forEach((id, value) -> {
            if (applicable.contains(id)) {
                importances.put(id, value);
            }
        });
        return new Recommendations.Answers(
                new Profile(applicable, team, keepTfx, needTransformersV5), Importances.of(importances));
    }

    /** Whether the team radio gives the team factor a side. */
    public static boolean countsTeam(TeamFramework team) {
        return team == TeamFramework.TENSORFLOW || team == TeamFramework.PYTORCH;
    }
}
