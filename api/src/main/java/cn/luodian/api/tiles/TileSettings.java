package cn.luodian.api.tiles;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tile settings ({@code luodian.tiles.*}), checked at start-up.
 *
 * @param cacheMaxBytes           the most bytes of encoded tiles kept in memory (least recently used go first)
 * @param casesMaxAge             how long a browser may reuse a tile with the cases layer (they change)
 * @param referenceMaxAge         … and a tile of reference layers only (they change with imports)
 * @param clusterBelowZoom        below this zoom the cases layer shows cell clusters with counts
 * @param clusterCellUnits        the cluster cell's side in tile units (of 4096); must divide 4096
 * @param bufferUnits             how far beyond the tile edge features are kept, in tile units
 * @param simplifyToleranceUnits  lines and polygons are simplified to this tolerance, in tile units
 * @param compactAfterChanges     changed cases held apart before the case point index is rebuilt
 * @param maxLayersPerRequest     the most comma-joined layers one tile request may name
 */
@Validated
@ConfigurationProperties("luodian.tiles")
public record TileSettings(
        @Min(0) @Max(4_000_000_000L) @DefaultValue("67108864") long cacheMaxBytes,
        @NotNull @DefaultValue("10s") Duration casesMaxAge,
        @NotNull @DefaultValue("1h") Duration referenceMaxAge,
        @Min(0) @Max(23) @DefaultValue("14") int clusterBelowZoom,
        @Min(16) @Max(4096) @DefaultValue("256") int clusterCellUnits,
        @Min(0) @Max(512) @DefaultValue("64") int bufferUnits,
        @Min(0) @Max(64) @DefaultValue("1") double simplifyToleranceUnits,
        @Min(1) @Max(10_000_000) @DefaultValue("8192") int compactAfterChanges,
        @Min(1) @Max(7) @DefaultValue("7") int maxLayersPerRequest) {

    @AssertTrue(message = "cluster-cell-units must divide the tile extent 4096 (16, 32, 64 … 4096)")
    public boolean isCellDividingExtent() {
        return clusterCellUnits > 0 && 4096 % clusterCellUnits == 0;
    }
}
