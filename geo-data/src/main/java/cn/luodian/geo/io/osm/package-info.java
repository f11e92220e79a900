/**
 * The OpenStreetMap PBF import: {@link cn.luodian.geo.io.osm.OsmPbfExtractor} turns a district
 * extract into the admin, roads, waterways and landmarks layers and says what it left out.
 *
 * <p>Reading: {@code PbfBlockReader} (file framing, zlib) → {@code PbfPrimitiveDecoder} (one
 * block's nodes, ways, relations) → an {@code OsmHandler} per pass: {@code RelationCollector},
 * {@code WayCollector}, {@code NodeCollector}. Tag rules live in {@code OsmFeatureRules}.
 * Building: {@code LineFeatureBuilder}, {@code AreaFeatureBuilder}, {@code AdminAreaBuilder} with
 * {@code MultipolygonAssembler}/{@code RingJoiner} for relation areas and
 * {@code AdminCodeResolver} for division codes. Nothing here knows about Spring or storage.
 */
package cn.luodian.geo.io.osm;
