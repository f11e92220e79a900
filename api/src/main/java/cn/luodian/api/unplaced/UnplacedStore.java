package cn.luodian.api.unplaced;

import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.system.JdbcTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The rows of {@code unplaced_report} and their {@code unplaced_candidate}s. */
@Repository
class UnplacedStore {
    private final JdbcTemplate jdbc;

    UnplacedStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewUnplaced report, Instant receivedAt, String createdBy, Instant createdAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO unplaced_report (source, external_id, category_code, "
                    + "description, urgency, location_text, reason, reporter_name, reporter_phone, received_at, created_by, "
                    + "created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, report.source().id());
            statement.setString(2, report.externalId());
            statement.setString(3, report.categoryCode());
            statement.setString(4, report.description());
            statement.setString(5, report.urgency().id());
            statement.setString(6, report.reading().text());
            statement.setString(7, report.reading().reason());
            statement.setString(8, report.reporterName());
            statement.setString(9, report.reporterPhone());
            statement.setObject(10, JdbcTimes.time(receivedAt));
            statement.setString(11, createdBy);
            statement.setObject(12, JdbcTimes.time(createdAt));
            statement.setString(13, UnplacedState.WAITING.id());
            return statement;
        }, keys);
        long id = keys.getKey().longValue();
        var candidates = report.reading().candidates();
        List<Object[]> rows = new ArrayList<>();
        for (int seq = 0; seq < candidates.size(); seq++) {
            var c = candidates.get(seq);
            rows.add(new Object[] {id, seq, c.location().x, c.location().y, c.uncertaintyMetres()});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO unplaced_candidate (report_id, seq, lon, lat, uncertainty_metres) VALUES (?, ?, ?, ?, ?)", rows);
        }
        return id;
    }

    Optional<UnplacedReport> find(long id) {
        return withCandidates(jdbc.query("SELECT * FROM unplaced_report WHERE id = ?", UnplacedStore::row, id)).stream().findFirst();
    }

    Optional<UnplacedReport> findByExternalId(CaseSource source, String externalId) {
        return withCandidates(jdbc.query("SELECT * FROM unplaced_report WHERE source = ? AND external_id = ?",
                UnplacedStore::row, source.id(), externalId)).stream().findFirst();
    }

    /** Oldest received first: the longest waiting is placed first. */
    List<UnplacedReport> list(UnplacedState state, int offset, int limit) {
        return withCandidates(jdbc.query("SELECT * FROM unplaced_report WHERE state = ? ORDER BY received_at, id "
                + "OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", UnplacedStore::row, state.id(), offset, limit));
    }

    long count(UnplacedState state) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM unplaced_report WHERE state = ?", Long.class, state.id());
        return count == null ? 0 : count;
    }

    /** Closes a waiting report; false when it is no longer waiting (someone else closed it first). */
    boolean close(long id, UnplacedState state, Long placedCaseId, String discardReason, String by, Instant at) {
        return jdbc.update("UPDATE unplaced_report SET state = ?, placed_case_id = ?, discard_reason = ?, closed_by = ?, "
                        + "closed_at = ? WHERE id = ? AND state = ?", state.id(), placedCaseId, discardReason, by,
                JdbcTimes.time(at), id, UnplacedState.WAITING.id()) == 1;
    }

    private List<UnplacedReport> withCandidates(List<UnplacedReport> reports) {
        if (reports.isEmpty()) {
            return reports;
        }
        Map<Long, List<UnplacedReport.Candidate>> byReport = new HashMap<>();
        String ids = String.join(",", reports.stream().map(r -> "?").toList());
        jdbc.query("SELECT * FROM unplaced_candidate WHERE report_id IN (" + ids + ") ORDER BY report_id, seq", rs -> {
            byReport.computeIfAbsent(rs.getLong("report_id"), k -> new ArrayList<>()).add(new UnplacedReport.Candidate(
                    rs.getDouble("lon"), rs.getDouble("lat"), rs.getDouble("uncertainty_metres")));
        }, reports.stream().map(UnplacedReport::id).toArray());
        return reports.stream().map(r -> new UnplacedReport(r.id(), r.source(), r.externalId(), r.categoryCode(),
                r.description(), r.urgency(), r.locationText(), r.reason(), r.reporterName(), r.reporterPhone(),
                r.receivedAt(), r.createdBy(), r.createdAt(), r.state(), r.placedCaseId(), r.closedBy(), r.closedAt(),
                r.discardReason(), byReport.getOrDefault(r.id(), List.of()))).toList();
    }

    private static UnplacedReport row(ResultSet rs, int rowNumber) throws SQLException {
        long placedId = rs.getLong("placed_case_id");
        Long placed = rs.wasNull() ? null : placedId;
        return new UnplacedReport(rs.getLong("id"), CaseSource.parse(rs.getString("source")), rs.getString("external_id"),
                rs.getString("category_code"), rs.getString("description"), Urgency.parse(rs.getString("urgency")),
                rs.getString("location_text"), rs.getString("reason"), rs.getString("reporter_name"),
                rs.getString("reporter_phone"), JdbcTimes.instant(rs, "received_at"), rs.getString("created_by"),
                JdbcTimes.instant(rs, "created_at"), UnplacedState.fromId(rs.getString("state")),
                placed, rs.getString("closed_by"), JdbcTimes.instant(rs, "closed_at"),
                rs.getString("discard_reason"), List.of());
    }
}
