/**
 * The reference layers as immutable records, and the interface they are stored through.
 *
 * <p>{@link cn.luodian.geo.layer.Layer} names the five layers (admin, grid, roads, waterways,
 * landmarks) as URLs, the import command and the database do. Each feature is its own record under
 * the sealed {@link cn.luodian.geo.layer.ReferenceFeature}: {@code AdminArea} (with
 * {@code AdminLevel}: 区 6 digits, 乡镇/街道 9, 村/社区 12), {@code GridCell} (单元网格, 15-digit code),
 * {@code Road} ({@code RoadClass}), {@code Waterway} ({@code WaterwayClass}) and {@code Landmark}
 * ({@code LandmarkType}); geometry is WGS-84 lon/lat. {@link cn.luodian.geo.layer.DivisionCode} is a
 * row of the official 统计用区划代码, and {@link cn.luodian.geo.layer.OfficialNames} turns official
 * committee names ("长凌营村村委会") into the names people write ("长凌营村").
 *
 * <p>{@link cn.luodian.geo.layer.LayerBatch} is the features written together, and
 * {@link cn.luodian.geo.layer.LayerStore} the atomic write interface (with
 * {@link cn.luodian.geo.layer.WriteMode}: append or replace) that api implements with JDBC. This
 * package must stay plain data: no other Luodian package, no I/O, no Spring or JDBC.
 */
package cn.luodian.geo.layer;
