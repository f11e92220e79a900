package cn.luodian.api.clocks;

import cn.luodian.api.system.JdbcTimes;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
class SupervisionRepository {
    private static final RowMapper<Supervision> ROW = (rs, i) -> new Supervision(rs.getLong("id"), rs.getLong("case_id"),
            SupervisionKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getInt("level"),
            JdbcTimes.instant(rs, "created_at"), rs.getString("created_by"),
            JdbcTimes.instant(rs, "resolved_at"), rs.getString("note"));

    private final JdbcTemplate jdbc;

    public SupervisionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long caseId, SupervisionKind kind, int level, String createdBy, Instant at, String note) {
        jdbc.update("INSERT INTO supervision (case_id, kind, level, created_at, created_by, note) VALUES (?, ?, ?, ?, ?, ?)",
                caseId, kind.id(), level, JdbcTimes.time(at), createdBy, note);
    }

    /** Marks the case's open records of these kinds as resolved: the step they chased has happened. */
    public void resolve(long caseId, Collection<SupervisionKind> kinds, Instant at) {
        for (SupervisionKind kind : kinds) {
            jdbc.update("UPDATE supervision SET resolved_at = ? WHERE case_id = ? AND kind = ? AND resolved_at IS NULL",
                    JdbcTimes.time(at), caseId, kind.id());
        }
    }

    public List<Supervision> list(long caseId) {
        return jdbc.query("SELECT * FROM supervision WHERE case_id = ? ORDER BY id", ROW, caseId);
    }

    public List<Supervision> listOpen() {
        return jdbc.query("SELECT * FROM supervision WHERE resolved_at IS NULL ORDER BY id", ROW);
    }
}
