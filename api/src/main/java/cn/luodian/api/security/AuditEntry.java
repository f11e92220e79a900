package cn.luodian.api.security;

import java.time.Instant;

/** One row of the audit log: who did what to which entity, when, with the details as JSON text. */
public record AuditEntry(long id, Instant at, String actor, String action, String entityType, String entityId,
                         String detailJson) {
}
