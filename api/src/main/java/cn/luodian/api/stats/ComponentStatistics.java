package cn.luodian.api.stats;

import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.api.system.JdbcTimes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 部件 statistics: per 小类, owner unit or township, how many components there are and in which
 * status, how many cases of the period are about them (and per 100 components), and the components
 * that failed again and again (at least N cases in the period). The inventory counted is the
 * actor's: everything for the district, their township's or village's components, a unit's own
 * (those it owns); the cases are those the rates count for them ({@link StatsScope}), received in the period.
 */
@Service
public class ComponentStatistics {
    /** Owners can be many; a report lists at most this many groups (the largest first). */
    static final int MAX_GROUPS = 1_000;
    static final int MAX_REPEATS = 100;

    /** What the components are grouped by, and the component column that says it. */
    public enum By {
        CATEGORY("category_code", "小类"), OWNER("owner_unit", "权属单位"), TOWNSHIP("township_code", "乡镇/街道");

        final String column;
        final String label;

        By(String column, String label) {
            this.column = column;
            this.label = label;
        }
    }

    /** One group: its key and name, its components by status, its cases in the period. */
    public record Group(String key, String name, long components, Map<String, Long> statuses, long cases) {

        /** Cases per 100 components; null for a group without components. */
        public Double casesPer100() {
            return components == 0 ? null : Math.round(cases * 10_000.0 / components) / 100.0;
        }
    }

    /** A component with at least the asked number of cases in the period. */
    public record Repeat(String code, String category, String categoryName, String name, String ownerUnit, String status,
                         long cases) {
    }

    public record Report(By by, Period period, int repeatAtLeast, List<Group> groups, List<Repeat> repeats) {
    }

    private final JdbcTemplate jdbc;
    private final Taxonomy taxonomy;
    private final ReferenceLayers layers;
    private final ResponsibleUnits units;

    ComponentStatistics(JdbcTemplate jdbc, Taxonomy taxonomy, ReferenceLayers layers, ResponsibleUnits units) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
        this.layers = layers;
        this.units = units;
    }

    public Report report(By by, Period period, int repeatAtLeast, Actor actor) {
        Scope inventory = inventoryScope(actor);
        Map<String, Map<String, Long>> statuses = new HashMap<>();
        jdbc.query("SELECT " + by.column + " AS k, status, COUNT(*) AS n FROM component WHERE " + inventory.condition()
                + " GROUP BY " + by.column + ", status ORDER BY status", rs -> {
                    statuses.computeIfAbsent(key(rs.getString("k")), k -> new LinkedHashMap<>())
                            .put(rs.getString("status"), rs.getLong("n"));
                }, inventory.args().toArray());
        // The period's cases in the actor's case scope (city_case's columns) first, then joined to the
        // inventory, whose condition then names component's columns only.
        CaseRows cases = caseRows(period, actor);
        Map<String, Long> caseCounts = new HashMap<>();
        jdbc.query("SELECT c." + by.column + " AS k, COUNT(*) AS n FROM (" + cases.sql() + ") k"
                + " JOIN component c ON c.code = k.component_code WHERE " + inventory.condition() + " GROUP BY c." + by.column,
                rs -> {
                    caseCounts.put(key(rs.getString("k")), rs.getLong("n"));
                }, concat(cases.args(), inventory.args()));
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> group : statuses.entrySet()) {
            long total = group.getValue().values().stream().mapToLong(Long::longValue).sum();
            groups.add(new Group(group.getKey(), name(by, group.getKey()), total, group.getValue(),
                    caseCounts.getOrDefault(group.getKey(), 0L)));
        }
        groups.sort(Comparator.comparingLong(Group::components).reversed().thenComparing(Group::key));
        List<Repeat> repeats = jdbc.query("SELECT c.code, c.category_code, c.name, c.owner_unit, c.status, k.n FROM ("
                + "SELECT component_code, COUNT(*) AS n FROM (" + cases.sql() + ") r GROUP BY component_code HAVING COUNT(*) >= ?"
                + ") k JOIN component c ON c.code = k.component_code WHERE " + inventory.condition()
                + " ORDER BY k.n DESC, c.code LIMIT " + MAX_REPEATS, (rs, n) -> new Repeat(rs.getString("code"),
                        rs.getString("category_code"), categoryName(rs.getString("category_code")), rs.getString("name"),
                        rs.getString("owner_unit"), rs.getString("status"), rs.getLong("n")),
                concat(cases.args(), List.of(repeatAtLeast), inventory.args()));
        return new Report(by, period, repeatAtLeast, groups.size() <= MAX_GROUPS ? groups : groups.subList(0, MAX_GROUPS), repeats);
    }

    /** The component codes of the period's cases the actor's statistics count, one row a case. */
    private record CaseRows(String sql, List<Object> args) {
    }

    private static CaseRows caseRows(Period period, Actor actor) {
        StatsScope scope = StatsScope.of(actor);
        List<Object> args = new ArrayList<>(List.of(JdbcTimes.time(period.from()), JdbcTimes.time(period.to())));
        args.addAll(scope.args());
        return new CaseRows("SELECT component_code FROM city_case WHERE component_code IS NOT NULL"
                + " AND received_at >= ? AND received_at < ? AND " + scope.condition(), args);
    }

    @SafeVarargs
    private static Object[] concat(List<? extends Object>... lists) {
        List<Object> all = new ArrayList<>();
        for (List<? extends Object> list : lists) {
            all.addAll(list);
        }
        return all.toArray();
    }

    private String name(By by, String key) {
        return switch (by) {
            case CATEGORY -> categoryName(key);
            case OWNER -> key.isEmpty() ? "（未登记权属单位）" : key;
            case TOWNSHIP -> key.isEmpty() ? "（不在任何乡镇/街道）" : layers.findAdminArea(key).map(AdminArea::name).orElse(key);
        };
    }

    private String categoryName(String code) {
        return taxonomy.find(code).map(c -> c.name()).orElse(code);
    }

    private static String key(String value) {
        return value == null ? "" : value;
    }

    /** The inventory an actor's statistics count, as a condition on component. */
    record Scope(String condition, List<Object> args) {
    }

    Scope inventoryScope(Actor actor) {
        if (actor.role() == Role.RESPONSIBLE_UNIT) {
            String name = actor.unitId() == null ? null : units.findUnit(actor.unitId()).map(u -> u.name()).orElse(null);
            return name == null ? new Scope("1 = 0", List.of()) : new Scope("owner_unit = ?", List.of(name));
        }
        String code = actor.scopeCode();
        return switch (code.length()) {
            case 0 -> new Scope("1 = 1", List.of());
            case 6 -> new Scope("township_code LIKE ?", List.of(code + "%"));
            case 9 -> new Scope("township_code = ?", List.of(code));
            case 12 -> new Scope("grid_cell_code LIKE ?", List.of(code + "%"));
            default -> new Scope("1 = 0", List.of());
        };
    }
}
