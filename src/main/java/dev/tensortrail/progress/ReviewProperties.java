package dev.tensortrail.progress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Spaced review ({@code tensortrail.review.*}): the recall probability FSRS schedules for
 * ({@code desired-retention}, 0.7 to 0.97) and how many review cards a learner gets per day
 * ({@code daily-cap}).
 */
@ConfigurationProperties("tensortrail.review")
record ReviewProperties(
        @DefaultValue("0.9") double desiredRetention,
        @DefaultValue("20") int dailyCap) {

    ReviewProperties {
        if (desiredRetention < 0.7 || desiredRetention > 0.97) {
            throw new IllegalArgumentException(
                    "tensortrail.review.desired-retention must be between 0.7 and 0.97, not " + desiredRetention);
        }
        if (dailyCap < 1) {
            throw new IllegalArgumentException("tensortrail.review.daily-cap must be at least 1, not " + dailyCap);
        }
    }
}
