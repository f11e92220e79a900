package cn.luodian.api.tokens;

import java.time.Instant;

/**
 * A token as the API shows it. {@code token} is the secret itself, present only in the answer that
 * issued it; lists never carry it (the server no longer knows it). {@code displayName}: the user's
 * name as people read it, in the administrators' list.
 */
public record ApiTokenJson(long id, String username, String displayName, String name, String scope, String scopeName, String prefix,
                           String status, String statusName, String createdBy, Instant createdAt, Instant expiresAt,
                           Instant lastUsedAt, Instant revokedAt, String revokedBy, String token) {

    static ApiTokenJson of(ApiToken token, Instant now) {
        return of(token, now, null, null);
    }

    static ApiTokenJson of(ApiToken token, Instant now, String secret, String displayName) {
        ApiToken.Status status = token.status(now);
        return new ApiTokenJson(token.id(), token.username(), displayName, token.name(), token.scope().id(),
                token.scope().chineseName(), token.prefix(), status.name().toLowerCase(java.util.Locale.ROOT),
                status.chineseName(), token.createdBy(), token.createdAt(), token.expiresAt(), token.lastUsedAt(),
                token.revokedAt(), token.revokedBy(), secret);
    }
}
