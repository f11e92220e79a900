package cn.luodian.api.hotspots;

import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.security.Actor;
import cn.luodian.geo.hotspot.CountSeries;
import cn.luodian.geo.hotspot.EarlyWarning;
import cn.luodian.geo.hotspot.EarlyWarningAlert;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Early warning (预警) for the dispatch centre: for each unit × 小类, the cases of the latest window
 * (24 h by default, ending now) against the same unit's own baseline (the 28 windows before it);
 * the core's Poisson test decides ({@code EarlyWarning}). Options in {@link WarningOptions}, counts
 * in {@link WarningCounts}, the answer in {@link WarningTable}: each warning carries the case
 * numbers behind it, so that the centre can open them.
 */
@Service
public class WarningAnalysis implements HotspotAnalysis {
    private final HotspotInputs inputs;
    private final Taxonomy categories;
    private final Clock clock;

    public WarningAnalysis(HotspotInputs inputs, Taxonomy categories, Clock clock) {
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
        WarningOptions options = WarningOptions.of(request, clock.instant());
        HotspotInputs.Selection selection = inputs.select(request.filter(), actor);
        PlacedCases placed = PlacedCases.received(inputs, request, selection, options.windows().baselineStart(),
                options.windows().end(), actor);
        WarningCounts counts = WarningCounts.of(placed, options.windows());
        List<CountSeries> series = counts.series();
        List<EarlyWarningAlert> alerts = HotspotCore.call(() -> EarlyWarning.detect(series, options.core()));

        Map<String, Object> common = HotspotParameters.placed(request, placed);
        common.put("filter", HotspotParameters.filter(selection));
        return WarningTable.of(options, placed, counts, alerts, categories.listAll(), common, series.size());
    }
}
