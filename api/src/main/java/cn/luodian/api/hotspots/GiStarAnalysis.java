package cn.luodian.api.hotspots;

import cn.luodian.api.security.Actor;
import cn.luodian.geo.hotspot.AnalysisUnits;
import cn.luodian.geo.hotspot.ConfidenceBins;
import cn.luodian.geo.hotspot.GetisOrdGiStar;
import cn.luodian.geo.hotspot.GiStarResult;
import cn.luodian.geo.hotspot.GiStarUnit;
import cn.luodian.geo.hotspot.SpatialWeights;
import cn.luodian.geo.hotspot.WeightStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Getis-Ord Gi* hot spot analysis (ArcGIS "Hot Spot Analysis") over the request's units: per unit
 * the value, z-score, p-value and confidence bin −3…+3, optionally with the Benjamini–Hochberg
 * correction. Every unit is its own neighbour; weights are binary unless the request says row.
 */
@Service
public class GiStarAnalysis implements HotspotAnalysis {
    private final HotspotInputs inputs;
    private final HotspotSettings settings;
    private final WeightsCache weightsCache;

    GiStarAnalysis(HotspotInputs inputs, HotspotSettings settings, WeightsCache weightsCache) {
        this.inputs = inputs;
        this.settings = settings;
        this.weightsCache = weightsCache;
    }

    @Override
    public String name() {
        return "gi-star";
    }

    @Override
    public HotspotTable run(HotspotRequest request, Actor actor) {
        NeighbourWeights neighbourhood = NeighbourWeights.of(request, WeightStyle.BINARY, settings);
        boolean fdr = Boolean.TRUE.equals(request.fdr());
        HotspotInputs.Prepared prepared = inputs.prepare(request, actor);
        UnitValues values = prepared.values();
        AnalysisUnits units = NeighbourWeights.analysisUnits(values);
        SpatialWeights weights = weightsCache.weights(neighbourhood, units, true);
        GiStarResult result = HotspotCore.call(() -> GetisOrdGiStar.compute(units, weights, fdr));

        List<HotspotTable.Row> rows = new ArrayList<>(values.size());
        Map<String, Long> bins = new LinkedHashMap<>();
        for (int bin = -3; bin <= 3; bin++) {
            bins.put(String.valueOf(bin), 0L);
        }
        for (int i = 0; i < values.size(); i++) {
            AnalysisUnit unit = values.units().get(i);
            GiStarUnit gi = result.unit(i);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("unitId", unit.id());
            p.put("name", unit.name());
            p.put("value", gi.value());
            p.put("z", HotspotCore.finite(gi.zScore()));
            p.put("p", HotspotCore.finite(gi.pValue()));
            p.put("bin", gi.bin());
            p.put("label", label(gi.bin()));
            p.put("neighbours", gi.neighbourCount());
            rows.add(new HotspotTable.Row(unit.geometry(), p));
            bins.merge(String.valueOf(gi.bin()), 1L, Long::sum);
        }
        Map<String, Object> parameters = new LinkedHashMap<>(prepared.parameters());
        parameters.put("method", "gi-star");
        neighbourhood.echo(parameters);
        parameters.put("includeSelf", true);
        parameters.put("fdr", fdr);
        Map<String, Object> summary = prepared.summary();
        summary.put("bins", bins);
        ConfidenceBins.Thresholds cut = result.thresholds();
        summary.put("pThresholds", Map.of("90", cut.p90(), "95", cut.p95(), "99", cut.p99()));
        summary.put("unitsWithoutNeighbours", result.isolatedUnitIds().size());
        summary.put("unitIdsWithoutNeighbours", result.isolatedUnitIds());
        summary.put("neighbourLinks", weights.linkCount());
        return new HotspotTable(rows, parameters, summary);
    }

    /** The bin in the words of the map legend. */
    static String label(int bin) {
        return switch (bin) {
            case 3 -> "热点（99%置信度）";
            case 2 -> "热点（95%置信度）";
            case 1 -> "热点（90%置信度）";
            case -1 -> "冷点（90%置信度）";
            case -2 -> "冷点（95%置信度）";
            case -3 -> "冷点（99%置信度）";
            default -> "不显著";
        };
    }
}
