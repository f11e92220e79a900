package cn.luodian.api.tiles;

import cn.luodian.geo.points.CasePointFilter;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import java.util.List;

/**
 * What a cached tile's content depends on: layers (in request order), address, frame, and the case
 * filter. Raster tiles put their kind and parameters in the layer list ({@code ["heat", "300.0m", …]},
 * {@code ["basemap", "@2x"]}) so one key type serves every {@link TileCache}.
 */
record TileKey(List<String> layers, TileAddress tile, PointShift shift, CasePointFilter caseFilter) {

    TileKey {
        layers = List.copyOf(layers);
    }

    /** The key of a tile drawn the same in every frame and for every filter (the base map). */
    static TileKey plain(List<String> layers, TileAddress tile) {
        return new TileKey(layers, tile, PointShift.NONE, CasePointFilter.ALL);
    }
}
