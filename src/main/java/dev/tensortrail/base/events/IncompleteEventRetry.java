package dev.tensortrail.base.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Retries event publications that did not complete (a listener cut off by a database outage)
 * while the application runs, not only at the next start. Listeners must therefore be
 * idempotent: the same publication may be delivered again, also by another node.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(IncompleteEventRetry.Settings.class)
class IncompleteEventRetry {

    private static final Logger log = LoggerFactory.getLogger(IncompleteEventRetry.class);

    private final IncompleteEventPublications publications;
    private final Settings settings;

    IncompleteEventRetry(IncompleteEventPublications publications, Settings settings) {
        this.publications = publications;
        this.settings = settings;
    }

    @Scheduled(
            fixedDelayString = "${tensortrail.events.retry-interval:PT30S}",
            initialDelayString = "${tensortrail.events.retry-interval:PT30S}")
    void resubmit() {
        try {
            publications.resubmitIncompletePublicationsOlderThan(settings.retryAfter());
        } catch (RuntimeException e) {
            // the database is likely still away: try again at the next round
            log.warn("Could not resubmit incomplete event publications: {}", e.getMessage());
        }
    }

    /**
     * @param retryAfter how old an incomplete publication must be before it is delivered again
     *        (longer than a listener normally takes)
     */
    @ConfigurationProperties("tensortrail.events")
    record Settings(Duration retryAfter) {
        Settings {
            retryAfter = retryAfter == null ? Duration.ofMinutes(1) : retryAfter;
        }
    }
}
