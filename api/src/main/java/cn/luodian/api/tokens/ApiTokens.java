package cn.luodian.api.tokens;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.security.UserAccounts;
import cn.luodian.api.security.UserRecord;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issuing, listing, revoking and checking API tokens. Issuing and revoking are audited in the same
 * transaction as the write ({@code token.create}, {@code token.revoke}; the token never appears).
 */
@Service
public class ApiTokens {
    /** Standing tokens one user may have: enough for every client, few enough to keep track of. */
    static final int MAX_STANDING_PER_USER = 20;
    /** The longest list an answer carries. */
    static final int MAX_LISTED = 200;
    /** How often a token's last use is written: not on every request. */
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final ApiTokenStore store;
    private final UserAccounts users;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ConcurrentHashMap<Long, Instant> lastRecordedUse = new ConcurrentHashMap<>();

    ApiTokens(ApiTokenStore store, UserAccounts users, AuditLog audit, TransactionTemplate transactions,
              ObjectProvider<Clock> clock) {
        this.store = store;
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A new token and its secret, shown this once. */
    public record Issued(ApiToken token, String secret) {
    }

    /** A token that checked out: the user it acts as and its scope. */
    record Use(UserRecord user, ApiToken token) {
    }

    /** Issues a token for {@code username} on behalf of {@code by}: 400 for a bad field or user, 409 past the limit. */
    public Issued issue(Actor by, String username, NewApiToken request) {
        String name = request.checkedName();
        TokenScope scope = request.checkedScope();
        int days = request.checkedDays();
        UserRecord user = users.find(username == null ? "" : username.strip())
                .orElseThrow(() -> new BadRequestException("要为其创建令牌的用户不存在"));
        if (!user.enabled()) {
            throw new BadRequestException("用户 " + user.username() + " 已停用，不能为其创建令牌");
        }
        String secret = TokenSecrets.generate();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        long id = transactions.execute(status -> {
            if (store.countUsable(user.username(), now) >= MAX_STANDING_PER_USER) {
                throw new ConflictException("用户 " + user.username() + " 已有 " + MAX_STANDING_PER_USER
                        + " 个有效令牌，请先撤销不用的令牌");
            }
            long created = store.insert(user.username(), name, scope, TokenSecrets.hash(secret),
                    TokenSecrets.prefix(secret), by.username(), now, expires);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("username", user.username());
            detail.put("name", name);
            detail.put("scope", scope.id());
            detail.put("prefix", TokenSecrets.prefix(secret));
            detail.put("expiresAt", expires.toString());
            audit.record(by, "token.create", "api_token", Long.toString(created), detail);
            return created;
        });
        return new Issued(store.find(id).orElseThrow(), secret);
    }

    public List<ApiToken> listFor(String username) {
        return store.listFor(username, MAX_LISTED);
    }

    public List<ApiToken> listStanding() {
        return store.listUsable(clock.instant(), MAX_LISTED);
    }

    /**
     * Revokes token {@code id} on behalf of {@code by}; {@code anyones}: an administrator's revocation,
     * else only the caller's own tokens are found (404 for others', which are not theirs to know of).
     */
    public ApiToken revoke(Actor by, long id, boolean anyones) {
        ApiToken token = store.find(id).filter(t -> anyones || t.username().equals(by.username()))
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的令牌"));
        transactions.executeWithoutResult(status -> {
            if (store.revoke(id, by.username(), clock.instant())) {
                audit.record(by, "token.revoke", "api_token", Long.toString(id),
                        Map.of("username", token.username(), "name", token.name(), "prefix", token.prefix()));
            }
        });
        lastRecordedUse.remove(id);
        return store.find(id).orElseThrow();
    }

    /** The user and token a presented bearer token stands for; empty for anything else. */
    Optional<Use> check(String presented) {
        if (!TokenSecrets.wellFormed(presented)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = store.findUsable(TokenSecrets.hash(presented), now);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserRecord> user = users.find(token.get().username()).filter(UserRecord::enabled);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        recordUse(token.get().id(), now);
        return Optional.of(new Use(user.get(), token.get()));
    }

    private void recordUse(long id, Instant now) {
        Instant last = lastRecordedUse.get(id);
        if (last == null || !last.plus(USE_RECORDED_EVERY).isAfter(now)) {
            lastRecordedUse.put(id, now);
            store.markUsed(id, now);
        }
    }
}
