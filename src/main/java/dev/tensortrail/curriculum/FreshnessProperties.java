package dev.tensortrail.curriculum;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How old a file's "facts checked on" (as_of) date may get before it is due for a re-check
 * ({@code tensortrail.freshness.max-age}, e.g. {@code 6m} or {@code P180D}; default six months).
 */
@ConfigurationProperties("tensortrail.freshness")
record FreshnessProperties(@DefaultValue("6m") Period maxAge) {}
