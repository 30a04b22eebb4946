package dev.tensortrail.recommendation;

import dev.tensortrail.curriculum.CurriculumProperties;
import dev.tensortrail.curriculum.content.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the decision model file at start-up (a broken file stops start-up with its name),
 * stores each version's text in PostgreSQL, and rebuilds older versions from there so a saved
 * suggestion can always be recomputed.
 */
@Component
class DecisionModelRegistry implements SmartInitializingSingleton {

    record Loaded(DecisionModelDefinition definition, DecisionModel model) {}

    private static final Logger log = LoggerFactory.getLogger(DecisionModelRegistry.class);

    private final JdbcClient jdbc;
    private final Loaded current;
    private final Map<String, DecisionModel> versions = new ConcurrentHashMap<>();
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String text;

    DecisionModelRegistry(
            JdbcClient jdbc, TransactionTemplate transactions, Clock clock, CurriculumProperties content) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        String file = content.file("decision-model.yml");
        String read;
        try (var in = new DefaultResourceLoader().getResource(file).getInputStream()) {
            read = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the decision model " + file, e);
        }
        this.text = read;
        var definition = DecisionModelFile.parse(text, "decision-model.yml");
        this.current = new Loaded(definition, new DecisionModel(definition));
        versions.put(definition.version(), current.model());
        log.info(
                "Decision model {} read: {} factors",
                definition.version(),
                definition.factors().size());
    }

    /** Stores this version's text once the schema is migrated (after every singleton exists). */
    @Override
    public void afterSingletonsInstantiated() {
        var definition = current.definition();
        String hash = ContentHash.of(text);
        transactions.executeWithoutResult(status -> {
            String stored = jdbc.sql("select content_hash from decision_model_version where version = ?")
                    .param(definition.version())
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (stored == null) {
                jdbc.sql(
                                "insert into decision_model_version (version, content, content_hash, loaded_at) values (?, ?, ?, ?)")
                        .params(definition.version(), text, hash, Timestamp.from(clock.instant()))
                        .update();
            } else if (!stored.equals(hash)) {
                throw new IllegalStateException("decision-model.yml changed but its model_version "
                        + definition.version() + " did not: give the edited model a new version");
            }
        });
    }

    Loaded current() {
        return current;
    }

    DecisionModel version(String version) {
        return versions.computeIfAbsent(version, v -> {
            String text = jdbc.sql("select content from decision_model_version where version = ?")
                    .param(v)
                    .query(String.class)
                    .single();
            return new DecisionModel(DecisionModelFile.parse(text, "decision model " + v));
        });
    }
}
