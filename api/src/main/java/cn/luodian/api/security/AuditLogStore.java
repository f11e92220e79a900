package cn.luodian.api.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code audit_log} table: rows are only inserted (the database refuses UPDATE and DELETE). */
@Repository
public class AuditLogStore {
    private final JdbcTemplate jdbc;

    public AuditLogStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per entity id with its detail JSON, in one JDBC batch on the caller's connection. */
    void insertAll(Instant at, String actor, String action, String entityType, Map<String, String> detailJsonByEntityId) {
        Timestamp time = Timestamp.from(at);
        List<Object[]> rows = detailJsonByEntityId.entrySet().stream()
                .map(e -> new Object[] {time, actor, action, entityType, e.getKey(), e.getValue()}).toList();
        jdbc.batchUpdate("INSERT INTO audit_log (at, actor, action, entity_type, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)",
                rows);
    }

    List<AuditEntry> list(String entityType, String entityId) {
        return jdbc.query("SELECT id, at, actor, action, entity_type, entity_id, detail FROM audit_log"
                + " WHERE entity_type = ? AND entity_id = ? ORDER BY id", AuditLogStore::entry, entityType, entityId);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("detail"));
    }
}
