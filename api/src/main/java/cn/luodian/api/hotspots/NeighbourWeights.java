package cn.luodian.api.hotspots;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.hotspot.AnalysisUnits;
import cn.luodian.geo.hotspot.SpatialWeights;
import cn.luodian.geo.hotspot.WeightStyle;
import java.util.Map;

/**
 * Who a unit's neighbours are and how they weigh, as a request states it: a fixed distance band
 * between centroids in metres or the k nearest units (exactly one of the two), binary or
 * row-standardised weights.
 */
record NeighbourWeights(Double distanceBandMetres, Integer k, WeightStyle style) {

    static NeighbourWeights of(HotspotRequest request, WeightStyle defaultStyle, HotspotSettings settings) {
        Double band = request.distanceBandMetres();
        Integer k = request.k();
        if (band != null && k != null) {
            throw new BadRequestException("请给出距离带或最近邻个数之一，不要同时给出");
        }
        if (band == null && k == null) {
            throw new BadRequestException("请给出邻域：距离带（米，如 500）或最近邻个数（如 8）");
        }
        if (band != null && (!(band > 0) || band > settings.maxBandwidthMetres())) {
            throw new BadRequestException("距离带应大于 0 米且不超过 " + settings.maxBandwidthMetres() + " 米，实为 " + band);
        }
        if (k != null && (k < 1 || k > settings.maxNeighbours())) {
            throw new BadRequestException("最近邻个数应在 1 到 " + settings.maxNeighbours() + " 之间，实为 " + k);
        }
        return new NeighbourWeights(band, k, style(request.weights(), defaultStyle));
    }

    static WeightStyle style(String weights, WeightStyle defaultStyle) {
        if (weights == null || weights.isBlank()) {
            return defaultStyle;
        }
        return switch (weights.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "binary" -> WeightStyle.BINARY;
            case "row" -> WeightStyle.ROW_STANDARDISED;
            default -> throw new BadRequestException("权重方式应为二值或行标准化，实为 '" + weights + "'");
        };
    }

    SpatialWeights build(AnalysisUnits units, boolean includeSelf) {
        return HotspotCore.call(() -> distanceBandMetres != null
                ? SpatialWeights.distanceBand(units, distanceBandMetres, includeSelf, style)
                : SpatialWeights.kNearest(units, k, includeSelf, style));
    }

    void echo(Map<String, Object> parameters) {
        if (distanceBandMetres != null) {
            parameters.put("distanceBandMetres", distanceBandMetres);
        } else {
            parameters.put("k", k);
        }
        parameters.put("weights", style == WeightStyle.BINARY ? "binary" : "row");
    }

    /** The units with their values as the core takes them, in the same order. */
    static AnalysisUnits analysisUnits(UnitValues values) {
        int n = values.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = values.units().get(i).xMetres();
            y[i] = values.units().get(i).yMetres();
        }
        return HotspotCore.call(() -> AnalysisUnits.of(values.units().stream().map(AnalysisUnit::id).toList(), x, y,
                values.values()));
    }
}
