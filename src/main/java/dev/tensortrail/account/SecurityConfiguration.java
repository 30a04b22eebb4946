package dev.tensortrail.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({SessionProperties.class, AdminProperties.class})
class SecurityConfiguration {

    /** Argon2id at OWASP's first recommended setting: 19 MiB memory, 2 iterations, parallelism 1. */
    static final int ARGON2_MEMORY_KIB = 19_456;

    static final int ARGON2_ITERATIONS = 2;

    /**
     * As strict as Vaadin Flow allows without its production-only nonce set-up (docs/security.md):
     * Flow runs {@code executeJs} and property bindings through {@code new Function} ('unsafe-eval'),
     * the bootstrap page and the app shell's theme snippet are inline scripts, and Vaadin's components
     * and Lit set inline styles ('unsafe-inline'). Everything else is same-origin only.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()";

    static final int HSTS_MAX_AGE_SECONDS = 31_536_000;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionProperties sessions, Clock clock, JdbcClient jdbc)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // the app's own CSS/JS and WebJars (highlight.js): public, like Vaadin's bundle
                .requestMatchers("/styles/**", "/scripts/**", "/webjars/**")
                .permitAll()
                .requestMatchers(EndpointRequest.to("health", "info"))
                .permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint())
                .hasRole(Role.ADMIN.name()));
        // Written eagerly: Vaadin's pages are forwarded to its servlet, and the response a forward
        // commits never passes the lazy writer, so by default no header reached Vaadin's HTML. A
        // resource that sets its own Cache-Control (Vaadin's static bundle) replaces the default.
        // HSTS goes out on secure requests only (behind a TLS proxy: X-Forwarded-Proto, see
        // server.forward-headers-strategy).
        http.headers(headers -> headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frame -> frame.sameOrigin())
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)));
        // Both end a session before the SecurityContextHolderFilter loads the sign-in from it.
        http.addFilterBefore(
                new AbsoluteSessionLifetimeFilter(sessions.absoluteLifetime(), clock),
                SecurityContextHolderFilter.class);
        http.addFilterBefore(new LiveSessionFilter(jdbc), SecurityContextHolderFilter.class);
        // Signed-in people reach Vaadin for unknown addresses too, so they see the not-found view
        // instead of a bare 403; the views' own access annotations still decide what opens.
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView("/login", "/login")
                                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
    }
}
