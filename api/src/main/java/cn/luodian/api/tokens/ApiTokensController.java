package cn.luodian.api.tokens;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.security.UserAccounts;
import cn.luodian.api.security.UserRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/users/me/tokens}: anyone signed in lists, issues and revokes their own tokens;
 * {@code /api/v1/tokens}: administrators list everyone's standing tokens, issue tokens for a user
 * (a service account) and revoke any ({@code SecurityConfig}). A token cannot issue tokens: a
 * leaked token must not be able to outlive its own revocation.
 */
@RestController
public class ApiTokensController {
    private final ApiTokens tokens;
    private final UserAccounts users;
    private final Clock clock;

    public ApiTokensController(ApiTokens tokens, UserAccounts users, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/api/v1/users/me/tokens")
    public Map<String, List<ApiTokenJson>> own(Actor actor) {
        return Map.of("tokens", json(tokens.listFor(actor.username())));
    }

    /** {@code {"name": "…", "scope": "read"|"write", "expiresInDays": 90}}; the answer's {@code token} is shown this once. */
    @PostMapping("/api/v1/users/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    public ApiTokenJson issueOwn(@RequestBody NewApiToken request, Actor actor) {
        refuseTokenSignIn();
        ApiTokens.Issued issued = tokens.issue(actor, actor.username(), request);
        return ApiTokenJson.of(issued.token(), clock.instant(), issued.secret(), null);
    }

    @DeleteMapping("/api/v1/users/me/tokens/{id}")
    public ApiTokenJson revokeOwn(@PathVariable long id, Actor actor) {
        return ApiTokenJson.of(tokens.revoke(actor, id, false), clock.instant());
    }

    @GetMapping("/api/v1/tokens")
    public Map<String, List<ApiTokenJson>> standing() {
        Map<String, String> names = users.listAll().stream()
                .collect(Collectors.toMap(UserRecord::username, UserRecord::displayName));
        Instant now = clock.instant();
        return Map.of("tokens", tokens.listStanding().stream()
                .map(token -> ApiTokenJson.of(token, now, null, names.get(token.username()))).toList());
    }

    /** As {@link #issueOwn}, for the user {@code username} names. */
    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    public ApiTokenJson issue(@RequestBody NewApiToken request, Actor actor) {
        refuseTokenSignIn();
        requireAdmin(actor);
        ApiTokens.Issued issued = tokens.issue(actor, request.username(), request);
        return ApiTokenJson.of(issued.token(), clock.instant(), issued.secret(), null);
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    public ApiTokenJson revoke(@PathVariable long id, Actor actor) {
        requireAdmin(actor);
        return ApiTokenJson.of(tokens.revoke(actor, id, true), clock.instant());
    }

    private List<ApiTokenJson> json(List<ApiToken> list) {
        Instant now = clock.instant();
        return list.stream().map(token -> ApiTokenJson.of(token, now)).toList();
    }

    private static void refuseTokenSignIn() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof TokenAuthentication) {
            throw new AccessDeniedException("不能用接口令牌创建令牌：请用密码登录后创建");
        }
    }

    /** SecurityConfig says so already; checked again where the power is used. */
    private static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new AccessDeniedException("只有系统管理员可以管理他人的令牌");
        }
    }
}
