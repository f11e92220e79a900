/**
 * Reading and writing reference data files: GeoJSON in and out, and the official division-code CSV.
 *
 * <p>An import reads with {@link cn.luodian.geo.io.GeoJsonFeatureReader} (streams a
 * FeatureCollection into {@link cn.luodian.geo.io.RawFeature}s), then
 * {@link cn.luodian.geo.io.LayerFeatureParser} checks each feature against its layer's schema,
 * converts its datum to WGS-84 and repairs what can be repaired without changing the feature's kind
 * ({@link cn.luodian.geo.io.GeometryRepair}), producing {@code layer} records. Every failure is an
 * {@link cn.luodian.geo.io.ImportException} naming the file's feature index (or line) and the
 * reason. {@link cn.luodian.geo.io.DivisionCodeCsvReader} reads 统计用区划代码 CSV files,
 * {@link cn.luodian.geo.io.GridVillageAssigner} gives imported grid cells without a village the one
 * containing them, and {@link cn.luodian.geo.io.GeoJsonFeatureWriter} streams RFC 7946 output for the
 * API.
 *
 * <p>Streams in, records out: no storage, no Spring. The OpenStreetMap PBF import is {@code io.osm}.
 */
package cn.luodian.geo.io;
