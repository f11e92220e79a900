/**
 * Locate: a published location sentence read back into a place, the reverse of {@code describe}.
 *
 * <p>{@link cn.luodian.geo.locate.LocationSentenceParser} splits a sentence
 * ("潞县镇长凌营村距长凌营环路约124米,距北运河约465米", "梨园地区群芳中一街群芳三园西区80号楼北侧") into a
 * {@link cn.luodian.geo.locate.ParsedLocation} by name suffixes and a
 * {@link cn.luodian.geo.locate.KnownNames} gazetteer (longest match first); it never throws on odd
 * text but records warnings. {@link cn.luodian.geo.locate.Locator} resolves the names against a
 * {@code describe.ReferenceIndex} (the village first, correcting the township: 潞县镇 → 漷县镇,
 * 梨园地区 → 梨园镇), intersects the places where each stated relation holds (distance bands around
 * a road or waterway, side wedges of a landmark), keeps the pieces that describe back to the same
 * features and answers a {@link cn.luodian.geo.locate.LocateResult}: a location with an uncertainty
 * radius, and the separate candidates when there are several.
 *
 * <p>Package-private helpers do the parsing ({@code HeadSegmenter}, {@code DistanceClauseReader},
 * {@code Suffixes}, {@code NameIndex}) and the geometry ({@code DistanceRegions}). Depends on
 * {@code crs}, {@code describe} and {@code layer} only.
 */
package cn.luodian.geo.locate;
