package cn.luodian.api.hotspots;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of every {@code POST /api/v1/hotspots/…} request as sent; each endpoint reads the fields
 * it needs and checks them (missing fields take the defaults echoed back in {@code parameters}).
 *
 * @param units              grid, h3, village, township or upload
 * @param h3Resolution       the H3 resolution when units=h3
 * @param filter             which cases are counted (the case list's filters)
 * @param features           the planner's FeatureCollection when units=upload
 * @param valueProperty      the numeric property of each uploaded feature
 * @param idProperty         the property that names each uploaded feature (default: its index)
 * @param distanceBandMetres neighbours are the units whose centroids are at most this far (or k)
 * @param k                  neighbours are the k nearest units (or distanceBandMetres)
 * @param weights            binary or row (row-standardised)
 * @param fdr                Benjamini–Hochberg correction of the confidence bins
 * @param permutations       Local Moran: how many conditional permutations
 * @param seed               Local Moran: the seed of the permutations
 * @param bandwidthMetres    kernel density: the quartic kernel's radius
 * @param cellSizeMetres     kernel density: the side of an output cell
 * @param bbox               kernel density: minLon,minLat,maxLon,maxLat of the grid (default: the cases' extent)
 * @param timeStep           emerging hotspots / warnings: day, week or month
 * @param steps              emerging hotspots: how many time steps end at {@code end}
 * @param end                the end of the last time step or window (default: now)
 * @param windowHours        early warning: the latest window's length
 * @param baselineWindows    early warning: how many earlier windows of the same length form the baseline
 * @param threshold          early warning: the z-like score above which a unit warns
 * @param minCount           early warning: the fewest cases in the window that can warn
 * @param month              每月一题: the month (YYYY-MM, default the last full month)
 */
public record HotspotRequest(String units, Integer h3Resolution, FilterInput filter,
                             @JsonDeserialize(using = BoundedFeatures.class) JsonNode features,
                             String valueProperty, String idProperty, Double distanceBandMetres, Integer k,
                             String weights, Boolean fdr, Integer permutations, Long seed, Double bandwidthMetres,
                             Double cellSizeMetres, String bbox, String timeStep, Integer steps, String end,
                             Double windowHours, Integer baselineWindows, Double threshold, Integer minCount,
                             String month) {

    /**
     * The case filters, as in {@code GET /api/v1/cases}: {@code state} is a list or a comma-separated
     * string; {@code from}/{@code to} ISO-8601 instants ([from, to)).
     */
    public record FilterInput(String category,
                              @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> state,
                              String from, String to, Boolean overdue, String admin, String bbox, String grid) {

        String states() {
            return state == null ? null : String.join(",", state);
        }
    }

    /** Whether the filter names a time; the time analyses refuse it, since their options set the time. */
    boolean filterHasTime() {
        return filter != null && (filter.from() != null || filter.to() != null);
    }

    static HotspotRequest empty() {
        return new HotspotRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }
}
