package dev.tensortrail.recommendation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** SQL for questionnaire answers and saved suggestions. */
@Repository
class RecommendationStore {

    private final JdbcClient jdbc;

    RecommendationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Recommendations.Answers> answers(long learner) {
        return jdbc.sql("""
                        select applicable, team_framework, keep_tfx, need_transformers_v5, importances
                        from learner_profile where learner_id = ?""")
                .param(learner).query((rs, n) -> answersFrom(rs)).optional();
    }

    void saveAnswers(long learner, Recommendations.Answers answers, Instant now) {
        var p = answers.profile();
        jdbc.sql("""
                        insert into learner_profile (learner_id, applicable, team_framework, keep_tfx,
                                                     need_transformers_v5, importances, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (learner_id) do update set applicable = excluded.applicable,
                            team_framework = excluded.team_framework, keep_tfx = excluded.keep_tfx,
                            need_transformers_v5 = excluded.need_transformers_v5,
                            importances = excluded.importances, updated_at = excluded.updated_at""")
                .params(learner, p.applicableFactorIds().toArray(String[]::new), p.teamFramework().name(),
                        p.mustKeepTfxPipeline(), p.mustUseTransformersV5(), encode(answers.importances()),
                        Timestamp.from(now))
                .update();
    }

    Recommendations.Saved saveSuggestion(long learner, String version, Recommendations.Answers answers,
            Suggestion suggestion, Instant now) {
        var p = answers.profile();
        long id = jdbc.sql("""
                        insert into saved_suggestion (learner_id, model_version, created_at, applicable, team_framework,
                            keep_tfx, need_transformers_v5, importances, outcome, tensorflow_score, pytorch_score,
                            margin, confidence)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(learner, version, Timestamp.from(now), p.applicableFactorIds().toArray(String[]::new),
                        p.teamFramework().name(), p.mustKeepTfxPipeline(), p.mustUseTransformersV5(),
                        encode(answers.importances()), suggestion.outcome().name(), suggestion.tensorflowScore(),
                        suggestion.pytorchScore(), suggestion.margin(), suggestion.confidence().name())
                .query(Long.class).single();
        return new Recommendations.Saved(id, now, version, answers, suggestion.outcome(),
                suggestion.tensorflowScore(), suggestion.pytorchScore(), suggestion.margin(), suggestion.confidence());
    }

    List<Recommendations.Saved> history(long learner) {
        return jdbc.sql("""
                        select applicable, team_framework, keep_tfx, need_transformers_v5, importances, id, created_at,
                               model_version, outcome, tensorflow_score, pytorch_score, margin, confidence
                        from saved_suggestion where learner_id = ? order by created_at desc, id desc""")
                .param(learner)
                .query((rs, n) -> new Recommendations.Saved(rs.getLong(6), rs.getTimestamp(7).toInstant(),
                        rs.getString(8), answersFrom(rs), Outcome.valueOf(rs.getString(9)), rs.getInt(10),
                        rs.getInt(11), rs.getInt(12), Confidence.valueOf(rs.getString(13))))
                .list();
    }

    private static Recommendations.Answers answersFrom(ResultSet rs) throws SQLException {
        Array array = rs.getArray(1);
        Set<String> applicable = new TreeSet<>(List.of((String[]) array.getArray()));
        String team = rs.getString(2);
        TeamFramework teamFramework;
        try {
            teamFramework = TeamFramework.valueOf(team);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("stored team framework '" + team + "' is not one of "
                    + java.util.Arrays.toString(TeamFramework.values()), e);
        }
        var profile = new Profile(applicable, teamFramework, rs.getBoolean(3), rs.getBoolean(4));
        return new Recommendations.Answers(profile, decode(rs.getString(5)));
    }

    static String encode(Importances importances) {
        var parts = new java.util.ArrayList<String>();
        new java.util.TreeMap<>(importances.byFactorId()).forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(";", parts);
    }

    /**
     * Reads importances stored as {@code id=value;id=value}. Values are clamped to 0..5 at both
     * ends; anything else that does not parse is an {@link IllegalStateException} that quotes
     * the stored text, instead of a bare NumberFormatException.
     */
    static Importances decode(String text) {
        Map<String, Integer> map = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] kv = part.split("=", -1);
                if (kv.length != 2 || kv[0].isBlank()) {
                    throw new IllegalStateException("stored importances are not in the form 'factor=0..5;...': '"
                            + text + "' (at '" + part + "')");
                }
                try {
                    map.put(kv[0].strip(), Importances.parseClamped(kv[1]));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("stored importances '" + text + "': factor '" + kv[0].strip()
                            + "': " + e.getMessage(), e);
                }
            }
        }
        return Importances.of(map);
    }
}
