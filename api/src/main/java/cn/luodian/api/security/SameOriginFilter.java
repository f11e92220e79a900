package cn.luodian.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF defence where Spring's tokens are off ({@code /api/**}, {@code /open311/**}): a request that
 * changes state (not GET, HEAD, OPTIONS, TRACE) and is signed in through the session cookie must
 * name this server's own origin in {@code Origin} (or, lacking it, {@code Referer}); another site's
 * page, a {@code null} origin or neither header is refused with 403 problem+json before the
 * controller runs, so nothing is stored. Browsers always send {@code Origin} with such requests,
 * and a page cannot forge it. Scripts signing in with HTTP Basic carry no session cookie and are
 * not affected.
 *
 * <p>The own origin is the request's scheme, host and port as the servlet sees them (the browser
 * sets {@code Host}; behind a trusted proxy the forwarded values), plus
 * {@code luodian.security.public-base-url} and {@code luodian.security.allowed-origins}.
 */
class SameOriginFilter extends OncePerRequestFilter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final RequestMatcher guarded;
    private final List<String> allowed;
    private final ProblemResponses problems;

    /** {@code allowed}: origins as {@code scheme://host[:port]}, lower case (LuodianProperties normalises them). */
    SameOriginFilter(RequestMatcher guarded, List<String> allowed, ProblemResponses problems) {
        this.guarded = guarded;
        this.allowed = allowed.stream().map(SameOriginFilter::normalise).filter(o -> o != null).toList();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod()) && bySessionCookie(request) && guarded.matches(request)
                && !isOwnOrigin(request)) {
            problems.handle(request, response, new AccessDeniedException(
                    "已拒绝来自其他网站的请求：通过浏览器登录会话修改数据的请求，必须来自本系统自己的页面"));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean bySessionCookie(HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated() && !TRUST.isAnonymous(who)
                && request.getRequestedSessionId() != null && request.isRequestedSessionIdFromCookie();
    }

    private boolean isOwnOrigin(HttpServletRequest request) {
        String claimed = request.getHeader("Origin");
        if (claimed == null) {
            claimed = request.getHeader("Referer");
        }
        String origin = normalise(claimed);
        if (origin == null) {
            return false;
        }
        String own = normalise(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort());
        return origin.equals(own) || allowed.contains(origin);
    }

    /** {@code scheme://host:port} with the default port written out, or null for anything else ("null", garbage). */
    static String normalise(String url) {
        if (url == null || url.isEmpty() || url.length() > 2048) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
