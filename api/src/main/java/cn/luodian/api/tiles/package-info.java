/**
 * Map tiles: vector tiles of the reference layers and the cases, the raster base map, and the case
 * overlays (heat, Gi* hotspots) as PNG, all answered from memory.
 *
 * <p>One path for every kind: a tile is a {@link cn.luodian.api.tiles.Tile} (bytes and a strong ETag,
 * the first 128 bits of their SHA-256), kept in a {@link cn.luodian.api.tiles.TileCache} (LRU bounded
 * by bytes, keyed by {@link cn.luodian.api.tiles.TileKey}; an eviction stamp keeps out tiles built
 * from data that changed meanwhile) and answered by {@link cn.luodian.api.tiles.TileResponses} (ETag,
 * Cache-Control, If-None-Match → 304, empty → 204).
 *
 * <p>Vector: {@code TilesController} ({@code /tiles/catalog}, TileJSON 3.0.0,
 * {@code /tiles/{layers}/{z}/{x}/{y}.mvt}), {@code TileRequests} (layer list, address, {@code crs}),
 * {@code VectorTiles} (cache, else build), {@code ReferenceTiles} (the reference layers of one
 * {@code describe.ReferenceSnapshot} on the Mercator plane, per frame) and
 * {@link cn.luodian.api.tiles.CasePointIndex} (every case as a point, geo-data's {@code CasePoints},
 * loaded through {@code cases.CaseLookup} and kept current after each commit; compacted in the
 * background); {@code CaseTileInvalidation} evicts the cases tiles around a changed case. Components
 * (部件, issue 16, signed-in only): {@code ComponentTileIndex} holds every component as a
 * {@code ComponentTileSet} (a columnar {@code ComponentTable}, sorted by z14 tile, plus dead rows and
 * a small delta), read through {@code components.Components} in keyset pages and kept current after
 * commit by {@code components.ComponentsChanged} (many changes: read again whole in the background);
 * {@code ComponentsTileLayer} draws it (one feature each from z16, cell clusters with per-status
 * counts below), {@code ComponentTileInvalidation} evicts the tiles around a change. Base map:
 * {@code BaseMapTileController} and {@code BaseMapTiles} (renderer and a cache per reference
 * snapshot; the font is checked at start-up). Overlays: {@code OverlayTileController},
 * {@code HeatTiles} (kernel density over the point index), {@code HotspotTiles} + {@code HotspotCells}
 * (Gi* of grid cells through {@code hotspots.GiStarAnalysis}, once per filter), evicted by
 * {@code OverlayTileInvalidation}. {@code TileLayerCatalog} lists what {@code /tiles/catalog} shows.
 * Settings: {@code TileSettings}, {@code BaseMapSettings}, {@code OverlayTileSettings}.
 *
 * <p>No database work per tile. Depends on {@code cases} (values, events, {@code CaseLookup}),
 * {@code components} (events, {@code Components}), {@code categories} (小类 names),
 * {@code describe}, {@code hotspots}, {@code security} and {@code system}; the exposure list cuts its
 * small maps from {@code BaseMapTiles}.
 */
package cn.luodian.api.tiles;
