package cn.luodian.api.tokens;

import cn.luodian.api.security.ProblemResponses;
import cn.luodian.api.security.UserAccounts;
import cn.luodian.api.system.CredentialsRefusedException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request that carries {@code Authorization: Bearer <token>}: a token that does not
 * stand (unknown, expired, revoked, its user disabled) is a 401 problem+json at once, never an
 * anonymous request; a read-only token asking to change something is a 403. The sign-in lasts for
 * this request only: no session, no cookie.
 */
class BearerTokenFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final UserAccounts users;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, UserAccounts users, ProblemResponses problems) {
        this.tokens = tokens;
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Use> use = tokens.check(header.substring(BEARER.length()).strip());
        if (use.isEmpty()) {
            SecurityContextHolder.clearContext();
            problems.commence(request, response, new CredentialsRefusedException("接口令牌无效、已过期或已撤销"));
            return;
        }
        ApiToken token = use.get().token();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(users.principalFor(use.get().user()), token,
                use.get().user().role().name()));
        SecurityContextHolder.setContext(context);
        if (!token.scope().allows(request.getMethod())) {
            problems.handle(request, response, new AccessDeniedException("此令牌只读，不能修改数据"));
            return;
        }
        chain.doFilter(request, response);
    }
}
