package cn.luodian.api.tiles;

import java.util.Locale;

/** How a tile layer is served: Mapbox Vector Tiles or PNG images. */
public enum TileKind {
    VECTOR, RASTER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
