package cn.luodian.api.hotspots;

import cn.luodian.api.cases.CasePoint;
import cn.luodian.api.layers.BoundingBoxes;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.hotspot.DensityGrid;
import cn.luodian.geo.hotspot.DensityGridSpec;
import cn.luodian.geo.hotspot.KernelDensity;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Service;

/**
 * Kernel density of the selected cases (quartic kernel, bandwidth in metres) on a grid of square
 * cells in EPSG:4548 metres over {@code bbox}, else the filter's bbox, else the extent of the
 * scope's area (the district, or the township for township staff). Options are checked before the
 * selection, the area and grid size after it, as the client would fix them in that order; the
 * answer is {@link KernelDensityTable}.
 */
@Service
public class KernelDensityAnalysis implements HotspotAnalysis {
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
        KernelDensityOptions options = KernelDensityOptions.of(request, settings);
        HotspotInputs.Selection selection = inputs.select(request.filter(), actor);
        Envelope box = request.bbox() != null && !request.bbox().isBlank() ? BoundingBoxes.parse(request.bbox())
                : selection.filter().bbox() != null ? selection.filter().bbox() : units.scopeExtent(selection.scope());
        if (box == null || box.isNull()) {
            throw new BadRequestException("没有分析范围：请给出范围（最小经度,最小纬度,最大经度,最大纬度）");
        }
        GaussKrugerProjection projection = units.projection();
        DensityGridSpec spec = grid(box, options.cellSizeMetres(), projection);
        List<CasePoint> points = inputs.points(selection, actor);
        DensityGrid grid = density(points, options.bandwidthMetres(), spec, projection);
        return KernelDensityTable.of(options, box, spec, grid, projection, HotspotParameters.filter(selection), points.size());
    }

    /** Square cells over the box's corners in metres; 400 when there would be more than the setting allows. */
    private DensityGridSpec grid(Envelope box, double cellSize, GaussKrugerProjection projection) {
        Envelope metric = new Envelope();
        for (double[] corner : new double[][] {{box.getMinX(), box.getMinY()}, {box.getMaxX(), box.getMinY()},
            {box.getMinX(), box.getMaxY()}, {box.getMaxX(), box.getMaxY()}}) {
            metric.expandToInclude(projection.toMetric(corner[0], corner[1]));
        }
        long columns = Math.max(1, (long) Math.ceil(metric.getWidth() / cellSize));
        long rows = Math.max(1, (long) Math.ceil(metric.getHeight() / cellSize));
        if (columns * rows > settings.maxDensityCells()) {
            throw new BadRequestException("格网单元太多：" + columns + " × " + rows + " = " + columns * rows + "，最多 " + settings.maxDensityCells() + " 个：请加大格网大小或缩小范围");
        }
        return HotspotCore.call(() -> new DensityGridSpec(metric.getMinX(), metric.getMinY(), cellSize, (int) columns, (int) rows));
    }

    private static DensityGrid density(List<CasePoint> points, double bandwidth, DensityGridSpec spec,
                                       GaussKrugerProjection projection) {
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Coordinate c = projection.toMetric(points.get(i).lon(), points.get(i).lat());
            x[i] = c.x;
            y[i] = c.y;
        }
        return HotspotCore.call(() -> KernelDensity.quartic(x, y, null, bandwidth).density(spec));
    }
}
