package cn.luodian.api.clocks;

import java.time.Instant;

/**
 * A supervision record (督办): created by the clocks when a deadline passes, or by a supervisor.
 * Level 1 is the phone supervision, level 2 the escalation to the unit's leaders.
 */
public record Supervision(long id, long caseId, SupervisionKind kind, int level, Instant createdAt, String createdBy,
                          Instant resolvedAt, String note) {
}
