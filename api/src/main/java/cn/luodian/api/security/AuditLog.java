package cn.luodian.api.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** Uses the application's {@link Clock} bean when there is one (tests drive it), else UTC. */
    public AuditLog(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
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
        Timestamp at = Timestamp.from(clock.instant());
        List<Object[]> rows = detailByEntityId.entrySet().stream().map(entry -> new Object[] {at, actor.username(), action,
            entityType, Objects.requireNonNull(entry.getKey(), "entityId"), JSON.writeValueAsString(entry.getValue())}).toList();
        jdbc.batchUpdate("INSERT INTO audit_log (at, actor, action, entity_type, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                rows);
    }

    /** Every entry about one entity, oldest first. */
    public List<AuditEntry> list(String entityType, String entityId) {
        return jdbc.query("SELECT id, at, actor, action, entity_type, entity_id, detail FROM audit_log"
                + " WHERE entity_type = ? AND entity_id = ? ORDER BY id", AuditLog::entry, entityType, entityId);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("detail"));
    }
}
