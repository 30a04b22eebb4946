package dev.tensortrail.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FreshnessTest {

    private final Clock june = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_file_is_due_only_once_it_is_older_than_the_configured_age() {
        var freshness = new Freshness(new FreshnessProperties(Period.ofMonths(6)), june);
        assertThat(freshness.overdue(LocalDate.parse("2025-12-01"))).isFalse();
        assertThat(freshness.overdue(LocalDate.parse("2025-11-30"))).isTrue();
        assertThat(freshness.dueOn(LocalDate.parse("2025-12-01"))).isEqualTo("2026-06-01");
    }

    @Test
    void the_age_is_configurable() {
        var shorter = new Freshness(new FreshnessProperties(Period.ofDays(30)), june);
        assertThat(shorter.overdue(LocalDate.parse("2026-05-01"))).isTrue();
        assertThat(shorter.overdue(LocalDate.parse("2026-05-02"))).isFalse();
    }
}
