package cn.luodian.api.tiles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The raster base map's settings ({@code luodian.tiles.*}), checked at start-up. The font file is
 * also loaded at start-up when the base map is on (see {@link BaseMapTiles}): a missing font stops
 * the server with a message naming this setting, instead of tiles with boxes for every Chinese
 * character.
 *
 * @param fontFile a TrueType/OpenType font (.ttf, .otf, .ttc: its first face) with Chinese glyphs;
 *                 Debian's fonts-wqy-microhei by default
 * @param basemap  the {@code /tiles/basemap} endpoint
 */
@Validated
@ConfigurationProperties("luodian.tiles")
public record BaseMapSettings(
        @NotNull @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") Path fontFile,
        @Valid @NotNull @DefaultValue Basemap basemap) {

    /**
     * @param enabled        serve {@code /tiles/basemap/…}; false: no font needed, the path answers 404
     * @param cacheMegabytes memory for rendered tiles (least recently used go first); emptied when
     *                       the reference layers change
     * @param maxAgeSeconds  how long browsers may reuse a tile without asking (Cache-Control
     *                       max-age); after that they revalidate with the ETag and get a 304
     */
    public record Basemap(
            @DefaultValue("true") boolean enabled,
            @Min(1) @Max(4096) @DefaultValue("64") int cacheMegabytes,
            @Min(0) @Max(31_536_000) @DefaultValue("3600") int maxAgeSeconds) {
    }
}
