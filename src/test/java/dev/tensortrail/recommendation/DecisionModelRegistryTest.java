package dev.tensortrail.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tensortrail.curriculum.CurriculumProperties;
import dev.tensortrail.curriculum.content.ContentValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class DecisionModelRegistryTest {

    @TempDir
    Path content;

    @Test
    void start_up_with_a_broken_decision_model_stops_with_one_message_listing_every_problem() throws IOException {
        String shipped = Files.readString(Path.of("src/main/resources/curriculum/decision-model.yml"));
        Files.writeString(
                content.resolve("decision-model.yml"),
                shipped.replace("either_margin: 3", "either_margin: -3")
                        .replace("id: browser", "id: Browser")
                        .replaceFirst("as_of: 2026-12-01", "as_of: 2026-13-01"));

        assertThatThrownBy(() -> new DecisionModelRegistry(
                        JdbcClient.create(new JdbcTemplate()),
                        new TransactionTemplate(),
                        Clock.systemUTC(),
                        new CurriculumProperties(content.toUri().toString())))
                .isInstanceOfSatisfying(
                        ContentValidationException.class,
                        e -> assertThat(e.problems()).hasSize(3))
                .hasMessageContaining("3 problem(s)")
                .hasMessageContaining("decision-model.yml: 'either_margin' must be at least 0, not -3")
                .hasMessageContaining(
                        "decision-model.yml: line 154: factor #9: 'id' must be lower_snake_case, not 'Browser'")
                .hasMessageContaining(
                        "decision-model.yml: line 49: factor 'team_skill': 'as_of' must be an ISO date such as 2025-12-01,"
                                + " not '2026-13-01'");
    }
}
