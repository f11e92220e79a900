package cn.luodian.api.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

    /** Entries matching every given condition (null: any), newest first, at most {@code limit}. */
    List<AuditEntry> search(AuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT id, at, actor, action, entity_type, entity_id, detail FROM audit_log WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null) {
            sql.append(" AND actor = ?");
            args.add(q.actor());
        }
        if (q.entityType() != null) {
            sql.append(" AND entity_type = ?");
            args.add(q.entityType());
        }
        if (q.entityId() != null) {
            sql.append(" AND entity_id = ?");
            args.add(q.entityId());
        }
        if (q.from() != null) {
            sql.append(" AND at >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND at < ?");
            args.add(Timestamp.from(q.to()));
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(q.limit());
        return jdbc.query(sql.toString(), AuditLogStore::entry, args.toArray());
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"),
                rs.getString("entity_id"), rs.getString("detail"));
    }
}
