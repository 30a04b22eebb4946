package dev.tensortrail.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in account on every request: when it is gone (deleted) or its session stamp
 * moved on (role or password changed, on whichever node), the session ends at once and the request
 * goes on as an anonymous one. Invalidating the HTTP session closes the Vaadin session kept in it,
 * so an open page loses its access too. One primary-key read per request, and it works across app
 * nodes because the stamp lives in PostgreSQL.
 *
 * <p>It reads the sign-in from the session itself, before Spring Security loads it for the rest of
 * the chain, so the rest of the chain finds no session and treats the request as anonymous.
 */
final class LiveSessionFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;

    LiveSessionFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && principalIn(session) instanceof AccountPrincipal principal) {
            var stamp = jdbc.sql("select session_stamp from user_account where id = ?")
                    .param(principal.id())
                    .query(Long.class)
                    .optional();
            if (stamp.isEmpty() || stamp.get() != principal.sessionStamp()) {
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

    private static @Nullable Object principalIn(jakarta.servlet.http.HttpSession session) {
        try {
            var context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext sc && sc.getAuthentication() != null
                    ? sc.getAuthentication().getPrincipal()
                    : null;
        } catch (IllegalStateException alreadyInvalidated) {
            return null;
        }
    }
}
