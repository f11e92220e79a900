package cn.luodian.api.hotspots;

import cn.luodian.api.cases.CasePoint;
import cn.luodian.api.categories.Category;
import cn.luodian.geo.hotspot.EarlyWarningAlert;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Warnings as the answer: one row per unit × 小类 that warns, with the 小类's name, the test's
 * figures and the ids and numbers of the latest window's cases, which the centre opens from there.
 */
final class WarningTable {

    private WarningTable() {
    }

    /**
     * @param common   the echo every placed analysis starts with ({@link HotspotParameters#placed})
     * @param taxonomy every category, to name the 小类
     * @param tested   how many series were tested
     */
    static HotspotTable of(WarningOptions options, PlacedCases placed, WarningCounts counts, List<EarlyWarningAlert> alerts,
                           List<Category> taxonomy, Map<String, Object> common, int tested) {
        Map<String, AnalysisUnit> unitsById = placed.units().stream()
                .collect(Collectors.toMap(AnalysisUnit::id, Function.identity(), (a, b) -> a));
        Map<String, Category> categories = taxonomy.stream()
                .collect(Collectors.toMap(Category::code, Function.identity(), (a, b) -> a));
        List<HotspotTable.Row> rows = new ArrayList<>(alerts.size());
        for (EarlyWarningAlert alert : alerts) {
            AnalysisUnit unit = unitsById.get(alert.unitId());
            List<CasePoint> behind = counts.latestCases(alert.unitId(), alert.category());
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("unitId", unit.id());
            p.put("name", unit.name());
            p.put("categoryCode", alert.category());
            Category category = categories.get(alert.category());
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
        Map<String, Object> parameters = new LinkedHashMap<>(common);
        parameters.put("method", "warnings");
        parameters.put("windowHours", options.windowHours());
        parameters.put("windowStart", options.windows().latestStart().toString());
        parameters.put("end", options.windows().end().toString());
        parameters.put("baselineWindows", options.core().baselineWindows());
        parameters.put("baselineStart", options.windows().baselineStart().toString());
        parameters.put("threshold", options.core().pValueThreshold());
        parameters.put("minCount", options.core().minCount());
        Map<String, Object> summary = HotspotParameters.placedSummary(placed);
        summary.put("seriesTested", tested);
        summary.put("warnings", alerts.size());
        return new HotspotTable(rows, parameters, summary);
    }
}
