package cn.luodian.api.hotspots;

import cn.luodian.geo.hotspot.EmergingPattern;
import cn.luodian.geo.hotspot.EmergingResult;
import cn.luodian.geo.hotspot.EmergingUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Emerging hot spots as the answer: per unit its total, pattern and trend, with the counts and
 * confidence bins of every step, so a map can show the pattern and a chart the series behind it.
 */
final class EmergingTable {

    private EmergingTable() {
    }

    /**
     * @param common   the echo every placed analysis starts with ({@link HotspotParameters#placed})
     * @param isolated how many units had no neighbour
     */
    static HotspotTable of(EmergingOptions options, PlacedCases placed, SpaceTimeCube cube, EmergingResult result,
                           Map<String, Object> common, int isolated) {
        TimeSteps time = options.time();
        Map<String, Long> patterns = new LinkedHashMap<>();
        for (EmergingPattern pattern : EmergingPattern.values()) {
            patterns.put(id(pattern), 0L);
        }
        List<HotspotTable.Row> rows = new ArrayList<>(placed.units().size());
        for (int i = 0; i < placed.units().size(); i++) {
            AnalysisUnit unit = placed.units().get(i);
            EmergingUnit e = result.unit(i);
            List<Long> counts = new ArrayList<>(time.steps());
            List<Integer> bins = new ArrayList<>(time.steps());
            for (int t = 0; t < time.steps(); t++) {
                counts.add(cube.count(t, i));
                bins.add(result.confidenceBin(i, t));
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("unitId", unit.id());
            p.put("name", unit.name());
            p.put("value", cube.total(i));
            p.put("pattern", id(e.pattern()));
            p.put("label", EmergingLabels.of(e.pattern()));
            p.put("trend", e.trend().trend().name().toLowerCase(Locale.ROOT));
            p.put("trendZ", HotspotCore.finite(e.trend().zScore()));
            p.put("trendP", HotspotCore.finite(e.trend().pValue()));
            p.put("hotSteps", e.hotSteps());
            p.put("coldSteps", e.coldSteps());
            p.put("zLast", HotspotCore.finite(result.zScore(i, time.steps() - 1)));
            p.put("counts", counts);
            p.put("bins", bins);
            rows.add(new HotspotTable.Row(unit.geometry(), p));
            patterns.merge(id(e.pattern()), 1L, Long::sum);
        }
        Map<String, Object> parameters = new LinkedHashMap<>(common);
        parameters.put("method", "emerging");
        parameters.put("timeStep", time.unit());
        parameters.put("steps", time.steps());
        parameters.put("stepStarts", time.boundaries().subList(0, time.steps()).stream().map(Object::toString).toList());
        parameters.put("end", time.end().toString());
        options.neighbourhood().echo(parameters);
        parameters.put("timeWindowSteps", options.core().timeWindowSteps());
        parameters.put("alpha", options.core().alpha());
        parameters.put("fdr", options.core().fdr());
        Map<String, Object> summary = HotspotParameters.placedSummary(placed);
        summary.put("patterns", patterns);
        summary.put("unitsWithoutNeighbours", isolated);
        return new HotspotTable(rows, parameters, summary);
    }

    static String id(EmergingPattern pattern) {
        return pattern.name().toLowerCase(Locale.ROOT);
    }
}
