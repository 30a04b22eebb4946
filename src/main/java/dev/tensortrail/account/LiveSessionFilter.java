package dev.tensortrail.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Re-reads the signed-in account on every request: when it is gone (deleted) or its session stamp
 * moved on (role or password changed, on whichever node), the session ends at once and the request
 * goes on as an anonymous one. Invalidating the HTTP session closes the Vaadin session kept in it,
 * so an open page loses its access too. One primary-key read per request, and it works across app
 * nodes because the stamp lives in PostgreSQL.
 */
final class LiveSessionFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    LiveSessionFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            var stamp = jdbc.sql("select session_stamp from user_account where id = ?").param(principal.id())
                    .query(Long.class).optional();
            if (stamp.isEmpty() || stamp.get() != principal.sessionStamp()) {
                logout.logout(request, response, authentication);
            }
        }
        chain.doFilter(request, response);
    }
}
