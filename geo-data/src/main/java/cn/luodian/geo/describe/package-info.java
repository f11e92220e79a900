/**
 * Describe: a point in the words published lists use, from an in-memory snapshot of the layers.
 *
 * <p>{@link cn.luodian.geo.describe.ReferenceIndex} is an immutable snapshot of all reference layers,
 * projected once into the Gauss-Krüger zone of the data (EPSG:4548 for Beijing) and indexed with
 * {@code index.AreaIndex} per admin level and grid and {@code index.NearestFeatureIndex} for named
 * roads, waterways and landmarks; when the layers change a new one is built and swapped in.
 * {@link cn.luodian.geo.describe.Describer} turns a point into a
 * {@link cn.luodian.geo.describe.Description}: the sentence in the rural form
 * ({@code 漷县镇长凌营村距长凌营环路约124米，距北运河约465米}) or, near a named landmark, the urban
 * form ({@code {街道}{道路}{地标}{方位}侧}, the side a {@link cn.luodian.geo.describe.Side}), with
 * every admin level, the grid cell and the nearest named features in metres.
 * {@link cn.luodian.geo.describe.DescribeOptions} holds the validated text options.
 *
 * <p>No database work per point: everything is answered from the snapshot. Depends on {@code crs},
 * {@code index} and {@code layer} only; the reverse direction (words → place) is {@code locate}.
 */
package cn.luodian.geo.describe;
