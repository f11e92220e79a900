package cn.luodian.api.tiles;

import java.util.List;

/**
 * A source of tile layers for {@code /tiles/catalog}. Every Spring bean implementing it is listed,
 * in {@code @Order}: the vector layers come from {@link VectorTileCatalog}; a raster layer (the
 * base map, heat, hotspots) adds its own small bean next to its controller, for example
 *
 * <pre>{@code
 * @Component
 * class BasemapCatalog implements TileLayerCatalog {
 *     public List<TileLayerInfo> tileLayers() {
 *         return List.of(new TileLayerInfo("basemap", TileKind.RASTER, 0, 18, "底图",
 *                 "/tiles/basemap/{z}/{x}/{y}.png", null));
 *     }
 * }
 * }</pre>
 */
public interface TileLayerCatalog {

    List<TileLayerInfo> tileLayers();
}
