package cn.luodian.api.hotspots;

import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.hotspot.AnalysisUnits;
import cn.luodian.geo.hotspot.EmergingHotspots;
import cn.luodian.geo.hotspot.EmergingPattern;
import cn.luodian.geo.hotspot.EmergingResult;
import cn.luodian.geo.hotspot.EmergingUnit;
import cn.luodian.geo.hotspot.SpatialWeights;
import cn.luodian.geo.hotspot.WeightStyle;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Emerging hot spots: the cases counted per unit and time step (a space-time cube), Gi* per bin,
 * Mann-Kendall per unit, and ArcGIS's pattern labels; the rules are the core's
 * ({@code EmergingHotspots.classify}). The cube's time comes from {@code timeStep}, {@code steps}
 * and {@code end}, not from the filter's from/to.
 */
@Service
public class EmergingAnalysis implements HotspotAnalysis {
    private final HotspotInputs inputs;
    private final HotspotSettings settings;
    private final CaseSettings caseSettings;
    private final Clock clock;

    public EmergingAnalysis(HotspotInputs inputs, HotspotSettings settings, CaseSettings caseSettings, Clock clock) {
        this.inputs = inputs;
        this.settings = settings;
        this.caseSettings = caseSettings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "emerging";
    }

    @Override
    public HotspotTable run(HotspotRequest request, Actor actor) {
        if (request.filter() != null && (request.filter().from() != null || request.filter().to() != null)) {
            throw new BadRequestException("emerging hot spots take their time from timeStep, steps and end, not filter.from/to");
        }
        NeighbourWeights neighbourhood = NeighbourWeights.of(request, WeightStyle.BINARY, settings);
        TimeSteps time = TimeSteps.of(request.timeStep(), request.steps(), request.end(), settings.maxTimeSteps(),
                caseSettings.zone(), clock.instant());
        boolean fdr = request.fdr() == null || request.fdr();
        EmergingHotspots.Options options = HotspotCore.call(() -> new EmergingHotspots.Options(1, 0.05, fdr));
        HotspotInputs.Selection selection = inputs.select(request.filter(), actor);
        HotspotInputs.Selection inTime = new HotspotInputs.Selection(HotspotInputs.during(selection.filter(),
                time.start(), time.end()), selection.scope());
        PlacedCases placed = inputs.placed(request, inTime, actor);

        int n = placed.units().size();
        double[][] cube = new double[time.steps()][n];
        for (int c = 0; c < placed.cases().size(); c++) {
            int unit = placed.unitOf(c);
            int step = time.stepOf(placed.cases().get(c).receivedAt());
            if (unit >= 0 && step >= 0) {
                cube[step][unit]++;
            }
        }
        double[] totals = new double[n];
        for (double[] step : cube) {
            for (int i = 0; i < n; i++) {
                totals[i] += step[i];
            }
        }
        AnalysisUnits units = NeighbourWeights.analysisUnits(new UnitValues(placed.kind(), placed.units(), totals, null, null));
        SpatialWeights weights = neighbourhood.build(units, true);
        EmergingResult result = HotspotCore.call(() -> EmergingHotspots.analyse(weights, cube, options));

        Map<String, Long> patterns = new LinkedHashMap<>();
        for (EmergingPattern pattern : EmergingPattern.values()) {
            patterns.put(id(pattern), 0L);
        }
        List<HotspotTable.Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AnalysisUnit unit = placed.units().get(i);
            EmergingUnit e = result.unit(i);
            List<Long> counts = new ArrayList<>(time.steps());
            List<Integer> bins = new ArrayList<>(time.steps());
            for (int t = 0; t < time.steps(); t++) {
                counts.add((long) cube[t][i]);
                bins.add(result.confidenceBin(i, t));
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("unitId", unit.id());
            p.put("name", unit.name());
            p.put("value", totals[i]);
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
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("units", placed.kind().id());
        if (placed.kind() == UnitKind.H3) {
            parameters.put("h3Resolution", request.h3Resolution());
        }
        parameters.put("unitCount", n);
        parameters.put("crs", inputs.crs());
        parameters.put("filter", HotspotParameters.filter(selection));
        parameters.put("method", "emerging");
        parameters.put("timeStep", time.unit());
        parameters.put("steps", time.steps());
        parameters.put("stepStarts", time.boundaries().subList(0, time.steps()).stream().map(Object::toString).toList());
        parameters.put("end", time.end().toString());
        neighbourhood.echo(parameters);
        parameters.put("timeWindowSteps", options.timeWindowSteps());
        parameters.put("alpha", options.alpha());
        parameters.put("fdr", fdr);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("units", n);
        summary.put("cases", (long) placed.cases().size());
        summary.put("casesOutsideUnits", placed.outsideUnits());
        summary.put("patterns", patterns);
        summary.put("unitsWithoutNeighbours", weights.isolatedUnitIds().size());
        return new HotspotTable(rows, parameters, summary);
    }

    static String id(EmergingPattern pattern) {
        return pattern.name().toLowerCase(Locale.ROOT);
    }
}
