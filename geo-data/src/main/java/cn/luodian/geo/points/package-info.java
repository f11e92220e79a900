/**
 * Every case as a point in memory, for tiles, heat maps and hotspot layers without database work.
 *
 * <p>{@link cn.luodian.geo.points.CasePoints} is an immutable, consistent set: a large
 * {@link cn.luodian.geo.points.CasePointTable} (columns of Web Mercator x/y, dictionary-coded
 * category, state and urgency, received second, overdue flag and a packed case number, sorted in
 * {@link cn.luodian.geo.points.MortonOrder} so a tile is a few contiguous row ranges), tombstones for
 * the rows replaced since, and a small delta table; every change returns a new set, and
 * {@code compacted()} folds the delta into a new base. A scan takes a window, a
 * {@code tile.PointShift} (as stored, or GCJ-02, computed once per table on first
 * use), a {@link cn.luodian.geo.points.CasePointFilter} in the case list's terms and a visitor.
 * {@link cn.luodian.geo.points.CasePoint} is one case as given to the set: map fields only, never a
 * description or a reporter.
 *
 * <p>Depends on {@code crs} and the tile addressing only. No case
 * storage here: api's {@code tiles.CasePointIndex} fills and updates the set.
 */
package cn.luodian.geo.points;
