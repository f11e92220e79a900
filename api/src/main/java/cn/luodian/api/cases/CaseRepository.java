package cn.luodian.api.cases;

import cn.luodian.api.system.JdbcTimes;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Cases in the relational store; the same SQL runs on H2GIS and PostGIS. */
@Repository
class CaseRepository {
    private static final String NEWEST_FIRST = " ORDER BY received_at DESC, id DESC";
    private final JdbcTemplate jdbc;
    private final H2ListPlanner planner;
    /** A savepoint inside the caller's transaction. */
    private final TransactionTemplate savepoint;
    /** A transaction of its own or the caller's: PostgreSQL streams a large read only inside one. */
    private final TransactionTemplate reading;

    public CaseRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions, H2ListPlanner planner) {
        this.jdbc = jdbc;
        this.planner = planner;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.reading = new TransactionTemplate(transactions);
    }

    /** The next sequence number of {@code day}, in the caller's transaction (the row is locked until commit). */
    public int nextNumber(LocalDate day) {
        return nextNumbers(day, 1);
    }

    /**
     * Takes {@code count} consecutive sequence numbers of {@code day} and returns the first, in the
     * caller's transaction (the row is locked until commit).
     */
    public int nextNumbers(LocalDate day, int count) {
        String key = day.toString().replace("-", "");
        for (int attempt = 0; attempt < 3; attempt++) {
            if (jdbc.update("UPDATE case_number SET last_value = last_value + ? WHERE number_day = ?", count, key) == 1) {
                Integer value = jdbc.queryForObject("SELECT last_value FROM case_number WHERE number_day = ?", Integer.class, key);
                return (value == null ? count : value) - count + 1;
            }
            try {
                // Under a savepoint: on PostgreSQL a failed statement aborts the whole transaction,
                // and losing this race must cost only the insert.
                savepoint.executeWithoutResult(status ->
                        jdbc.update("INSERT INTO case_number (number_day, last_value) VALUES (?, ?)", key, count));
                return 1;
            } catch (DuplicateKeyException raced) {
                // Another transaction created the day's row first: take the update path again.
            }
        }
        throw new IllegalStateException("could not allocate a case number for " + key);
    }

    /** Inserts {@code c} (its id and version are ignored) and returns the new id. */
    private static final String INSERT = "INSERT INTO city_case (number, source, external_id, category_code, "
            + "description, urgency, state, lon, lat, geom, location_text, district_code, township_code, township_name, "
            + "village_code, village_name, grid_cell_code, reporter_name, reporter_phone, unit_id, merged_into, "
            + "merged_count, satisfaction, received_at, registered_at, dispatched_at, responded_at, reported_done_at, "
            + "closed_at, dispatch_due_at, response_due_at, feedback_due_at, resolve_due_at, overdue, created_by, "
            + "updated_at, version, responsibility_grid_id, responsibility_grid_name, grid_worker, grid_worker_name, component_code) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ST_SetSRID(ST_MakePoint(?, ?), 4326), ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)";

    public long insert(CityCase c) {
        return insertAll(List.of(c)).get(0);
    }

    /** Inserts the cases in one JDBC batch (one round trip, not one a case); their new ids in the same order. */
    public List<Long> insertAll(List<CityCase> cases) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement(INSERT, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        Object[] values = values(cases.get(i));
                        for (int v = 0; v < values.length; v++) {
                            statement.setObject(v + 1, values[v]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return cases.size();
                    }
                }, keys);
        List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.values().iterator().next()).longValue()).toList();
        if (ids.size() != cases.size()) {
            throw new IllegalStateException(cases.size() + " cases inserted but " + ids.size() + " ids returned");
        }
        return ids;
    }

    private static Object[] values(CityCase c) {
        return new Object[] {c.number(), c.source().id(), c.externalId(), c.categoryCode(), c.description(),
            c.urgency().id(), c.state().id(), c.lon(), c.lat(), c.lon(), c.lat(), c.locationText(),
            c.districtCode(), c.townshipCode(), c.townshipName(), c.villageCode(), c.villageName(),
            c.gridCellCode(), c.reporterName(), c.reporterPhone(), c.unitId(), c.mergedInto(), c.mergedCount(),
            c.satisfaction() == null ? null : c.satisfaction().id(), JdbcTimes.time(c.receivedAt()),
            JdbcTimes.time(c.registeredAt()), JdbcTimes.time(c.dispatchedAt()),
            JdbcTimes.time(c.respondedAt()), JdbcTimes.time(c.reportedDoneAt()),
            JdbcTimes.time(c.closedAt()), JdbcTimes.time(c.dispatchDueAt()),
            JdbcTimes.time(c.responseDueAt()), JdbcTimes.time(c.feedbackDueAt()),
            JdbcTimes.time(c.resolveDueAt()), c.overdue(), c.createdBy(), JdbcTimes.time(c.updatedAt()),
            c.gridDuty() == null ? null : c.gridDuty().gridId(), c.gridDuty() == null ? null : c.gridDuty().gridName(),
            c.gridDuty() == null ? null : c.gridDuty().workerUsername(),
            c.gridDuty() == null ? null : c.gridDuty().workerName(), c.componentCode()};
    }

    /**
     * Writes the changed fields of {@code c} if nobody changed the case since {@code c.version()}
     * was read; false when somebody did (the caller answers 409).
     */
    public boolean update(CityCase c) {
        return jdbc.update("UPDATE city_case SET category_code = ?, description = ?, urgency = ?, state = ?, lon = ?, lat = ?, "
                        + "geom = ST_SetSRID(ST_MakePoint(?, ?), 4326), location_text = ?, district_code = ?, township_code = ?, "
                        + "township_name = ?, village_code = ?, village_name = ?, grid_cell_code = ?, unit_id = ?, merged_into = ?, "
                        + "merged_count = ?, satisfaction = ?, registered_at = ?, dispatched_at = ?, responded_at = ?, "
                        + "reported_done_at = ?, closed_at = ?, response_due_at = ?, feedback_due_at = ?, resolve_due_at = ?, "
                        + "overdue = ?, updated_at = ?, responsibility_grid_id = ?, responsibility_grid_name = ?, grid_worker = ?, "
                        + "grid_worker_name = ?, component_code = ?, version = version + 1 WHERE id = ? AND version = ?",
                c.categoryCode(), c.description(), c.urgency().id(), c.state().id(), c.lon(), c.lat(), c.lon(), c.lat(),
                c.locationText(), c.districtCode(), c.townshipCode(), c.townshipName(), c.villageCode(), c.villageName(),
                c.gridCellCode(), c.unitId(), c.mergedInto(), c.mergedCount(),
                c.satisfaction() == null ? null : c.satisfaction().id(), JdbcTimes.time(c.registeredAt()), JdbcTimes.time(c.dispatchedAt()),
                JdbcTimes.time(c.respondedAt()), JdbcTimes.time(c.reportedDoneAt()), JdbcTimes.time(c.closedAt()), JdbcTimes.time(c.responseDueAt()),
                JdbcTimes.time(c.feedbackDueAt()), JdbcTimes.time(c.resolveDueAt()), c.overdue(), JdbcTimes.time(c.updatedAt()),
                c.gridDuty() == null ? null : c.gridDuty().gridId(), c.gridDuty() == null ? null : c.gridDuty().gridName(),
                c.gridDuty() == null ? null : c.gridDuty().workerUsername(),
                c.gridDuty() == null ? null : c.gridDuty().workerName(), c.componentCode(), c.id(), c.version()) == 1;
    }

    public Optional<CityCase> find(long id) {
        return jdbc.query("SELECT " + CaseRowMapper.COLUMNS + " FROM city_case WHERE id = ?", CaseRowMapper.INSTANCE, id)
                .stream().findFirst();
    }

    /** The newest cases about a component, at most {@code limit}. */
    List<CityCase> aboutComponent(String componentCode, int limit) {
        return jdbc.query("SELECT " + CaseRowMapper.COLUMNS + " FROM city_case WHERE component_code = ?"
                + " ORDER BY received_at DESC, id DESC LIMIT ?", CaseRowMapper.INSTANCE, componentCode, limit);
    }

    public Optional<CityCase> findByNumber(String number) {
        return jdbc.query("SELECT " + CaseRowMapper.COLUMNS + " FROM city_case WHERE number = ?", CaseRowMapper.INSTANCE, number)
                .stream().findFirst();
    }

    public Optional<CityCase> findByExternalId(CaseSource source, String externalId) {
        return jdbc.query("SELECT " + CaseRowMapper.COLUMNS + " FROM city_case WHERE source = ? AND external_id = ?",
                CaseRowMapper.INSTANCE, source.id(), externalId).stream().findFirst();
    }

    /**
     * Open cases of the category received since {@code since} whose point lies in the degree box
     * (coarse; refine in metres), the newest first, at most {@code limit}. Read through the spatial
     * index: H2 would otherwise choose the category's index and walk every case of the category,
     * a cost that grew with each new case (bench/README.md, "Mixed signed-in load").
     */
    public List<CityCase> openInBox(String categoryCode, double minLon, double minLat, double maxLon, double maxLat, Instant since,
                                    int limit) {
        String index = planner.isH2() ? hint(H2ListPlanner.SPATIAL_INDEX) : "";
        return jdbc.query("SELECT " + CaseRowMapper.COLUMNS + " FROM city_case" + index + " WHERE category_code = ? "
                        + "AND geom && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND received_at >= ? "
                        + "AND state NOT IN ('closed', 'rejected', 'merged') ORDER BY received_at DESC, id DESC LIMIT ?",
                CaseRowMapper.INSTANCE, categoryCode, minLon, minLat, maxLon, maxLat, JdbcTimes.time(since), limit);
    }

    public List<CityCase> list(CaseFilter filter, int offset, int limit) {
        return page(filter, offset, limit, 0).items();
    }

    /** A page of a list, newest first, and the matches counted up to {@code countUpTo} (0: not counted). */
    public record Page(List<CityCase> items, long countedUpTo) {
    }

    /** One page of the matching cases and their count up to {@code countUpTo}, read the way {@link H2ListPlanner} chose. */
    public Page page(CaseFilter filter, int offset, int limit, int countUpTo) {
        return page(filter, offset, limit, countUpTo, planner::plan);
    }

    /** Chooses a plan from the filter, its 小类 codes, the rows the page needs and the count's cap. */
    interface PlanChoice {
        H2ListPlanner.Plan plan(CaseFilter filter, List<String> categoryCodes, int need, int countUpTo);
    }

    Page page(CaseFilter filter, int offset, int limit, int countUpTo, PlanChoice choice) {
        List<String> codes = categoryCodes(filter);
        H2ListPlanner.Plan plan = choice.plan(filter, codes, offset + limit, countUpTo);
        List<Object> args = new ArrayList<>();
        String where = CaseQueries.where(filter, codes, planner.isH2(), args);
        if (plan.mode() == H2ListPlanner.Mode.SORT_MATCHES) {
            // One read of every match gives the page and the count.
            args.add(Math.max(offset + limit, countUpTo));
            List<Long> ids = jdbc.queryForList("SELECT id FROM city_case" + hint(plan.listIndex()) + where + NEWEST_FIRST
                    + " LIMIT ?", Long.class, args.toArray());
            List<Long> pageIds = ids.subList(Math.min(offset, ids.size()), Math.min(offset + limit, ids.size()));
            return new Page(byIds(pageIds), Math.min(ids.size(), countUpTo));
        }
        List<Object> listArgs = new ArrayList<>(args);
        listArgs.add(limit);
        listArgs.add(offset);
        List<CityCase> items = jdbc.query("SELECT " + CaseRowMapper.COLUMNS + " FROM city_case" + hint(plan.listIndex())
                + where + NEWEST_FIRST + " LIMIT ? OFFSET ?", CaseRowMapper.INSTANCE, listArgs.toArray());
        if (countUpTo == 0) {
            return new Page(items, 0);
        }
        args.add(countUpTo);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 AS one FROM city_case" + hint(plan.countIndex())
                + where + " LIMIT ?) matches", Long.class, args.toArray());
        return new Page(items, count == null ? 0 : count);
    }

    /** The cases of {@code ids}, in that order. */
    private List<CityCase> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CityCase> found = new HashMap<>();
        jdbc.query("SELECT " + CaseRowMapper.COLUMNS + " FROM city_case WHERE id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", CaseRowMapper.INSTANCE, ids.toArray())
                .forEach(c -> found.put(c.id(), c));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** H2's index hint ({@code USE INDEX}); nothing for the database's own choice. */
    private static String hint(String index) {
        return index == null ? "" : " USE INDEX (" + index + ")";
    }

    private String where(CaseFilter filter, List<Object> args) {
        return CaseQueries.where(filter, categoryCodes(filter), planner.isH2(), args);
    }

    /** The 小类 codes the filter's category prefix covers; null when it has none. */
    private List<String> categoryCodes(CaseFilter filter) {
        return filter.categoryPrefix() == null ? null
                : jdbc.queryForList("SELECT code FROM category WHERE code LIKE ? ORDER BY code", String.class,
                        filter.categoryPrefix() + "%");
    }

    public long count(CaseFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM city_case" + where, Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    /** Cases per value of {@code column} (cases without one are left out), in one GROUP BY. */
    public Map<String, Long> countBy(CasePlaceLevel column, CaseFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT " + column.sql + " AS place, COUNT(*) AS n FROM city_case" + where + " AND " + column.sql
                + " IS NOT NULL GROUP BY " + column.sql, rs -> {
                    counts.put(rs.getString("place"), rs.getLong("n"));
                }, args.toArray());
        return counts;
    }

    /** Up to {@code limit} matching cases as points, oldest first (by receipt, then id). */
    public List<CasePoint> points(CaseFilter filter, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(limit);
        return jdbc.query("SELECT id, number, category_code, lon, lat, township_code, village_code, grid_cell_code, "
                + "received_at FROM city_case" + where + " ORDER BY received_at, id LIMIT ?", (rs, i) -> new CasePoint(
                        rs.getLong("id"), rs.getString("number"), rs.getString("category_code"), rs.getDouble("lon"),
                        rs.getDouble("lat"), rs.getString("township_code"), rs.getString("village_code"),
                        rs.getString("grid_cell_code"), JdbcTimes.instant(rs, "received_at")), args.toArray());
    }

    /**
     * Cases per (place, category), split at {@code split}: one GROUP BY with two conditional sums,
     * the same SQL on H2 and PostgreSQL. Cases without the place are left out.
     */
    public List<PlaceCategoryCount> countByPlaceAndCategory(CasePlaceLevel column, CaseFilter filter, Instant split) {
        List<Object> args = new ArrayList<>();
        args.add(JdbcTimes.time(split));
        args.add(JdbcTimes.time(split));
        String where = where(filter, args);
        String name = column == CasePlaceLevel.TOWNSHIP ? "MAX(township_name)" : column == CasePlaceLevel.VILLAGE ? "MAX(village_name)" : "NULL";
        return jdbc.query("SELECT " + column.sql + " AS place, " + name + " AS place_name, category_code, "
                + "SUM(CASE WHEN received_at < ? THEN 1 ELSE 0 END) AS before_split, "
                + "SUM(CASE WHEN received_at >= ? THEN 1 ELSE 0 END) AS since_split FROM city_case" + where
                + " AND " + column.sql + " IS NOT NULL GROUP BY " + column.sql + ", category_code", (rs, i) ->
                new PlaceCategoryCount(rs.getString("place"), rs.getString("place_name"), rs.getString("category_code"),
                        rs.getLong("before_split"), rs.getLong("since_split")), args.toArray());
    }

    /** Ids of the cases meeting {@code condition}, whose one parameter is {@code now}; for the clock check. */
    List<Long> idsWhere(String condition, Instant now) {
        return jdbc.queryForList("SELECT id FROM city_case WHERE " + condition + " ORDER BY id", Long.class,
                JdbcTimes.time(now));
    }

    /** As {@link #idsWhere}, leaving out the cases that already have a supervision record of {@code kind}. */
    List<Long> idsWithoutSupervisionWhere(String condition, Instant now, String kind) {
        return jdbc.queryForList("SELECT id FROM city_case c WHERE " + condition
                + " AND NOT EXISTS (SELECT 1 FROM supervision s WHERE s.case_id = c.id AND s.kind = ?) ORDER BY id",
                Long.class, JdbcTimes.time(now), kind);
    }

    /** Marks the cases meeting {@code condition} (parameter {@code now}) overdue; returns how many. */
    int markOverdueWhere(String condition, Instant now) {
        return jdbc.update("UPDATE city_case SET overdue = TRUE, version = version + 1, updated_at = ? WHERE "
                + condition, JdbcTimes.time(now), JdbcTimes.time(now));
    }

    void forEachPoint(CaseLookup.PointSink sink) {
        reading.executeWithoutResult(status -> {
            // A large fetch size lets PostgreSQL stream the rows (inside a transaction) instead of holding them all;
            // a template of its own, so the shared one keeps its settings.
            JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
            streaming.setFetchSize(10_000);
            streaming.query("SELECT id, lon, lat, category_code, state, urgency, received_at, overdue, number FROM city_case",
                    rs -> {
                        sink.add(rs.getLong("id"), rs.getDouble("lon"), rs.getDouble("lat"), rs.getString("category_code"),
                                rs.getString("state"), rs.getString("urgency"),
                                JdbcTimes.instant(rs, "received_at").getEpochSecond(), rs.getBoolean("overdue"),
                                rs.getString("number"));
                    });
        });
    }
}
