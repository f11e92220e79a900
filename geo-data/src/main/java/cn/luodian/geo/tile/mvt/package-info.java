/**
 * Mapbox Vector Tiles (2.1) of the reference layers and the cases.
 *
 * <p>{@link cn.luodian.geo.tile.mvt.VectorLayers} lists the six layers' specs
 * ({@link cn.luodian.geo.tile.mvt.VectorLayerSpec}: zooms, fields, the zoom each kind of feature
 * appears from). {@link cn.luodian.geo.tile.mvt.ReferenceTileLayers} projects the reference layers of
 * one snapshot to Mercator once, WGS-84 or GCJ-02, into one
 * {@link cn.luodian.geo.tile.mvt.ReferenceTileLayer} STRtree each;
 * {@link cn.luodian.geo.tile.mvt.TileGeometries} simplifies in tile units, clips to the buffered
 * tile and snaps to whole units with polygons kept valid. {@link cn.luodian.geo.tile.mvt.CasesTileLayer}
 * turns {@code points.CasePoints} into cell clusters with counts below z14 and single cases from
 * z14. {@link cn.luodian.geo.tile.mvt.VectorTileBuilder} encodes lines and polygons through
 * mapbox-vector-tile-java and dense point layers through the hand-written {@code PointLayerWriter},
 * concatenating the layers; {@link cn.luodian.geo.tile.mvt.VectorTileReader} decodes, for tests.
 *
 * <p>Pure functions of in-memory data: no caching, no HTTP, no storage (those are api's
 * {@code tiles}). Depends on {@code layer}, {@code points} and {@code tile}.
 */
package cn.luodian.geo.tile.mvt;
