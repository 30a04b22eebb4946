package dev.tensortrail.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tensortrail.base.database.FreshPostgres;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration 26 on a database holding importances in the old "factor=3;other=5" text: they come
 * out as jsonb objects, read back as the application read the text (clamped to 0..5; an entry
 * that never parsed is dropped, so the factor counts as 0).
 */
class ImportancesMigrationTest {

    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    private JdbcClient jdbc;

    @BeforeEach
    void aDatabaseAtTheVersionBefore() {
        jdbc = postgres.jdbc();
        postgres.migrateToVersionBefore("26");
    }

    @Test
    void old_importances_in_profiles_and_saved_suggestions_are_converted_and_read_back_the_same() {
        long learner = learner("old@example.org");
        long other = learner("odd@example.org");
        long empty = learner("empty@example.org");
        profile(learner, "browser=4;tpus=0;team_skill=5");
        profile(other, " browser = 99999999999 ;tpus=-4;;mobile_apps=lots;broken;x=1=2;hf_or_llm_checkpoints=+03");
        profile(empty, "");
        jdbc.sql("""
                        insert into decision_model_version (version, content, content_hash, loaded_at)
                        values ('2025-12-01.1', 'x', 'h', now())""").update();
        jdbc.sql("""
                        insert into saved_suggestion (learner_id, model_version, created_at, applicable, team_framework,
                            keep_tfx, need_transformers_v5, importances, outcome, tensorflow_score, pytorch_score,
                            margin, confidence)
                        values (?, '2025-12-01.1', now(), '{browser,tpus}', 'NONE', false, false, 'browser=5;tpus=2',
                            'TENSORFLOW', 20, 10, 10, 'STRONG')""").param(learner).update();

        postgres.migrate();

        assertThat(jdbc.sql("select importances::text from learner_profile order by learner_id")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "{\"tpus\": 0, \"browser\": 4, \"team_skill\": 5}",
                        "{\"tpus\": 0, \"browser\": 5, \"hf_or_llm_checkpoints\": 3}",
                        "{}");
        var store = new RecommendationStore(jdbc);
        assertThat(store.answers(learner).orElseThrow().importances().byFactorId())
                .containsExactlyInAnyOrderEntriesOf(Map.of("browser", 4, "tpus", 0, "team_skill", 5));
        assertThat(store.answers(other).orElseThrow().importances().byFactorId())
                .containsExactlyInAnyOrderEntriesOf(Map.of("browser", 5, "tpus", 0, "hf_or_llm_checkpoints", 3));
        assertThat(store.answers(empty).orElseThrow().importances().byFactorId())
                .isEmpty();
        assertThat(store.history(learner).getFirst().answers().importances().byFactorId())
                .containsExactlyInAnyOrderEntriesOf(Map.of("browser", 5, "tpus", 2));
    }

    private long learner(String email) {
        return jdbc.sql("""
                        insert into user_account (email, display_name, password_hash, role, created_at)
                        values (?, 'Old Rows', 'x', 'LEARNER', now()) returning id""").param(email).query(Long.class).single();
    }

    private void profile(long learner, String importances) {
        jdbc.sql("""
                        insert into learner_profile (learner_id, applicable, team_framework, keep_tfx,
                            need_transformers_v5, importances, updated_at)
                        values (?, '{browser,tpus}', 'PYTORCH', false, false, ?, now())""").params(learner, importances).update();
    }
}
