package cn.luodian.api.components;

import cn.luodian.api.system.JdbcTimes;
import cn.luodian.geo.component.Component;
import cn.luodian.geo.component.ComponentCode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Repository;

/**
 * The {@code component} and {@code component_change} tables (H2GIS or PostGIS). Geometries travel as
 * WKB ({@code ST_GeomFromWKB}/{@code ST_AsBinary}) as the reference layers' do. Writes go in JDBC
 * batches and join the caller's transaction; history rows are only ever inserted.
 */
@Repository
class ComponentStore {
    static final int BATCH_SIZE = 1000;
    /** Rows per multi-row INSERT: at most 15 parameters each, so 3,000 per statement, well under either database's limit. */
    static final int ROWS_PER_INSERT = 200;
    /** Codes per {@code IN (…)} list: well under what either database plans quickly. */
    private static final int CODES_PER_QUERY = 500;
    private static final String COLUMNS = "id, code, name, ST_AsBinary(geom) AS wkb, status, owner_unit, maintainer_unit,"
            + " grid_cell_code, township_code, surveyed_on, source, notes, created_at, updated_at, version";

    private final JdbcTemplate jdbc;

    ComponentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredComponent> findByCode(String code) {
        return jdbc.query("SELECT " + COLUMNS + " FROM component WHERE code = ?", ComponentStore::row, code).stream().findFirst();
    }

    /** The stored components among {@code codes}, by code. */
    Map<String, StoredComponent> findByCodes(Collection<String> codes) {
        Map<String, StoredComponent> found = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += CODES_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CODES_PER_QUERY));
            jdbc.query("SELECT " + COLUMNS + " FROM component WHERE code IN (" + "?, ".repeat(chunk.size() - 1) + "?)",
                    ComponentStore::row, chunk.toArray()).forEach(c -> found.put(c.code(), c));
        }
        return found;
    }

    /** Every component of a 小类 ({@code column} category_code) or township (township_code). */
    List<StoredComponent> findIn(ScopeColumn column, String value) {
        return jdbc.query("SELECT " + COLUMNS + " FROM component WHERE " + column.sql + " = ?", ComponentStore::row, value);
    }

    /** The columns a replace may be scoped by. */
    enum ScopeColumn {
        CATEGORY("category_code"), TOWNSHIP("township_code");

        private final String sql;

        ScopeColumn(String sql) {
            this.sql = sql;
        }
    }

    /** Inserts new components (version 0); their ids by code, as the database gave them. */
    Map<String, Long> insertAll(List<PlacedComponent> components, Instant now) {
        WKBWriter wkb = new WKBWriter(2);
        Map<String, Long> ids = new HashMap<>(components.size() * 2);
        insertRows("INSERT INTO component (code, category_code, name, geom, status, owner_unit, maintainer_unit, grid_cell_code,"
                + " township_code, surveyed_on, source, notes, created_at, updated_at, version) VALUES ",
                "(?, ?, ?, ST_GeomFromWKB(?, 4326), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", components, p -> {
                    Component c = p.component();
                    return new Object[] {p.code(), c.category(), c.name(), wkb.write(c.geometry()), c.status(), c.ownerUnit(),
                            c.maintainerUnit(), p.gridCellCode(), p.townshipCode(), c.surveyedOn(), c.source(), c.notes(),
                            JdbcTimes.time(now), JdbcTimes.time(now)};
                }, keys -> ids.put(keys.getString("code"), keys.getLong("id")));
        if (ids.size() != components.size()) {
            throw new IllegalStateException("the database returned " + ids.size() + " ids for " + components.size() + " inserted components");
        }
        return ids;
    }

    /** A stored component replaced by the file's version of it. */
    record Update(StoredComponent stored, PlacedComponent next) {
    }

    /**
     * Writes each update over the version it was read at; one written meanwhile by someone else fails
     * the whole batch (and the caller's transaction) with an OptimisticLockingFailureException.
     */
    void updateAll(List<Update> updates, Instant now) {
        WKBWriter wkb = new WKBWriter(2);
        String sql = "UPDATE component SET name = ?, geom = ST_GeomFromWKB(?, 4326), status = ?, owner_unit = ?, maintainer_unit = ?,"
                + " grid_cell_code = ?, township_code = ?, surveyed_on = ?, source = ?, notes = ?, updated_at = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?";
        for (int from = 0; from < updates.size(); from += BATCH_SIZE) {
            List<Update> chunk = updates.subList(from, Math.min(updates.size(), from + BATCH_SIZE));
            int[] counts = jdbc.batchUpdate(sql, chunk.stream().map(u -> {
                Component c = u.next().component();
                return new Object[] {c.name(), wkb.write(c.geometry()), c.status(), c.ownerUnit(), c.maintainerUnit(),
                        u.next().gridCellCode(), u.next().townshipCode(), c.surveyedOn(), c.source(), c.notes(),
                        JdbcTimes.time(now), u.stored().id(), u.stored().version()};
            }).toList());
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new OptimisticLockingFailureException("部件 " + chunk.get(i).stored().code() + " 刚被别人修改，请重新导入");
                }
            }
        }
    }

    void deleteAll(Collection<Long> ids) {
        batched("DELETE FROM component WHERE id = ?", List.copyOf(ids), id -> new Object[] {id});
    }

    /** A history row with the id of the component it is about. */
    record ChangeRow(long componentId, ComponentChange change) {
    }

    void appendChanges(List<ChangeRow> rows) {
        WKBWriter wkb = new WKBWriter(2);
        insertRows("INSERT INTO component_change (component_id, component_code, changed_at, changed_by, kind, old_status, new_status,"
                + " old_geom, new_geom, note) VALUES ", "(?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326), ST_GeomFromWKB(?, 4326), ?)", rows, r -> {
                    ComponentChange c = r.change();
                    return new Object[] {r.componentId(), c.code(), JdbcTimes.time(c.changedAt()), c.changedBy(), c.kind().id(),
                            c.oldStatus(), c.newStatus(), c.oldGeometry() == null ? null : wkb.write(c.oldGeometry()),
                            c.newGeometry() == null ? null : wkb.write(c.newGeometry()), c.note()};
                }, null);
    }

    /** The history of a code, oldest first (it outlives a removal). */
    List<ComponentChange> history(String code) {
        return jdbc.query("SELECT component_code, changed_at, changed_by, kind, old_status, new_status,"
                + " ST_AsBinary(old_geom) AS old_wkb, ST_AsBinary(new_geom) AS new_wkb, note"
                + " FROM component_change WHERE component_code = ? ORDER BY changed_at, id", (rs, n) -> new ComponentChange(
                        rs.getString("component_code"), JdbcTimes.instant(rs, "changed_at"), rs.getString("changed_by"),
                        ComponentChangeKind.ofId(rs.getString("kind")), rs.getString("old_status"), rs.getString("new_status"),
                        geometry(rs.getBytes("old_wkb")), geometry(rs.getBytes("new_wkb")), rs.getString("note")), code);
    }

    /** One page of the components matching {@code query}. */
    List<StoredComponent> search(ComponentQuery query) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM component WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.codePrefix() != null) {
            // Digits only (ComponentQuery checks), so no LIKE wildcard can slip in.
            sql.append(" AND code LIKE ?");
            args.add(query.codePrefix() + "%");
        }
        if (query.categoryCode() != null && query.categoryCode().length() == 3) {
            // A 大类 (B01): its 小类 all start with it; checked as B and two digits, no wildcard in it.
            sql.append(" AND category_code LIKE ?");
            args.add(query.categoryCode() + "%");
        } else {
            equal(sql, args, "category_code", query.categoryCode());
        }
        equal(sql, args, "owner_unit", query.ownerUnit());
        equal(sql, args, "status", query.status());
        equal(sql, args, "grid_cell_code", query.gridCellCode());
        if (query.box() != null) {
            sql.append(" AND geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
            args.addAll(List.of(query.box().getMinX(), query.box().getMinY(), query.box().getMaxX(), query.box().getMaxY()));
        }
        sql.append(query.order() == ComponentQuery.Order.NEWEST ? " ORDER BY updated_at DESC, id DESC" : " ORDER BY code");
        sql.append(" LIMIT ? OFFSET ?");
        args.add(query.limit());
        args.add(query.offset());
        return jdbc.query(sql.toString(), ComponentStore::row, args.toArray());
    }

    long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM component", Long.class);
        return count == null ? 0 : count;
    }

    /** Every stored component, for the in-memory indexes (a million fit: about 400 MB). */
    List<Component> loadAll() {
        List<Component> all = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, count() + 1000));
        jdbc.query("SELECT " + COLUMNS + " FROM component", (ResultSet rs) -> {
            all.add(row(rs, 0).component());
        });
        return all;
    }

    /** Sets one component's status over the version it was read at; false when someone wrote it meanwhile. */
    boolean updateStatus(StoredComponent stored, String status, Instant now) {
        return jdbc.update("UPDATE component SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                status, JdbcTimes.time(now), stored.id(), stored.version()) == 1;
    }

    private static void equal(StringBuilder sql, List<Object> args, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
    }

    private <T> void batched(String sql, List<T> items, Function<T, Object[]> values) {
        for (int from = 0; from < items.size(); from += BATCH_SIZE) {
            jdbc.batchUpdate(sql, items.subList(from, Math.min(items.size(), from + BATCH_SIZE)).stream().map(values).toList());
        }
    }

    /** What is read of each inserted row's generated keys (id and code). */
    @FunctionalInterface
    interface KeyReader {
        void read(ResultSet keys) throws SQLException;
    }

    /**
     * Inserts {@code items} with multi-row statements ({@code head} then {@code ROWS_PER_INSERT} times
     * {@code row}): one statement and, on PostgreSQL, one round trip per 200 rows rather than per row,
     * which is most of an import's writing time there. With {@code keys}, the id and code of each
     * inserted row are read back from the same statement (no second query).
     */
    private <T> void insertRows(String head, String row, List<T> items, Function<T, Object[]> values, KeyReader keys) {
        for (int from = 0; from < items.size(); from += ROWS_PER_INSERT) {
            List<T> chunk = items.subList(from, Math.min(items.size(), from + ROWS_PER_INSERT));
            String sql = head + String.join(", ", Collections.nCopies(chunk.size(), row));
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (PreparedStatement statement = keys == null ? connection.prepareStatement(sql)
                        : connection.prepareStatement(sql, new String[] {"id", "code"})) {
                    int parameter = 1;
                    for (T item : chunk) {
                        for (Object value : values.apply(item)) {
                            StatementCreatorUtils.setParameterValue(statement, parameter++, SqlTypeValue.TYPE_UNKNOWN, value);
                        }
                    }
                    statement.executeUpdate();
                    if (keys != null) {
                        try (ResultSet generated = statement.getGeneratedKeys()) {
                            while (generated.next()) {
                                keys.read(generated);
                            }
                        }
                    }
                }
                return null;
            });
        }
    }

    private static StoredComponent row(ResultSet rs, int rowNum) throws SQLException {
        Component component = new Component(new ComponentCode(rs.getString("code")), rs.getString("name"),
                geometry(rs.getBytes("wkb")), rs.getString("status"), rs.getString("owner_unit"), rs.getString("maintainer_unit"),
                rs.getObject("surveyed_on", LocalDate.class), rs.getString("source"), rs.getString("notes"));
        return new StoredComponent(rs.getLong("id"), component, rs.getString("grid_cell_code"), rs.getString("township_code"),
                JdbcTimes.instant(rs, "created_at"), JdbcTimes.instant(rs, "updated_at"), rs.getInt("version"));
    }

    private static Geometry geometry(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            return new WKBReader().read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("stored component geometry is not WKB", e);
        }
    }

    // Reads for the map's in-memory component index (tiles), added after the rest to ease merging.

    private static final String MAP_COLUMNS = "code, category_code, name, status, ST_AsBinary(geom) AS wkb";

    /**
     * Every component as the map shows it, in code order, {@code pageSize} rows per query: each page
     * starts after the last code of the one before (keyset), so no page costs more than the first
     * and no OFFSET grows with the table.
     */
    void forEachOnMap(int pageSize, Consumer<ComponentOnMap> each) {
        String after = "";
        while (true) {
            List<ComponentOnMap> page = jdbc.query("SELECT " + MAP_COLUMNS + " FROM component WHERE code > ? ORDER BY code LIMIT ?",
                    ComponentStore::onMap, after, pageSize);
            page.forEach(each);
            if (page.size() < pageSize) {
                return;
            }
            after = page.get(page.size() - 1).code();
        }
    }

    /** The stored components among {@code codes} as the map shows them (absent codes are left out). */
    List<ComponentOnMap> findOnMap(Collection<String> codes) {
        List<ComponentOnMap> found = new ArrayList<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += CODES_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CODES_PER_QUERY));
            found.addAll(jdbc.query("SELECT " + MAP_COLUMNS + " FROM component WHERE code IN (" + "?, ".repeat(chunk.size() - 1) + "?)",
                    ComponentStore::onMap, chunk.toArray()));
        }
        return found;
    }

    private static ComponentOnMap onMap(ResultSet rs, int rowNum) throws SQLException {
        return new ComponentOnMap(rs.getString("code"), rs.getString("category_code"), rs.getString("name"),
                rs.getString("status"), geometry(rs.getBytes("wkb")));
    }

}
