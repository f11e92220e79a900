package cn.luodian.api.hotspots;

import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.security.Actor;
import cn.luodian.geo.hotspot.AnalysisUnits;
import cn.luodian.geo.hotspot.EmergingHotspots;
import cn.luodian.geo.hotspot.EmergingResult;
import cn.luodian.geo.hotspot.SpatialWeights;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Emerging hot spots: the cases counted per unit and time step (a {@link SpaceTimeCube}), Gi* per
 * bin, Mann-Kendall per unit, and ArcGIS's pattern labels; the rules are the core's
 * ({@code EmergingHotspots.classify}). The cube's time comes from {@code timeStep}, {@code steps}
 * and {@code end} ({@link EmergingOptions}), not from the filter's from/to; the answer is
 * {@link EmergingTable}.
 */
@Service
public class EmergingAnalysis implements HotspotAnalysis {
    private final HotspotInputs inputs;
    private final HotspotSettings settings;
    private final CaseSettings caseSettings;
    private final Clock clock;
    private final WeightsCache weightsCache;

    EmergingAnalysis(HotspotInputs inputs, HotspotSettings settings, CaseSettings caseSettings, Clock clock,
                     WeightsCache weightsCache) {
        this.weightsCache = weightsCache;
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
        EmergingOptions options = EmergingOptions.of(request, settings, caseSettings.zone(), clock.instant());
        HotspotInputs.Selection selection = inputs.select(request.filter(), actor);
        PlacedCases placed = PlacedCases.received(inputs, request, selection, options.time().start(), options.time().end(),
                actor);
        SpaceTimeCube cube = SpaceTimeCube.of(placed, options.time());
        AnalysisUnits units = NeighbourWeights.analysisUnits(
                new UnitValues(placed.kind(), placed.units(), cube.totals(), null, null));
        SpatialWeights weights = weightsCache.weights(options.neighbourhood(), units, true);
        EmergingResult result = HotspotCore.call(() -> EmergingHotspots.analyse(weights, cube.counts(), options.core()));

        Map<String, Object> common = HotspotParameters.placed(request, placed);
        common.put("crs", inputs.crs());
        common.put("filter", HotspotParameters.filter(selection));
        return EmergingTable.of(options, placed, cube, result, common, weights.isolatedUnitIds().size());
    }
}
