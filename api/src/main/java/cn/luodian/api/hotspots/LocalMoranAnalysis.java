package cn.luodian.api.hotspots;

import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.hotspot.AnalysisUnits;
import cn.luodian.geo.hotspot.LocalMoran;
import cn.luodian.geo.hotspot.LocalMoranResult;
import cn.luodian.geo.hotspot.LocalMoranUnit;
import cn.luodian.geo.hotspot.MoranQuadrant;
import cn.luodian.geo.hotspot.SpatialWeights;
import cn.luodian.geo.hotspot.WeightStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Local Moran's I (LISA) over the request's units: I, its z-score and analytic p, a pseudo p-value
 * from seeded conditional permutations, and the cluster quadrant HH/LH/LL/HL at 5 %. Weights exclude
 * the unit itself and are row-standardised unless the request says binary. The seed defaults to
 * {@link #DEFAULT_SEED}, so that the same request gives the same answer.
 */
@Service
public class LocalMoranAnalysis implements HotspotAnalysis {
    static final long DEFAULT_SEED = 20_240_601L;

    private final HotspotInputs inputs;
    private final HotspotSettings settings;
    private final WeightsCache weightsCache;

    LocalMoranAnalysis(HotspotInputs inputs, HotspotSettings settings, WeightsCache weightsCache) {
        this.inputs = inputs;
        this.settings = settings;
        this.weightsCache = weightsCache;
    }

    @Override
    public String name() {
        return "local-moran";
    }

    @Override
    public HotspotTable run(HotspotRequest request, Actor actor) {
        NeighbourWeights neighbourhood = NeighbourWeights.of(request, WeightStyle.ROW_STANDARDISED, settings);
        int permutations = request.permutations() == null ? settings.defaultPermutations() : request.permutations();
        if (permutations < 0 || permutations > settings.maxPermutations()) {
            throw new BadRequestException("置换次数应在 0 到 " + settings.maxPermutations() + " 之间，实为 " + permutations);
        }
        long seed = request.seed() == null ? DEFAULT_SEED : request.seed();
        HotspotInputs.Prepared prepared = inputs.prepare(request, actor);
        UnitValues values = prepared.values();
        AnalysisUnits units = NeighbourWeights.analysisUnits(values);
        SpatialWeights weights = weightsCache.weights(neighbourhood, units, false);
        LocalMoranResult result = HotspotCore.call(() -> LocalMoran.compute(units.values(), weights, permutations, seed));

        Map<String, Long> quadrants = new LinkedHashMap<>();
        for (MoranQuadrant q : MoranQuadrant.values()) {
            quadrants.put(id(q), 0L);
        }
        List<HotspotTable.Row> rows = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            AnalysisUnit unit = values.units().get(i);
            LocalMoranUnit m = result.unit(i);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("unitId", unit.id());
            p.put("name", unit.name());
            p.put("value", m.value());
            p.put("i", HotspotCore.finite(m.ii()));
            p.put("expectedI", HotspotCore.finite(m.expectedIi()));
            p.put("varianceI", HotspotCore.finite(m.varianceIi()));
            p.put("z", HotspotCore.finite(m.zScore()));
            p.put("p", HotspotCore.finite(m.pValue()));
            p.put("pseudoP", HotspotCore.finite(m.pseudoPValue()));
            p.put("quadrant", id(m.quadrant()));
            p.put("label", label(m.quadrant()));
            p.put("neighbours", m.neighbourCount());
            rows.add(new HotspotTable.Row(unit.geometry(), p));
            quadrants.merge(id(m.quadrant()), 1L, Long::sum);
        }
        Map<String, Object> parameters = new LinkedHashMap<>(prepared.parameters());
        parameters.put("method", "local-moran");
        neighbourhood.echo(parameters);
        parameters.put("includeSelf", false);
        parameters.put("permutations", permutations);
        parameters.put("seed", seed);
        parameters.put("alpha", result.alpha());
        Map<String, Object> summary = prepared.summary();
        summary.put("quadrants", quadrants);
        summary.put("unitsWithoutNeighbours", result.isolatedUnitIds().size());
        summary.put("unitIdsWithoutNeighbours", result.isolatedUnitIds());
        return new HotspotTable(rows, parameters, summary);
    }

    static String id(MoranQuadrant q) {
        // HH/LH/LL/HL as every LISA map writes them; the other states as lower-case ids.
        return q.name().length() == 2 ? q.name() : q.name().toLowerCase(Locale.ROOT);
    }

    static String label(MoranQuadrant q) {
        return switch (q) {
            case HH -> "高高聚集";
            case LL -> "低低聚集";
            case HL -> "高低异常";
            case LH -> "低高异常";
            case NOT_SIGNIFICANT -> "不显著";
            case NO_NEIGHBOURS -> "无邻居";
        };
    }
}
