package cn.luodian.api.exposure;

import cn.luodian.api.photos.PhotoRef;
import cn.luodian.api.system.JdbcTimes;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
class FollowUpRepository {
    private static final RowMapper<FollowUp> ROW = (rs, i) -> new FollowUp(rs.getLong("id"), rs.getLong("entry_id"),
            rs.getLong("case_id"), rs.getObject("inspected_on", LocalDate.class), rs.getString("inspector"),
            "fixed".equals(rs.getString("result")), rs.getString("note"),
            PhotoRef.of(rs.getString("photo_sha256"), rs.getString("photo_type")), rs.getString("recorded_by"),
            JdbcTimes.instant(rs, "recorded_at"));

    private final JdbcTemplate jdbc;

    public FollowUpRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long entryId, long caseId, LocalDate inspectedOn, String inspector, boolean fixed, String note,
                       PhotoRef photo, String recordedBy, Instant at) {
        jdbc.update("INSERT INTO exposure_follow_up (entry_id, case_id, inspected_on, inspector, result, note, photo_sha256, "
                + "photo_type, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entryId, caseId,
                Date.valueOf(inspectedOn), inspector, fixed ? "fixed" : "unfixed", note,
                photo == null ? null : photo.sha256(), photo == null ? null : photo.type().mediaType(), recordedBy,
                JdbcTimes.time(at));
    }

    public List<FollowUp> listForEntry(long entryId) {
        return jdbc.query("SELECT * FROM exposure_follow_up WHERE entry_id = ? ORDER BY id", ROW, entryId);
    }
}
