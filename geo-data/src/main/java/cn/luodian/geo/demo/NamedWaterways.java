package cn.luodian.geo.demo;

import cn.luodian.geo.grid.CanonicalPolygons;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.layer.WaterwayClass;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The named rivers, canals, ditches and water areas of the demo (示意数据): traced by hand along
 * their real courses as far as we know them, within a few hundred metres, not surveyed. Lines are
 * clipped to the district widened by {@link #BORDER_MARGIN_METRES}, so that a river along the
 * border may run just outside it.
 */
final class NamedWaterways {
    static final String NORTH_CANAL = "北运河";
    static final double BORDER_MARGIN_METRES = 300;

    private NamedWaterways() {
    }

    static List<Waterway> draw(MetricPaths paths, Polygon district) {
        List<Waterway> waterways = new ArrayList<>();
        // Rivers and canals
        add(waterways, NORTH_CANAL, WaterwayClass.RIVER, paths.smoothLine(
                116.682, 39.921, 116.690, 39.905, 116.697, 39.890, 116.705, 39.875, 116.715, 39.860,
                116.728, 39.845, 116.742, 39.828, 116.755, 39.810, 116.768, 39.793, 116.782, 39.778,
                116.797, 39.762, 116.812, 39.747, 116.828, 39.734, 116.845, 39.722, 116.862, 39.712,
                116.876, 39.703, 116.890, 39.695));
        add(waterways, "潮白河", WaterwayClass.RIVER,
                paths.alongBoundary(district, 150, 116.762, 40.012, 116.935, 39.782));
        add(waterways, "温榆河", WaterwayClass.RIVER, paths.smoothLine(
                116.612, 39.995, 116.625, 39.978, 116.637, 39.962, 116.655, 39.945, 116.670, 39.931, 116.682, 39.921));
        add(waterways, "通惠河", WaterwayClass.CANAL, paths.smoothLine(
                116.598, 39.912, 116.625, 39.913, 116.650, 39.916, 116.668, 39.919, 116.682, 39.921));
        add(waterways, "运潮减河", WaterwayClass.CANAL, paths.smoothLine(
                116.684, 39.923, 116.705, 39.927, 116.730, 39.932, 116.752, 39.937, 116.776, 39.941));
        add(waterways, "凉水河", WaterwayClass.RIVER, paths.smoothLine(
                116.526, 39.808, 116.555, 39.800, 116.585, 39.802, 116.615, 39.808, 116.650, 39.815,
                116.690, 39.820, 116.720, 39.824, 116.742, 39.828));
        add(waterways, "萧太后河", WaterwayClass.RIVER, paths.smoothLine(
                116.598, 39.862, 116.630, 39.855, 116.660, 39.848, 116.690, 39.838, 116.720, 39.825));
        add(waterways, "中坝河", WaterwayClass.RIVER, paths.smoothLine(
                116.720, 40.016, 116.722, 39.990, 116.718, 39.965, 116.712, 39.945, 116.705, 39.927));
        add(waterways, "小中河", WaterwayClass.RIVER, paths.smoothLine(
                116.748, 40.018, 116.754, 39.992, 116.760, 39.966, 116.768, 39.945));
        add(waterways, "凤港减河", WaterwayClass.CANAL, paths.smoothLine(
                116.600, 39.724, 116.640, 39.712, 116.680, 39.700, 116.720, 39.690, 116.760, 39.675,
                116.800, 39.655, 116.832, 39.634));
        add(waterways, "凤河", WaterwayClass.RIVER, paths.smoothLine(
                116.575, 39.711, 116.600, 39.724, 116.635, 39.702, 116.665, 39.684, 116.690, 39.662, 116.702, 39.642));
        add(waterways, "玉带河", WaterwayClass.STREAM, paths.smoothLine(
                116.655, 39.923, 116.664, 39.912, 116.672, 39.901, 116.684, 39.896, 116.694, 39.896));
        // Ditches, drains and small streams: the ones reports name most often
        add(waterways, "通大边沟", WaterwayClass.DITCH,
                paths.alongBoundary(district, 120, 116.534, 39.830, 116.530, 39.726));
        add(waterways, "牛屯引河", WaterwayClass.STREAM, paths.smoothLine(
                116.826, 39.771, 116.850, 39.764, 116.874, 39.759, 116.893, 39.757));
        add(waterways, "大梁沟", WaterwayClass.DRAIN, paths.smoothLine(
                116.728, 39.656, 116.758, 39.646, 116.785, 39.634, 116.798, 39.620));
        add(waterways, "港沟河", WaterwayClass.STREAM, paths.smoothLine(
                116.586, 39.841, 116.610, 39.836, 116.638, 39.829, 116.655, 39.817));
        add(waterways, "西干渠", WaterwayClass.DITCH, paths.smoothLine(
                116.640, 39.760, 116.660, 39.745, 116.680, 39.725, 116.690, 39.706));
        add(waterways, "东干渠", WaterwayClass.DITCH, paths.smoothLine(
                116.748, 39.745, 116.768, 39.726, 116.790, 39.712));
        add(waterways, "胜利沟", WaterwayClass.DITCH, paths.smoothLine(
                116.820, 39.836, 116.850, 39.830, 116.880, 39.824));
        add(waterways, "后屯沟", WaterwayClass.DRAIN, paths.smoothLine(
                116.650, 40.010, 116.670, 39.996, 116.690, 39.985));
        // Water areas
        waterways.add(new Waterway("西海子", WaterwayClass.WATER, ellipse(paths, 116.6605, 39.9135, 170, 95, 20)));
        waterways.add(new Waterway("宋庄蓄滞洪区", WaterwayClass.WATER, ellipse(paths, 116.738, 39.968, 900, 420, -35)));

        Geometry within = district.buffer(BORDER_MARGIN_METRES);
        return waterways.stream()
                .map(w -> w.waterwayClass() == WaterwayClass.WATER ? w
                        : new Waterway(w.name(), w.waterwayClass(), w.geometry().intersection(within)))
                .toList();
    }

    private static void add(List<Waterway> waterways, String name, WaterwayClass waterwayClass, Geometry line) {
        waterways.add(new Waterway(name, waterwayClass, line));
    }

    /** A lake outline: an ellipse with semi-axes in metres, turned by {@code degrees} anticlockwise. */
    static Polygon ellipse(MetricPaths paths, double lon, double lat, double semiMajorMetres, double semiMinorMetres, double degrees) {
        var centre = paths.point(lon, lat);
        Geometry circle = paths.factory().createPoint(centre).buffer(1, 8);
        AffineTransformation shape = new AffineTransformation()
                .translate(-centre.x, -centre.y)
                .scale(semiMajorMetres, semiMinorMetres)
                .rotate(Math.toRadians(degrees))
                .translate(centre.x, centre.y);
        return CanonicalPolygons.canonical((Polygon) shape.transform(circle));
    }
}
