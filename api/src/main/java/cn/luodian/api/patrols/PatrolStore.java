package cn.luodian.api.patrols;

import cn.luodian.api.system.JdbcTimes;
import cn.luodian.geo.patrol.CellPass;
import cn.luodian.geo.patrol.TrackPoint;
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

/** The rows of {@code patrol}, {@code patrol_point} and {@code patrol_cell}. */
@Repository
class PatrolStore {
    private static final String COLUMNS = "p.id, p.worker, p.scope_code, p.source, p.started_at, p.ended_at, "
            + "p.point_count, p.length_metres, p.buffer_metres, "
            + "(SELECT COUNT(*) FROM patrol_cell c WHERE c.patrol_id = p.id) AS cell_count";

    private final JdbcTemplate jdbc;

    PatrolStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String worker, String scopeCode, PatrolSource source, Instant startedAt) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO patrol (worker, scope_code, source, started_at, "
                    + "point_count) VALUES (?, ?, ?, ?, 0)", new String[] {"id"});
            statement.setString(1, worker);
            statement.setString(2, scopeCode);
            statement.setString(3, source.id());
            statement.setObject(4, JdbcTimes.time(startedAt));
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    Optional<Patrol> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM patrol p WHERE p.id = ?", PatrolStore::row, id).stream().findFirst();
    }

    /** The patrol, its row locked until the transaction ends: appends and the stop take turns. */
    Optional<Patrol> lock(long id) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM patrol WHERE id = ? FOR UPDATE", Long.class, id);
        return ids.isEmpty() ? Optional.empty() : find(id);
    }

    Optional<Long> openLivePatrol(String worker) {
        return jdbc.queryForList("SELECT id FROM patrol WHERE worker = ? AND ended_at IS NULL ORDER BY id", Long.class, worker)
                .stream().findFirst();
    }

    void addPoints(long id, int firstSeq, List<TrackPoint> points) {
        List<Object[]> rows = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            TrackPoint p = points.get(i);
            rows.add(new Object[] {id, firstSeq + i, p.lon(), p.lat(), JdbcTimes.time(p.time())});
        }
        jdbc.batchUpdate("INSERT INTO patrol_point (patrol_id, seq, lon, lat, recorded_at) VALUES (?, ?, ?, ?, ?)", rows);
        jdbc.update("UPDATE patrol SET point_count = ? WHERE id = ?", firstSeq + points.size(), id);
    }

    List<TrackPoint> points(long id) {
        return jdbc.query("SELECT lon, lat, recorded_at FROM patrol_point WHERE patrol_id = ? ORDER BY seq",
                (rs, n) -> new TrackPoint(rs.getDouble("lon"), rs.getDouble("lat"), JdbcTimes.instant(rs, "recorded_at")), id);
    }

    Optional<TrackPoint> lastPoint(long id) {
        return jdbc.query("SELECT lon, lat, recorded_at FROM patrol_point WHERE patrol_id = ? ORDER BY seq DESC "
                        + "FETCH FIRST 1 ROWS ONLY",
                (rs, n) -> new TrackPoint(rs.getDouble("lon"), rs.getDouble("lat"), JdbcTimes.instant(rs, "recorded_at")), id)
                .stream().findFirst();
    }

    /** Ends the patrol with its line (WKB, or null without two points), length and cells. */
    void finish(long id, Instant endedAt, double lengthMetres, double bufferMetres, byte[] lineWkb, List<CellPass> cells) {
        jdbc.update("UPDATE patrol SET ended_at = ?, length_metres = ?, buffer_metres = ?, geom = "
                        + (lineWkb == null ? "NULL" : "ST_GeomFromWKB(?, 4326)") + " WHERE id = ?",
                lineWkb == null ? new Object[] {JdbcTimes.time(endedAt), lengthMetres, bufferMetres, id}
                        : new Object[] {JdbcTimes.time(endedAt), lengthMetres, bufferMetres, lineWkb, id});
        List<Object[]> rows = cells.stream()
                .map(c -> new Object[] {id, c.cellCode(), JdbcTimes.time(c.firstPassedAt())}).toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO patrol_cell (patrol_id, cell_code, first_passed_at) VALUES (?, ?, ?)", rows);
        }
    }

    List<CellPass> cells(long id) {
        return jdbc.query("SELECT cell_code, first_passed_at FROM patrol_cell WHERE patrol_id = ? ORDER BY first_passed_at, cell_code",
                (rs, n) -> new CellPass(rs.getString("cell_code"), JdbcTimes.instant(rs, "first_passed_at")), id);
    }

    /** Newest first: a worker's own patrols begun in [from, to). */
    List<Patrol> byWorker(String worker, Instant from, Instant to, int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM patrol p WHERE p.worker = ? AND p.started_at >= ? AND p.started_at < ? "
                        + "ORDER BY p.started_at DESC, p.id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", PatrolStore::row,
                worker, JdbcTimes.time(from), JdbcTimes.time(to), offset, limit);
    }

    /** Newest first: the patrols of workers whose scope lies in {@code scopePrefix}, begun in [from, to). */
    List<Patrol> byScope(String scopePrefix, Instant from, Instant to, int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM patrol p WHERE p.scope_code LIKE ? AND p.started_at >= ? AND p.started_at < ? "
                        + "ORDER BY p.started_at DESC, p.id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", PatrolStore::row,
                scopePrefix + "%", JdbcTimes.time(from), JdbcTimes.time(to), offset, limit);
    }

    /** Per cell, the latest time the worker's patrols first passed it before {@code before}. */
    Map<String, Instant> lastPassed(String worker, Instant before) {
        Map<String, Instant> last = new HashMap<>();
        jdbc.query("SELECT c.cell_code, MAX(c.first_passed_at) AS at FROM patrol_cell c JOIN patrol p ON p.id = c.patrol_id "
                + "WHERE p.worker = ? AND c.first_passed_at < ? GROUP BY c.cell_code", rs -> {
                    last.put(rs.getString("cell_code"), JdbcTimes.instant(rs, "at"));
                }, worker, JdbcTimes.time(before));
        return last;
    }

    /** Per cell, how many of the worker's patrols first passed it in [from, to). */
    Map<String, Integer> passesIn(String worker, Instant from, Instant to) {
        Map<String, Integer> passes = new HashMap<>();
        jdbc.query("SELECT c.cell_code, COUNT(*) AS n FROM patrol_cell c JOIN patrol p ON p.id = c.patrol_id "
                + "WHERE p.worker = ? AND c.first_passed_at >= ? AND c.first_passed_at < ? GROUP BY c.cell_code", rs -> {
                    passes.put(rs.getString("cell_code"), rs.getInt("n"));
                }, worker, JdbcTimes.time(from), JdbcTimes.time(to));
        return passes;
    }

    /** The patrols begun since {@code since} or still open, each with its positions: the map's lines of today. */
    Map<Patrol, List<TrackPoint>> since(Instant since) {
        List<Patrol> patrols = jdbc.query("SELECT " + COLUMNS + " FROM patrol p WHERE p.started_at >= ? OR p.ended_at IS NULL "
                + "ORDER BY p.id", PatrolStore::row, JdbcTimes.time(since));
        Map<Patrol, List<TrackPoint>> lines = new java.util.LinkedHashMap<>();
        for (Patrol patrol : patrols) {
            lines.put(patrol, points(patrol.id()));
        }
        return lines;
    }

    private static Patrol row(ResultSet rs, int rowNumber) throws SQLException {
        double length = rs.getDouble("length_metres");
        Double lengthMetres = rs.wasNull() ? null : length;
        double buffer = rs.getDouble("buffer_metres");
        Double bufferMetres = rs.wasNull() ? null : buffer;
        return new Patrol(rs.getLong("id"), rs.getString("worker"), rs.getString("scope_code"),
                PatrolSource.fromId(rs.getString("source")), JdbcTimes.instant(rs, "started_at"),
                JdbcTimes.instant(rs, "ended_at"), rs.getInt("point_count"), lengthMetres, bufferMetres,
                rs.getInt("cell_count"));
    }
}
