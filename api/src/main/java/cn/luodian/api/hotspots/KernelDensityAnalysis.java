package cn.luodian.api.hotspots;

import cn.luodian.api.cases.CasePoint;
import cn.luodian.api.layers.BoundingBoxes;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.hotspot.DensityGrid;
import cn.luodian.geo.hotspot.DensityGridSpec;
import cn.luodian.geo.hotspot.KernelDensity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.stereotype.Service;

/**
 * Kernel density of the selected cases (quartic kernel, bandwidth in metres) on a grid of square
 * cells in EPSG:4548 metres over {@code bbox}, else the filter's bbox, else the extent of the
 * scope's area (the district, or the township for township staff). The answer lists the cells with
 * a density above 0 (cases per km²); each cell's column and row place it in the full grid.
 */
@Service
public class KernelDensityAnalysis implements HotspotAnalysis {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final HotspotInputs inputs;
    private final HotspotUnits units;
    private final HotspotSettings settings;

    public KernelDensityAnalysis(HotspotInputs inputs, HotspotUnits units, HotspotSettings settings) {
        this.inputs = inputs;
        this.units = units;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "kernel-density";
    }

    @Override
    public HotspotTable run(HotspotRequest request, Actor actor) {
        Double bandwidth = request.bandwidthMetres();
        if (bandwidth == null) {
            throw new BadRequestException("bandwidthMetres is required (such as 500)");
        }
        if (!(bandwidth > 0) || bandwidth > settings.maxBandwidthMetres()) {
            throw new BadRequestException("bandwidthMetres must be more than 0 and at most " + settings.maxBandwidthMetres()
                    + ", was " + bandwidth);
        }
        double cellSize = request.cellSizeMetres() == null ? Math.max(10, Math.round(bandwidth / 5)) : request.cellSizeMetres();
        if (!(cellSize >= 1) || cellSize > bandwidth * 10) {
            throw new BadRequestException("cellSizeMetres must be at least 1 and at most 10 × bandwidthMetres, was " + cellSize);
        }
        HotspotInputs.Selection selection = inputs.select(request.filter(), actor);
        Envelope box = request.bbox() != null && !request.bbox().isBlank() ? BoundingBoxes.parse(request.bbox())
                : selection.filter().bbox() != null ? selection.filter().bbox() : units.scopeExtent(selection.scope());
        if (box == null || box.isNull()) {
            throw new BadRequestException("no area to cover: give bbox (minLon,minLat,maxLon,maxLat)");
        }
        GaussKrugerProjection projection = units.projection();
        Envelope metric = new Envelope();
        for (double[] corner : new double[][] {{box.getMinX(), box.getMinY()}, {box.getMaxX(), box.getMinY()},
            {box.getMinX(), box.getMaxY()}, {box.getMaxX(), box.getMaxY()}}) {
            metric.expandToInclude(projection.toMetric(corner[0], corner[1]));
        }
        long columns = Math.max(1, (long) Math.ceil(metric.getWidth() / cellSize));
        long rows = Math.max(1, (long) Math.ceil(metric.getHeight() / cellSize));
        if (columns * rows > settings.maxDensityCells()) {
            throw new BadRequestException("too many cells: " + columns + " × " + rows + " = " + columns * rows + "; at most "
                    + settings.maxDensityCells() + " (luodian.hotspots.max-density-cells): use a larger cellSizeMetres or a smaller bbox");
        }
        DensityGridSpec spec = HotspotCore.call(() -> new DensityGridSpec(metric.getMinX(), metric.getMinY(), cellSize,
                (int) columns, (int) rows));
        List<CasePoint> points = inputs.points(selection, actor);
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Coordinate c = projection.toMetric(points.get(i).lon(), points.get(i).lat());
            x[i] = c.x;
            y[i] = c.y;
        }
        DensityGrid grid = HotspotCore.call(() -> KernelDensity.quartic(x, y, null, bandwidth).density(spec));

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
        parameters.put("bandwidthMetres", bandwidth);
        parameters.put("cellSizeMetres", cellSize);
        parameters.put("bbox", List.of(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()));
        parameters.put("crs", inputs.crs());
        parameters.put("origin", List.of(spec.originXMetres(), spec.originYMetres()));
        parameters.put("columns", spec.columns());
        parameters.put("rows", spec.rows());
        parameters.put("densityUnit", "cases per km²");
        parameters.put("filter", HotspotParameters.filter(selection));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("cases", (long) points.size());
        summary.put("cells", (long) spec.columns() * spec.rows());
        summary.put("cellsWithDensity", out.size());
        summary.put("maxDensity", max);
        return new HotspotTable(out, parameters, summary);
    }

    /** The cell's square, its corners taken back to WGS-84 (a slightly skewed quadrilateral there). */
    private static org.locationtech.jts.geom.Polygon cell(DensityGridSpec spec, int column, int row, GaussKrugerProjection projection) {
        double x0 = spec.originXMetres() + column * spec.cellSizeMetres();
        double y0 = spec.originYMetres() + row * spec.cellSizeMetres();
        double x1 = x0 + spec.cellSizeMetres();
        double y1 = y0 + spec.cellSizeMetres();
        Coordinate a = projection.toGeographic(x0, y0);
        return WGS84.createPolygon(new Coordinate[] {a, projection.toGeographic(x1, y0), projection.toGeographic(x1, y1),
            projection.toGeographic(x0, y1), new Coordinate(a)});
    }
}
