package cn.luodian.api.hotspots;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the hotspot analyses ({@code luodian.hotspots.*}), so that one request cannot hold the
 * server for minutes. Checked at start-up.
 *
 * @param maxUnits            the most units of analysis (grid cells, hexagons, uploaded features) one request may use
 * @param maxCases            the most cases one request reads as points (H3 binning, kernel density, time cubes)
 * @param maxBandwidthMetres  the widest distance band or kernel bandwidth, in EPSG:4548 metres
 * @param maxNeighbours       the largest k of k nearest neighbours
 * @param minH3Resolution     the coarsest H3 resolution taken (a district needs at least a few dozen cells)
 * @param maxH3Resolution     the finest H3 resolution taken
 * @param defaultPermutations Local Moran permutations when the request gives none
 * @param maxPermutations     the most permutations one request may ask for
 * @param maxDensityCells     the most cells of one kernel density grid
 * @param maxTimeSteps        the most time steps of one space-time cube
 * @param topicsLimit         how many problems 每月一题 lists in each ranking
 * @param maxUploadVertices   the most vertices (positions) all uploaded units' geometries may have
 *                            together; counted while the request is read
 */
@Validated
@ConfigurationProperties("luodian.hotspots")
public record HotspotSettings(
        @Min(1) @Max(1_000_000) @DefaultValue("100000") int maxUnits,
        @Min(1) @Max(10_000_000) @DefaultValue("1000000") int maxCases,
        @Min(1) @Max(500_000) @DefaultValue("50000") double maxBandwidthMetres,
        @Min(1) @Max(1000) @DefaultValue("64") int maxNeighbours,
        @Min(0) @Max(15) @DefaultValue("5") int minH3Resolution,
        @Min(0) @Max(15) @DefaultValue("10") int maxH3Resolution,
        @Min(9) @Max(99_999) @DefaultValue("999") int defaultPermutations,
        @Min(9) @Max(99_999) @DefaultValue("9999") int maxPermutations,
        @Min(1) @Max(10_000_000) @DefaultValue("250000") int maxDensityCells,
        @Min(3) @Max(1000) @DefaultValue("104") int maxTimeSteps,
        @Min(1) @Max(1000) @DefaultValue("10") int topicsLimit,
        @Min(4) @Max(50_000_000) @DefaultValue("200000") long maxUploadVertices) {

    @AssertTrue(message = "min-h3-resolution must not be above max-h3-resolution")
    public boolean isH3RangeOrdered() {
        return minH3Resolution <= maxH3Resolution;
    }

    @AssertTrue(message = "default-permutations must not be above max-permutations")
    public boolean isPermutationsOrdered() {
        return defaultPermutations <= maxPermutations;
    }
}
