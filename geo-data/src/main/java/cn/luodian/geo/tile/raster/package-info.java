/**
 * Raster tiles in plain Java2D: the base map (底图) and the PNG overlays (heat, Gi* bins).
 *
 * <p>Base map: {@link cn.luodian.geo.tile.raster.BaseMapIndex} projects the reference layers to
 * Mercator once per snapshot, cuts lines into pieces and holds them in STR-trees (admin edges shared
 * by neighbours drawn once, {@code SharedBoundaries}); {@link cn.luodian.geo.tile.raster.BaseMapRenderer}
 * draws one 256 or 512 pixel tile (land, water, buildings, boundaries, roads by class with casing,
 * labels) in the cartography of {@link cn.luodian.geo.tile.raster.BaseMapStyle}.
 * {@link cn.luodian.geo.tile.raster.LabelKind} and {@code LabelPlacer} choose labels
 * deterministically per feature and zoom, so neighbouring tiles agree;
 * {@link cn.luodian.geo.tile.raster.LabelFont} loads a CJK font file and checks it has Chinese glyphs.
 *
 * <p>Overlays: {@link cn.luodian.geo.tile.raster.HeatRaster} (quartic kernel density of case points
 * per km² of ground on a tile's pixels, a display; analyses are {@code hotspot.KernelDensity}) with
 * {@link cn.luodian.geo.tile.raster.HeatTileImage}, and {@link cn.luodian.geo.tile.raster.ColourRamp}
 * (heat ramp, Gi* bins −3…+3). {@link cn.luodian.geo.tile.raster.PngTiles} is the fast PNG encoder for
 * every raster tile, including the exposure list's small maps and demo photos.
 *
 * <p>No caching or HTTP here (api's {@code tiles}). Depends on {@code layer}, {@code points} and
 * {@code tile}.
 */
package cn.luodian.geo.tile.raster;
