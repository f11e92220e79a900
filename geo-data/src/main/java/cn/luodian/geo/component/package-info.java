/**
 * City components (部件) in plain Java: the inventory of surveyed objects (manhole covers, lamps, bus
 * shelters, bins, guard rails, green spaces …) that cases are linked to and dispatched by.
 *
 * <p>{@link cn.luodian.geo.component.ComponentCode} is the one rule of the 16-digit 部件标识码
 * (district 6 + 大类 2 + 小类 2 + sequence 6); the known 小类 come in as data,
 * {@link cn.luodian.geo.component.ComponentCategories} (the api's taxonomy, codes such as
 * {@code B0101}), and so do the statuses, {@link cn.luodian.geo.component.ComponentStatuses}
 * (完好, 破损, 丢失, 占用, 废弃 by default). {@link cn.luodian.geo.component.Component} is one
 * component, immutable, WGS-84, its text checked with {@code io.TextCharacters}.
 *
 * <p>{@link cn.luodian.geo.component.ComponentFileReader} reads CSV (UTF-8 or GBK, detected by
 * {@code io.TextEncoding}) and GeoJSON FeatureCollections with coordinates in any {@code crs.Datum}.
 * All or nothing: every error is collected as "文件名：第 N 行：原因" or "文件名：第 N 个要素：原因" and
 * the file is refused with one {@link cn.luodian.geo.component.ComponentImportException} listing the
 * first 100. CSV columns (header names match ignoring case, spaces, '_' and '-'; unknown columns are
 * ignored; GeoJSON properties take the same names, every value a string):
 * <ul>
 *   <li>部件编码 / code (also 部件标识码): required, the 16-digit code;</li>
 *   <li>小类 / category: optional, B0101 or the 小类's name; must agree with the code;</li>
 *   <li>名称 / name: optional, the 小类's name when empty;</li>
 *   <li>经度 / lon and 纬度 / lat: the point, in the datum the import names; or</li>
 *   <li>几何 / wkt: a WKT line or polygon (道路护栏, 绿地) instead of 经度/纬度;</li>
 *   <li>状态 / status: optional, one of the status list, the list's first when empty;</li>
 *   <li>权属单位 / owner, 养护单位 / maintainer (≤ 100 characters), 普查日期 / surveyed (2026-05-01,
 *       2026/5/1 or 20260501; not after today), 来源 / source (≤ 50), 备注 / notes (≤ 500).</li>
 * </ul>
 * A quoted CSV field may hold commas, not line breaks. A code may appear once per file.
 *
 * <p>{@link cn.luodian.geo.component.NearestComponentIndex} offers, for a report's point and a 小类,
 * the components within a radius in EPSG:4548 metres (30 m, say), closest first: points in flat
 * sorted rows, lines and polygons in STRtrees measured to the geometry.
 * {@link cn.luodian.geo.component.DemoComponents} is the demo inventory (示例) of the bundled 通州区.
 *
 * <p>Depends on {@code crs}, {@code io}, {@code index}, {@code layer} and {@code demo}; no storage.
 */
package cn.luodian.geo.component;
