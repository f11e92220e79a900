/**
 * Tile addressing and the Web Mercator plane, shared by the vector tiles, the base map and the
 * overlay tiles.
 *
 * <p>{@link cn.luodian.geo.tile.TileAddress} is an XYZ tile (z/x/y, validated; {@code around} gives
 * the tiles whose buffer holds a point). {@link cn.luodian.geo.tile.WebMercator} is EPSG:3857, used
 * only to place things on tiles: metric distances stay in EPSG:4548 ({@code crs}), since Mercator
 * metres are stretched by about 1.3 in Beijing. {@link cn.luodian.geo.tile.TileFrame} maps Mercator
 * metres onto a tile's pixel grid (4096 units for vector tiles, 256 or 512 pixels for PNG).
 * {@link cn.luodian.geo.tile.MercatorGeometry} puts a stored WGS-84 geometry on the Mercator plane,
 * shifted to GCJ-02 when asked ({@link cn.luodian.geo.tile.PointShift}: the frame points are placed in),
 * for the vector reference layers, the base map, the hotspot tiles and the case points.
 *
 * <p>Knows nothing of layers, cases or encodings: those are {@code tile.mvt} and {@code tile.raster}.
 * Depends on {@code crs} only.
 */
package cn.luodian.geo.tile;
