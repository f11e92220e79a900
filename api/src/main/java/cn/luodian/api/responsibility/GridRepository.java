package cn.luodian.api.responsibility;

import cn.luodian.api.system.JdbcTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** 责任网格, their cells and their people in the relational store; the same SQL on H2GIS and PostGIS. */
@Repository
class GridRepository {
    /** Rows a grid is read with; the names come from the caller (user display names live elsewhere). */
    record GridRow(long id, String code, String name, String townshipCode, boolean demo, Instant updatedAt) {
    }

    private static final String GRID_COLUMNS = "id, code, name, township_code, demo, updated_at";
    private static final String PERSON_COLUMNS = "id, grid_id, username, leader, valid_from, valid_to, assigned_by, closed_by";

    private final JdbcTemplate jdbc;

    GridRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insertGrid(String code, String name, String townshipCode, boolean demo, String by, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO responsibility_grid (code, name, township_code, demo, "
                    + "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, code);
            statement.setString(2, name);
            statement.setString(3, townshipCode);
            statement.setBoolean(4, demo);
            statement.setString(5, by);
            statement.setObject(6, JdbcTimes.time(now));
            statement.setObject(7, JdbcTimes.time(now));
            return statement;
        }, keys);
        return ((Number) keys.getKeyList().get(0).values().iterator().next()).longValue();
    }

    void renameGrid(long id, String name, Instant now) {
        jdbc.update("UPDATE responsibility_grid SET name = ?, updated_at = ? WHERE id = ?", name, JdbcTimes.time(now), id);
    }

    void touch(long id, Instant now) {
        jdbc.update("UPDATE responsibility_grid SET updated_at = ? WHERE id = ?", JdbcTimes.time(now), id);
    }

    /** The grid row, locked for update until the caller's transaction ends (writes to one grid queue up). */
    Optional<GridRow> lock(long id) {
        return jdbc.query("SELECT " + GRID_COLUMNS + " FROM responsibility_grid WHERE id = ? FOR UPDATE", GridRepository::grid, id)
                .stream().findFirst();
    }

    Optional<GridRow> find(long id) {
        return jdbc.query("SELECT " + GRID_COLUMNS + " FROM responsibility_grid WHERE id = ?", GridRepository::grid, id)
                .stream().findFirst();
    }

    Optional<GridRow> findByCode(String code) {
        return jdbc.query("SELECT " + GRID_COLUMNS + " FROM responsibility_grid WHERE code = ?", GridRepository::grid, code)
                .stream().findFirst();
    }

    Optional<GridRow> findByName(String townshipCode, String name) {
        return jdbc.query("SELECT " + GRID_COLUMNS + " FROM responsibility_grid WHERE township_code = ? AND name = ?",
                GridRepository::grid, townshipCode, name).stream().findFirst();
    }

    /** Up to {@code limit} grids whose township starts with {@code townshipPrefix} ("" for all), by township and code. */
    List<GridRow> list(String townshipPrefix, int limit) {
        return jdbc.query("SELECT " + GRID_COLUMNS + " FROM responsibility_grid WHERE township_code LIKE ? "
                + "ORDER BY township_code, code LIMIT ?", GridRepository::grid, townshipPrefix + "%", limit);
    }

    /** Up to {@code limit} grids {@code username} currently works on, by code. */
    List<GridRow> listWorkedBy(String username, int limit) {
        return jdbc.query("SELECT " + GRID_COLUMNS + " FROM responsibility_grid g WHERE EXISTS (SELECT 1 FROM "
                + "responsibility_grid_worker w WHERE w.grid_id = g.id AND w.username = ? AND w.valid_to IS NULL) "
                + "ORDER BY code LIMIT ?", GridRepository::grid, username, limit);
    }

    int countInTownship(String townshipCode) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM responsibility_grid WHERE township_code = ?", Integer.class,
                townshipCode);
        return n == null ? 0 : n;
    }

    /** The next free code of the township: {@code <township>-G<nnn>}. */
    String nextCode(String township) {
        int n = countInTownship(township) + 1;
        while (findByCode(township + "-G%03d".formatted(n)).isPresent()) {
            n++;
        }
        return township + "-G%03d".formatted(n);
    }

    /** The current cells of the grids, sorted, by grid id. */
    Map<Long, List<String>> currentCells(Collection<Long> gridIds) {
        Map<Long, List<String>> cells = new LinkedHashMap<>();
        gridIds.forEach(id -> cells.put(id, new ArrayList<>()));
        if (gridIds.isEmpty()) {
            return cells;
        }
        jdbc.query("SELECT grid_id, cell_code FROM responsibility_grid_cell WHERE valid_to IS NULL AND grid_id IN ("
                + marks(gridIds.size()) + ") ORDER BY cell_code", rs -> {
                    cells.get(rs.getLong("grid_id")).add(rs.getString("cell_code"));
                }, gridIds.toArray());
        return cells;
    }

    /** For each of the cells that is in a grid now: the grid's id. */
    Map<String, Long> gridsOfCells(Collection<String> cellCodes) {
        Map<String, Long> grids = new LinkedHashMap<>();
        for (List<String> chunk : chunks(List.copyOf(cellCodes))) {
            jdbc.query("SELECT current_cell_code, grid_id FROM responsibility_grid_cell WHERE current_cell_code IN ("
                    + marks(chunk.size()) + ")", rs -> {
                        grids.put(rs.getString("current_cell_code"), rs.getLong("grid_id"));
                    }, chunk.toArray());
        }
        return grids;
    }

    Optional<Long> gridOfCell(String cellCode) {
        return jdbc.queryForList("SELECT grid_id FROM responsibility_grid_cell WHERE current_cell_code = ?", Long.class,
                cellCode).stream().findFirst();
    }

    void addCells(long gridId, Collection<String> cellCodes, Instant now) {
        List<Object[]> rows = cellCodes.stream().map(c -> new Object[] {gridId, c, c, JdbcTimes.time(now)}).toList();
        jdbc.batchUpdate("INSERT INTO responsibility_grid_cell (grid_id, cell_code, current_cell_code, valid_from) "
                + "VALUES (?, ?, ?, ?)", rows);
    }

    void closeCells(long gridId, Collection<String> cellCodes, Instant now) {
        List<Object[]> rows = cellCodes.stream().map(c -> new Object[] {JdbcTimes.time(now), gridId, c}).toList();
        jdbc.batchUpdate("UPDATE responsibility_grid_cell SET valid_to = ?, current_cell_code = NULL "
                + "WHERE grid_id = ? AND current_cell_code = ?", rows);
    }

    /** The grid's cell memberships, newest first, up to {@code limit}. */
    List<CellMembership> cellHistory(long gridId, int limit) {
        return jdbc.query("SELECT grid_id, cell_code, valid_from, valid_to FROM responsibility_grid_cell WHERE grid_id = ? "
                + "ORDER BY COALESCE(valid_to, valid_from) DESC, id DESC LIMIT ?", (rs, i) -> new CellMembership(
                        rs.getLong("grid_id"), rs.getString("cell_code"), JdbcTimes.instant(rs, "valid_from"),
                        JdbcTimes.instant(rs, "valid_to")), gridId, limit);
    }

    /** Current assignments of the grids (workers by start, the leader last), display names left null. */
    List<GridAssignment> currentPeople(Collection<Long> gridIds) {
        if (gridIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + PERSON_COLUMNS + " FROM responsibility_grid_worker WHERE valid_to IS NULL AND grid_id IN ("
                + marks(gridIds.size()) + ") ORDER BY grid_id, leader, valid_from, id", GridRepository::person, gridIds.toArray());
    }

    /** Every assignment of the grid, newest first, up to {@code limit}. */
    List<GridAssignment> peopleHistory(long gridId, int limit) {
        return jdbc.query("SELECT " + PERSON_COLUMNS + " FROM responsibility_grid_worker WHERE grid_id = ? "
                + "ORDER BY valid_from DESC, id DESC LIMIT ?", GridRepository::person, gridId, limit);
    }

    void assign(long gridId, String username, boolean leader, String by, Instant now) {
        jdbc.update("INSERT INTO responsibility_grid_worker (grid_id, username, leader, valid_from, assigned_by) "
                + "VALUES (?, ?, ?, ?, ?)", gridId, username, leader, JdbcTimes.time(now), by);
    }

    void closeAssignment(long assignmentId, String by, Instant now) {
        jdbc.update("UPDATE responsibility_grid_worker SET valid_to = ?, closed_by = ? WHERE id = ? AND valid_to IS NULL",
                JdbcTimes.time(now), by, assignmentId);
    }

    /** The cells of every grid {@code username} currently works on, up to {@code limit}. */
    List<String> cellsWorkedBy(String username, int limit) {
        return jdbc.queryForList("SELECT DISTINCT c.cell_code FROM responsibility_grid_cell c JOIN responsibility_grid_worker w "
                + "ON w.grid_id = c.grid_id WHERE w.username = ? AND w.valid_to IS NULL AND c.valid_to IS NULL "
                + "ORDER BY c.cell_code LIMIT ?", String.class, username, limit);
    }

    /** The grid whose current cells hold {@code cellCode}, with its current people (workers first), in one read. */
    List<Map.Entry<GridRow, GridAssignment>> dutyRows(String cellCode) {
        return jdbc.query("SELECT g.id, g.code, g.name, g.township_code, g.demo, g.updated_at, w.id AS w_id, w.username, "
                + "w.leader, w.valid_from, w.assigned_by FROM responsibility_grid_cell c JOIN responsibility_grid g ON g.id = c.grid_id "
                + "LEFT JOIN responsibility_grid_worker w ON w.grid_id = g.id AND w.valid_to IS NULL "
                + "WHERE c.current_cell_code = ? ORDER BY w.leader, w.valid_from, w.id", (rs, i) -> {
                    GridRow grid = grid(rs, i);
                    String username = rs.getString("username");
                    GridAssignment person = username == null ? null : new GridAssignment(rs.getLong("w_id"), grid.id(),
                            username, null, rs.getBoolean("leader"), JdbcTimes.instant(rs, "valid_from"), null,
                            rs.getString("assigned_by"), null);
                    return new java.util.AbstractMap.SimpleImmutableEntry<>(grid, person);
                }, cellCode);
    }

    private static GridRow grid(ResultSet rs, int i) throws SQLException {
        return new GridRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("township_code"),
                rs.getBoolean("demo"), JdbcTimes.instant(rs, "updated_at"));
    }

    private static GridAssignment person(ResultSet rs, int i) throws SQLException {
        return new GridAssignment(rs.getLong("id"), rs.getLong("grid_id"), rs.getString("username"), null,
                rs.getBoolean("leader"), JdbcTimes.instant(rs, "valid_from"), JdbcTimes.instant(rs, "valid_to"),
                rs.getString("assigned_by"), rs.getString("closed_by"));
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** IN lists of at most 500 values: well inside both vendors' parameter limits. */
    private static List<List<String>> chunks(List<String> values) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < values.size(); i += 500) {
            chunks.add(values.subList(i, Math.min(values.size(), i + 500)));
        }
        return chunks;
    }
}
