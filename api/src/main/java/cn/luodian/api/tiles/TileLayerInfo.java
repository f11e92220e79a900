package cn.luodian.api.tiles;

import java.util.Objects;

/**
 * One entry of {@code /tiles/catalog}.
 *
 * @param id          the layer's name in URLs ({@code admin}, {@code basemap})
 * @param kind        vector (MVT) or raster (PNG)
 * @param minZoom     the first zoom the layer has content at
 * @param maxZoom     the last
 * @param description what it shows, in Chinese (shown to users)
 * @param tilesPath   the tile URL template under the server's base URL, such as
 *                    {@code /tiles/basemap/{z}/{x}/{y}.png}
 * @param tileJsonPath the TileJSON of the layer, or null when it has none
 * @param fromCases   drawn from cases: listed and served to anonymous users only where {@link CaseTileAccess} says
 * @param signedInOnly listed and served to signed-in users only, whatever the settings (the components)
 */
public record TileLayerInfo(String id, TileKind kind, int minZoom, int maxZoom, String description, String tilesPath,
                            String tileJsonPath, boolean fromCases, boolean signedInOnly) {

    /** A layer of reference data. */
    public TileLayerInfo(String id, TileKind kind, int minZoom, int maxZoom, String description, String tilesPath,
                         String tileJsonPath) {
        this(id, kind, minZoom, maxZoom, description, tilesPath, tileJsonPath, false, false);
    }

    /** A layer of reference data, or one drawn from cases. */
    public TileLayerInfo(String id, TileKind kind, int minZoom, int maxZoom, String description, String tilesPath,
                         String tileJsonPath, boolean fromCases) {
        this(id, kind, minZoom, maxZoom, description, tilesPath, tileJsonPath, fromCases, false);
    }

    public TileLayerInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tilesPath, "tilesPath");
        if (minZoom < 0 || maxZoom < minZoom) {
            throw new IllegalArgumentException("瓦片图层 " + id + " 的缩放级别范围 " + minZoom + ".." + maxZoom + " 无效");
        }
    }
}
