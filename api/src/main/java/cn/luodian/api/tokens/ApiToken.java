package cn.luodian.api.tokens;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of {@code api_token}: never the token itself, only what identifies and limits it.
 * {@code lastUsedAt} is written at most once a minute per token; {@code revokedAt} null while it stands.
 */
public record ApiToken(long id, String username, String name, TokenScope scope, String prefix, String createdBy,
                       Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    public ApiToken {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** active, expired or revoked at {@code now}. */
    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresAt.isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
    }

    public enum Status {
        ACTIVE("有效"), EXPIRED("已过期"), REVOKED("已撤销");

        private final String chineseName;

        Status(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }
}
