package cn.luodian.api.tiles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The case overlay tiles' settings ({@code luodian.tiles.heat.*}, {@code luodian.tiles.hotspots.*}),
 * checked at start-up.
 *
 * @param heat     {@code /tiles/heat/…}
 * @param hotspots {@code /tiles/hotspots/…}
 */
@Validated
@ConfigurationProperties("luodian.tiles")
public record OverlayTileSettings(@Valid @NotNull @DefaultValue Heat heat, @Valid @NotNull @DefaultValue Hotspots hotspots) {

    /**
     * @param bandwidthMetres     the quartic kernel's radius on the ground when the request names none
     * @param maxBandwidthMetres  the widest a request may ask for (wider kernels cost more per case)
     * @param maxDensityPerKm2    the density drawn in the ramp's top colour (opaque red); the same on
     *                            every tile and zoom so colours compare; a request may give its own
     *                            {@code maxDensityPerKm2}. 50 = one case in a 300 m kernel is a
     *                            fifth of the scale, about 250 cases within 300 m saturate it
     */
    public record Heat(
            @Min(1) @Max(50_000) @DefaultValue("300") double bandwidthMetres,
            @Min(1) @Max(50_000) @DefaultValue("50000") double maxBandwidthMetres,
            @Min(0) @DefaultValue("50") double maxDensityPerKm2) {
    }

    /**
     * @param minZoom            below this zoom unit grid cells are a few pixels wide: the tile is 204
     * @param distanceBandMetres Gi* neighbours within this distance between cell centroids (EPSG:4548)
     * @param cachedResults      how many Gi* results (per filter and parameters) are kept; all are
     *                           dropped on any case change
     */
    public record Hotspots(
            @Min(0) @Max(22) @DefaultValue("11") int minZoom,
            @Min(1) @Max(50_000) @DefaultValue("500") double distanceBandMetres,
            @Min(1) @Max(1_000) @DefaultValue("16") int cachedResults) {
    }
}
