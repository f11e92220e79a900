package cn.luodian.api.hotspots;

import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.hotspot.DensityGrid;
import cn.luodian.geo.hotspot.DensityGridSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A density grid as the answer: only the cells with a density above 0 (cases per km²), each with
 * its column and row in the full grid, so the answer stays small where cases are sparse.
 */
final class KernelDensityTable {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private KernelDensityTable() {
    }

    /**
     * @param box    the area asked for or chosen, in WGS-84
     * @param filter the filter echo ({@link HotspotParameters#filter})
     * @param cases  how many cases went into the density
     */
    static HotspotTable of(KernelDensityOptions options, Envelope box, DensityGridSpec spec, DensityGrid grid,
                           GaussKrugerProjection projection, Map<String, Object> filter, long cases) {
        List<HotspotTable.Row> out = new ArrayList<>();
        double max = 0;
        for (int row = 0; row < spec.rows(); row++) {
            for (int column = 0; column < spec.columns(); column++) {
                double perSquareMetre = grid.at(column, row);
                if (perSquareMetre > 0) {
                    double perKm2 = perSquareMetre * 1e6;
                    max = Math.max(max, perKm2);
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("unitId", column + "_" + row);
                    p.put("column", column);
                    p.put("row", row);
                    p.put("density", perKm2);
                    out.add(new HotspotTable.Row(cell(spec, column, row, projection), p));
                }
            }
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("method", "kernel-density");
        parameters.put("kernel", "quartic");
        parameters.put("bandwidthMetres", options.bandwidthMetres());
        parameters.put("cellSizeMetres", options.cellSizeMetres());
        parameters.put("bbox", List.of(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()));
        parameters.put("crs", "EPSG:" + projection.epsgCode());
        parameters.put("origin", List.of(spec.originXMetres(), spec.originYMetres()));
        parameters.put("columns", spec.columns());
        parameters.put("rows", spec.rows());
        parameters.put("densityUnit", "cases per km²");
        parameters.put("filter", filter);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("cases", cases);
        summary.put("cells", (long) spec.columns() * spec.rows());
        summary.put("cellsWithDensity", out.size());
        summary.put("maxDensity", max);
        return new HotspotTable(out, parameters, summary);
    }

    /** The cell's square, its corners taken back to WGS-84 (a slightly skewed quadrilateral there). */
    private static Polygon cell(DensityGridSpec spec, int column, int row, GaussKrugerProjection projection) {
        double x0 = spec.originXMetres() + column * spec.cellSizeMetres();
        double y0 = spec.originYMetres() + row * spec.cellSizeMetres();
        double x1 = x0 + spec.cellSizeMetres();
        double y1 = y0 + spec.cellSizeMetres();
        Coordinate a = projection.toGeographic(x0, y0);
        return WGS84.createPolygon(new Coordinate[] {a, projection.toGeographic(x1, y0), projection.toGeographic(x1, y1),
            projection.toGeographic(x0, y1), new Coordinate(a)});
    }
}
