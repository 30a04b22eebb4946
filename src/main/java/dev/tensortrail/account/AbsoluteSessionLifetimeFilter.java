package dev.tensortrail.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once it is older than the absolute lifetime (ASVS 7.3.2), however often it was
 * used; the request then goes on as an anonymous one (to the sign-in page). Invalidating the HTTP
 * session closes the Vaadin session kept in it.
 */
final class AbsoluteSessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration lifetime;
    private final Clock clock;

    AbsoluteSessionLifetimeFilter(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null) {
            long age;
            try {
                age = clock.millis() - session.getCreationTime();
            } catch (IllegalStateException alreadyInvalidated) {
                age = 0;
            }
            if (age > lifetime.toMillis()) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // another request of the same browser ended it first
                }
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
