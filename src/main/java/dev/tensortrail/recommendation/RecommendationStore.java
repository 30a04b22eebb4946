package dev.tensortrail.recommendation;

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
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** SQL for questionnaire answers and saved suggestions. */
@Repository
class RecommendationStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    RecommendationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Recommendations.Answers> answers(long learner) {
        return jdbc.sql("""
                        select applicable, team_framework, keep_tfx, need_transformers_v5, importances
                        from learner_profile where learner_id = ?""").param(learner).query((rs, n) -> answersFrom(rs)).optional();
    }

    void saveAnswers(long learner, Recommendations.Answers answers, Instant now) {
        var p = answers.profile();
        jdbc.sql("""
                        insert into learner_profile (learner_id, applicable, team_framework, keep_tfx,
                                                     need_transformers_v5, importances, updated_at)
                        values (?, ?, ?, ?, ?, ?::jsonb, ?)
                        on conflict (learner_id) do update set applicable = excluded.applicable,
                            team_framework = excluded.team_framework, keep_tfx = excluded.keep_tfx,
                            need_transformers_v5 = excluded.need_transformers_v5,
                            importances = excluded.importances, updated_at = excluded.updated_at""")
                .params(
                        learner,
                        p.applicableFactorIds().toArray(String[]::new),
                        p.teamFramework().name(),
                        p.mustKeepTfxPipeline(),
                        p.mustUseTransformersV5(),
                        encode(answers.importances()),
                        Timestamp.from(now))
                .update();
    }

    Recommendations.Saved saveSuggestion(
            long learner, String version, Recommendations.Answers answers, Suggestion suggestion, Instant now) {
        var p = answers.profile();
        long id = jdbc.sql("""
                        insert into saved_suggestion (learner_id, model_version, created_at, applicable, team_framework,
                            keep_tfx, need_transformers_v5, importances, outcome, tensorflow_score, pytorch_score,
                            margin, confidence)
                        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) returning id""")
                .params(
                        learner,
                        version,
                        Timestamp.from(now),
                        p.applicableFactorIds().toArray(String[]::new),
                        p.teamFramework().name(),
                        p.mustKeepTfxPipeline(),
                        p.mustUseTransformersV5(),
                        encode(answers.importances()),
                        suggestion.outcome().name(),
                        suggestion.tensorflowScore(),
                        suggestion.pytorchScore(),
                        suggestion.margin(),
                        suggestion.confidence().name())
                .query(Long.class)
                .single();
        return new Recommendations.Saved(
                id,
                now,
                version,
                answers,
                suggestion.outcome(),
                suggestion.tensorflowScore(),
                suggestion.pytorchScore(),
                suggestion.margin(),
                suggestion.confidence());
    }

    List<Recommendations.Saved> history(long learner) {
        return jdbc.sql("""
                        select applicable, team_framework, keep_tfx, need_transformers_v5, importances, id, created_at,
                               model_version, outcome, tensorflow_score, pytorch_score, margin, confidence
                        from saved_suggestion where learner_id = ? order by created_at desc, id desc""")
                .param(learner)
                .query((rs, n) -> new Recommendations.Saved(
                        rs.getLong(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getString(8),
                        answersFrom(rs),
                        Outcome.valueOf(rs.getString(9)),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getInt(12),
                        Confidence.valueOf(rs.getString(13))))
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
            throw new IllegalStateException(
                    "stored team framework '" + team + "' is not one of "
                            + java.util.Arrays.toString(TeamFramework.values()),
                    e);
        }
        var profile = new Profile(applicable, teamFramework, rs.getBoolean(3), rs.getBoolean(4));
        return new Recommendations.Answers(profile, decode(rs.getString(5)));
    }

    /** Importances as stored: a jsonb object, {@code {"factor": 0..5}}, in factor order. */
    static String encode(Importances importances) {
        ObjectNode node = JSON.createObjectNode();
        new TreeMap<>(importances.byFactorId()).forEach(node::put);
        return JSON.writeValueAsString(node);
    }

    /**
     * Reads stored importances. Whole numbers are clamped to 0..5 at both ends; anything else
     * is an {@link IllegalStateException} that quotes the stored JSON, instead of a bare
     * parse error.
     */
    static Importances decode(@Nullable String json) {
        Map<String, Integer> map = new LinkedHashMap<>();
        if (json != null) {
            JsonNode node;
            try {
                node = JSON.readTree(json);
            } catch (JacksonException e) {
                throw new IllegalStateException("stored importances are not JSON: '" + json + "'", e);
            }
            if (!node.isObject()) {
                throw new IllegalStateException(
                        "stored importances are not an object {\"factor\": 0..5}: '" + json + "'");
            }
            for (var entry : node.properties()) {
                JsonNode value = entry.getValue();
                try {
                    if (!value.isIntegralNumber()) {
                        throw new IllegalArgumentException("an importance must be a whole number, was " + value);
                    }
                    map.put(entry.getKey(), Importances.parseClamped(value.toString()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(
                            "stored importances '" + json + "': factor '" + entry.getKey() + "': " + e.getMessage(), e);
                }
            }
        }
        return Importances.of(map);
    }
}
