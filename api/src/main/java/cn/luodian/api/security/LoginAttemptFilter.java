package cn.luodian.api.security;

import cn.luodian.api.system.TooManyRequestsException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt while its account or client address is locked ({@link LoginThrottle}),
 * before any password is checked: HTTP Basic gets 429 problem+json with {@code Retry-After}, the
 * sign-in form is sent back to {@code /login?locked=<minutes>}. Requests without credentials (a
 * session, anonymous reads) pass untouched. The client address is the servlet's remote address:
 * the socket's peer, or the forwarded client only when a trusted proxy is configured
 * ({@code server.forward-headers-strategy=native} with {@code server.tomcat.remoteip.internal-proxies}).
 */
class LoginAttemptFilter extends OncePerRequestFilter {
    private final LoginThrottle throttle;
    private final ProblemResponses problems;

    LoginAttemptFilter(LoginThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = isFormSignIn(request);
        String basic = form ? null : basicUsername(request.getHeader("Authorization"));
        if (form || basic != null) {
            String username = form ? request.getParameter("username") : basic;
            Optional<LoginThrottle.Refusal> refusal = throttle.refusal(username, request.getRemoteAddr());
            if (refusal.isPresent()) {
                if (form) {
                    response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes(refusal.get()));
                } else {
                    problems.tooManyRequests(request, response,
                            new TooManyRequestsException(refusal.get().message(), refusal.get().retryAfter()));
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isFormSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
    }

    static long minutes(LoginThrottle.Refusal refusal) {
        return Math.max(1, (refusal.retryAfter().toSeconds() + 59) / 60);
    }

    /** The name in an {@code Authorization: Basic …} header, or null (no header, another scheme, not decodable). */
    static String basicUsername(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
