/**
 * Unit grid (单元网格) generation and coding: {@link cn.luodian.geo.grid.UnitGridGenerator} cuts
 * village areas, given in a metric projection, by a square lattice aligned to that projection and
 * numbers the cells with 15-digit codes (village code + 3-digit sequence, north-west first).
 *
 * <p>The other public classes are the geometry tools it rests on and that other polygon coverages
 * can reuse: {@link cn.luodian.geo.grid.FaceAdjacency} (shared edge lengths of noded faces),
 * {@link cn.luodian.geo.grid.CoverageVertexNoder} (no T-junctions, so a coverage stays gap-free
 * when moved to lon/lat) and {@link cn.luodian.geo.grid.CanonicalPolygons} (one way to write a
 * polygon, so output does not depend on JTS's internal ordering).
 */
package cn.luodian.geo.grid;
