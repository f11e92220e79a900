package cn.luodian.api.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only record of every change: who, when, what. Rows are only ever inserted (the
 * database refuses UPDATE and DELETE on {@code audit_log}). {@link #record} writes with the
 * caller's connection, so it commits or rolls back with the caller's transaction.
 */
@Service
public class AuditLog {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditLogStore store;
    private final Clock clock;

    /** Uses the application's {@link Clock} bean when there is one (tests drive it), else UTC. */
    public AuditLog(AuditLogStore store, ObjectProvider<Clock> clock) {
        this.store = store;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Appends one entry. {@code detail} (may be null or empty) is stored as a JSON object; keep
     * secrets such as passwords out of it.
     */
    public void record(Actor actor, String action, String entityType, String entityId, Map<String, Object> detail) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        recordAll(actor, action, entityType, Map.of(entityId, detail == null ? Map.of() : detail));
    }

    /** Appends one entry per entity of {@code detailByEntityId} (same actor, action and time) in one JDBC batch. */
    public void recordAll(Actor actor, String action, String entityType, Map<String, Map<String, Object>> detailByEntityId) {
        Map<String, String> json = new LinkedHashMap<>();
        detailByEntityId.forEach((entityId, detail) ->
                json.put(Objects.requireNonNull(entityId, "entityId"), JSON.writeValueAsString(detail)));
        store.insertAll(clock.instant(), actor.username(), action, entityType, json);
    }

    /** Every entry about one entity, oldest first. */
    public List<AuditEntry> list(String entityType, String entityId) {
        return store.list(entityType, entityId);
    }

    /** Entries matching the query, newest first. */
    public List<AuditEntry> search(AuditQuery query) {
        return store.search(query);
    }
}
