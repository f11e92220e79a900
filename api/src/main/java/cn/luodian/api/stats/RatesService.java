package cn.luodian.api.stats;

import cn.luodian.api.categories.Category;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.dispatch.ResponsibleUnit;
import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The rates of the cases an actor may see, for a period, broken down by township, unit, category
 * or not at all. The database counts per (township or unit, 小类); the category filter and the
 * 大类 are applied here by summing those rows (the taxonomy is data, so a 小类's 大类 is its parent
 * row, not a code prefix).
 */
@Service
public class RatesService {
    static final String NO_TOWNSHIP = "未归属乡镇";
    static final String NOT_DISPATCHED = "未派遣";
    static final String ALL = "全部";

    private final RateCounter counter;
    private final Taxonomy categories;
    private final ResponsibleUnits units;
    private final Clock clock;

    public RatesService(RateCounter counter, Taxonomy categories, ResponsibleUnits units, Clock clock) {
        this.counter = counter;
        this.categories = categories;
        this.units = units;
        this.clock = clock;
    }

    /**
     * @param category a 大类 or 小类 code to count only its cases, or null for every category
     */
    public RatesReport rates(GroupBy groupBy, Period period, String category, Actor actor) {
        Instant asOf = clock.instant();
        Map<String, Category> taxonomy = categories.listAll().stream()
                .collect(Collectors.toMap(Category::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        if (category != null && !taxonomy.containsKey(category)) {
            throw new BadRequestException("没有小类 '" + category + "'：请从分类标准中选择");
        }
        RateCounter.Column column = switch (groupBy) {
            case TOWNSHIP -> RateCounter.Column.TOWNSHIP;
            case UNIT -> RateCounter.Column.UNIT;
            default -> RateCounter.Column.NONE;
        };
        List<RateCounter.Row> rows = counter.count(column, period, StatsScope.of(actor), asOf).stream()
                .filter(r -> category == null || category.equals(r.category()) || category.equals(parent(r.category(), taxonomy)))
                .toList();
        List<GroupRates> groups = switch (groupBy) {
            case TOWNSHIP -> sum(rows, RateCounter.Row::key, (code, row) -> code == null ? NO_TOWNSHIP : row.name(),
                    Comparator.naturalOrder());
            case UNIT -> byUnit(rows);
            case CATEGORY -> byCategory(rows, r -> parent(r.category(), taxonomy), taxonomy);
            case SUBCATEGORY -> byCategory(rows, RateCounter.Row::category, taxonomy);
            case OVERALL -> List.of(rows.stream().map(RateCounter.Row::counts)
                    .reduce(GroupRates.empty(null, ALL), GroupRates::plus));
        };
        GroupRates total = groups.stream().reduce(GroupRates.empty(null, ALL), GroupRates::plus);
        return new RatesReport(period, groupBy, category, asOf, groups, total);
    }

    /** The rows summed per key (null keys last), named by {@code name}, sorted by key. */
    static List<GroupRates> sum(List<RateCounter.Row> rows, Function<RateCounter.Row, String> key,
                                BiFunction<String, RateCounter.Row, String> name,
                                Comparator<String> order) {
        Map<String, GroupRates> byKey = new HashMap<>();
        for (RateCounter.Row row : rows) {
            String k = key.apply(row);
            byKey.merge(k == null ? "" : k, GroupRates.empty(k, name.apply(k, row)).plus(row.counts()), GroupRates::plus);
        }
        return byKey.values().stream()
                .sorted(Comparator.comparing(GroupRates::code, Comparator.nullsLast(order))).toList();
    }

    private List<GroupRates> byUnit(List<RateCounter.Row> rows) {
        Map<String, ResponsibleUnit> byId = units.listUnits().stream()
                .collect(Collectors.toMap(u -> String.valueOf(u.id()), Function.identity()));
        // Keyed by the unit's code, the identifier people know (unit_id references responsible_unit).
        return sum(rows, r -> r.key() == null ? null : byId.get(r.key()).code(),
                (code, row) -> code == null ? NOT_DISPATCHED : byId.get(row.key()).name(), Comparator.naturalOrder());
    }

    /** Summed per 大类 or 小类, in the taxonomy's order. */
    private static List<GroupRates> byCategory(List<RateCounter.Row> rows, Function<RateCounter.Row, String> key,
                                               Map<String, Category> taxonomy) {
        Comparator<String> taxonomyOrder = Comparator.comparingInt((String code) -> {
            Category c = taxonomy.get(code);
            return c == null ? Integer.MAX_VALUE : c.sortOrder();
        }).thenComparing(Comparator.naturalOrder());
        return sum(rows, key, (code, row) -> taxonomy.containsKey(code) ? taxonomy.get(code).name() : code, taxonomyOrder);
    }

    /** The 大类 of a category: its parent, or itself when it is one. */
    private static String parent(String code, Map<String, Category> taxonomy) {
        Category c = taxonomy.get(code);
        return c == null || c.parentCode() == null ? code : c.parentCode();
    }
}
