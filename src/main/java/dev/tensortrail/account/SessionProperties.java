package dev.tensortrail.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a sign-in lasts at most, however active the person is. The idle timeout is the servlet
 * session's own ({@code server.servlet.session.timeout}).
 */
@ConfigurationProperties("tensortrail.session")
record SessionProperties(@DefaultValue("12h") Duration absoluteLifetime) {}
