package cn.luodian.api.hotspots;

import cn.luodian.api.cases.CasePoint;
import cn.luodian.api.categories.Category;
import cn.luodian.api.categories.CategoryRepository;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.hotspot.CountSeries;
import cn.luodian.geo.hotspot.EarlyWarning;
import cn.luodian.geo.hotspot.EarlyWarningAlert;
import cn.luodian.geo.hotspot.TimeWindows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Early warning (预警) for the dispatch centre: for each unit × 小类, the cases of the latest window
 * (24 h by default, ending now) against the same unit's own baseline (the 28 windows before it);
 * the core's Poisson test decides ({@code EarlyWarning}). Each warning carries the case numbers
 * behind it, so that the centre can open them.
 */
@Service
public class WarningAnalysis implements HotspotAnalysis {
    static final double DEFAULT_WINDOW_HOURS = 24;
    static final int DEFAULT_BASELINE_WINDOWS = 28;
    static final double MAX_WINDOW_HOURS = 24 * 366;

    private final HotspotInputs inputs;
    private final CategoryRepository categories;
    private final Clock clock;

    public WarningAnalysis(HotspotInputs inputs, CategoryRepository categories, Clock clock) {
        this.inputs = inputs;
        this.categories = categories;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "warnings";
    }

    @Override
    public HotspotTable run(HotspotRequest request, Actor actor) {
        if (request.filter() != null && (request.filter().from() != null || request.filter().to() != null)) {
            throw new BadRequestException("warnings take their time from windowHours, baselineWindows and end, not filter.from/to");
        }
        double hours = request.windowHours() == null ? DEFAULT_WINDOW_HOURS : request.windowHours();
        if (!(hours > 0) || hours > MAX_WINDOW_HOURS) {
            throw new BadRequestException("windowHours must be more than 0 and at most " + (int) MAX_WINDOW_HOURS + ", was " + hours);
        }
        int baselineWindows = request.baselineWindows() == null ? DEFAULT_BASELINE_WINDOWS : request.baselineWindows();
        double threshold = request.threshold() == null ? EarlyWarning.Options.DEFAULTS.pValueThreshold() : request.threshold();
        long minCount = request.minCount() == null ? EarlyWarning.Options.DEFAULTS.minCount() : request.minCount();
        Instant end = end(request.end());
        Duration window = Duration.ofSeconds(Math.round(hours * 3600));
        TimeWindows windows = HotspotCore.call(() -> TimeWindows.ending(end, window, baselineWindows));
        EarlyWarning.Options options = HotspotCore.call(() -> new EarlyWarning.Options(baselineWindows, threshold, minCount));

        HotspotInputs.Selection selection = inputs.select(request.filter(), actor);
        HotspotInputs.Selection inTime = new HotspotInputs.Selection(
                HotspotInputs.during(selection.filter(), windows.baselineStart(), windows.end()), selection.scope());
        PlacedCases placed = inputs.placed(request, inTime, actor);

        // unit index → 小类 → counts per window; and the latest window's cases behind each.
        Map<Integer, Map<String, long[]>> counts = new TreeMap<>();
        Map<String, List<CasePoint>> latestCases = new TreeMap<>();
        for (int c = 0; c < placed.cases().size(); c++) {
            int unit = placed.unitOf(c);
            CasePoint point = placed.cases().get(c);
            int w = windows.windowOf(point.receivedAt());
            if (unit < 0 || w < 0) {
                continue;
            }
            counts.computeIfAbsent(unit, u -> new TreeMap<>())
                    .computeIfAbsent(point.categoryCode(), k -> new long[windows.windowCount()])[w]++;
            if (w == baselineWindows) {
                latestCases.computeIfAbsent(key(placed.units().get(unit).id(), point.categoryCode()), k -> new ArrayList<>()).add(point);
            }
        }
        List<CountSeries> series = new ArrayList<>();
        // Only series with cases in the latest window can warn; the rest need not be tested.
        counts.forEach((unit, byCategory) -> byCategory.forEach((category, byWindow) -> {
            if (byWindow[baselineWindows] > 0) {
                series.add(new CountSeries(placed.units().get(unit).id(), category, byWindow));
            }
        }));
        List<EarlyWarningAlert> alerts = HotspotCore.call(() -> EarlyWarning.detect(series, options));

        Map<String, AnalysisUnit> unitsById = placed.units().stream()
                .collect(Collectors.toMap(AnalysisUnit::id, Function.identity(), (a, b) -> a));
        Map<String, Category> taxonomy = categories.listAll().stream()
                .collect(Collectors.toMap(Category::code, Function.identity(), (a, b) -> a));
        List<HotspotTable.Row> rows = new ArrayList<>(alerts.size());
        for (EarlyWarningAlert alert : alerts) {
            AnalysisUnit unit = unitsById.get(alert.unitId());
            List<CasePoint> behind = latestCases.getOrDefault(key(alert.unitId(), alert.category()), List.of());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("unitId", unit.id());
            p.put("name", unit.name());
            p.put("categoryCode", alert.category());
            Category category = taxonomy.get(alert.category());
            p.put("category", category == null ? alert.category() : category.name());
            p.put("count", alert.latestCount());
            p.put("baselineMean", alert.baselineMean());
            p.put("baselineSd", HotspotCore.finite(alert.baselineSd()));
            p.put("expectedRate", alert.expectedRate());
            p.put("p", alert.pValue());
            p.put("ratio", HotspotCore.finite(alert.ratio()));
            p.put("label", "预警");
            p.put("caseIds", behind.stream().map(CasePoint::id).toList());
            p.put("caseNumbers", behind.stream().map(CasePoint::number).toList());
            rows.add(new HotspotTable.Row(unit.geometry(), p));
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("units", placed.kind().id());
        if (placed.kind() == UnitKind.H3) {
            parameters.put("h3Resolution", request.h3Resolution());
        }
        parameters.put("unitCount", placed.units().size());
        parameters.put("filter", HotspotParameters.filter(selection));
        parameters.put("method", "warnings");
        parameters.put("windowHours", hours);
        parameters.put("windowStart", windows.latestStart().toString());
        parameters.put("end", windows.end().toString());
        parameters.put("baselineWindows", baselineWindows);
        parameters.put("baselineStart", windows.baselineStart().toString());
        parameters.put("threshold", threshold);
        parameters.put("minCount", minCount);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("units", placed.units().size());
        summary.put("cases", (long) placed.cases().size());
        summary.put("casesOutsideUnits", placed.outsideUnits());
        summary.put("seriesTested", series.size());
        summary.put("warnings", alerts.size());
        return new HotspotTable(rows, parameters, summary);
    }

    private Instant end(String end) {
        if (end == null || end.isBlank()) {
            return clock.instant();
        }
        try {
            return Instant.parse(end.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("end must be an ISO-8601 instant such as 2026-12-01T00:00:00+08:00, was '" + end + "'");
        }
    }

    private static String key(String unitId, String category) {
        return unitId + "\u0000" + category;
    }
}
