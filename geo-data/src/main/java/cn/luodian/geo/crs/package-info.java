/**
 * Coordinate reference systems: the datum every incoming coordinate is named in, and the metric
 * projection every distance is measured in.
 *
 * <p>{@link cn.luodian.geo.crs.Datum} ({@code wgs84}, {@code cgcs2000}, {@code gcj02}, {@code bd09})
 * is the explicit parameter a coordinate carries into or out of the system; storage is WGS-84, and
 * CGCS2000 is taken as identical to it. {@link cn.luodian.geo.crs.ChinaOffsets} holds the GCJ-02 and
 * BD-09 offset maths with iterative inverses. {@link cn.luodian.geo.crs.GaussKrugerProjection} is the
 * CGCS2000 3-degree Gauss-Krüger zone (EPSG:4534–4554, through GeoTools; Beijing is EPSG:4548):
 * every distance the product states or analyses with (describe, locate, duplicates, hotspot
 * weights) is measured there, never in degrees; Web Mercator ({@code tile}) only places things on
 * tiles. An unknown datum name is an
 * {@link cn.luodian.geo.crs.UnknownDatumException}.
 *
 * <p>The bottom of the module: depends on no other Luodian package.
 */
package cn.luodian.geo.crs;
