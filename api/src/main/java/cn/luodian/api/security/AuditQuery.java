package cn.luodian.api.security;

import java.time.Instant;

/**
 * What an administrator asks of the audit log: by person, by entity (a case's id, a username), by
 * time (from inclusive, to exclusive); null means any. {@code limit} is 1 to {@link #MAX_LIMIT}.
 */
public record AuditQuery(String actor, String entityType, String entityId, Instant from, Instant to, int limit) {
    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("条数应为 1 到 " + MAX_LIMIT + "，实为 " + limit);
        }
    }
}
