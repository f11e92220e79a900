package cn.luodian.geo.demo;

import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Motorways and the main district roads of the demo (示意数据), traced by hand roughly along
 * their real routes and clipped to the district widened by a margin.
 */
final class MainRoads {
    static final String QUNFANG_ZHONGYI_STREET = "群芳中一街";
    /** 群芳中一街 runs west–east along this latitude, in 梨园 (the seed "群芳三园西区80号楼"). */
    static final double QUNFANG_LAT = 39.8720;
    static final double QUNFANG_WEST_LON = 116.6380;
    static final double QUNFANG_EAST_LON = 116.6530;
    private static final double BORDER_MARGIN_METRES = 200;

    private MainRoads() {
    }

    static List<Road> draw(MetricPaths paths, Polygon district) {
        List<Road> roads = new ArrayList<>();
        roads.add(motorway("京哈高速", "G1", paths.smoothLine(
                116.597, 39.866, 116.630, 39.858, 116.665, 39.851, 116.700, 39.845, 116.740, 39.836,
                116.780, 39.826, 116.820, 39.815, 116.860, 39.803, 116.900, 39.790, 116.940, 39.777)));
        roads.add(motorway("京沪高速", "G2", paths.smoothLine(
                116.522, 39.818, 116.555, 39.790, 116.580, 39.765, 116.605, 39.740, 116.632, 39.708)));
        roads.add(motorway("京津高速", "S15", paths.smoothLine(
                116.585, 39.836, 116.620, 39.805, 116.660, 39.770, 116.700, 39.735, 116.735, 39.700,
                116.765, 39.660, 116.790, 39.615)));
        roads.add(motorway("通燕高速", "", paths.smoothLine(
                116.700, 39.915, 116.730, 39.918, 116.760, 39.921, 116.785, 39.923)));
        roads.add(motorway("六环路", "G4501", paths.smoothLine(
                116.680, 40.032, 116.700, 40.000, 116.712, 39.970, 116.718, 39.945, 116.722, 39.920,
                116.722, 39.895, 116.718, 39.870, 116.705, 39.848, 116.680, 39.825, 116.645, 39.800,
                116.610, 39.782, 116.575, 39.770, 116.540, 39.760, 116.512, 39.755)));

        roads.add(road("京通快速路", RoadClass.TRUNK, paths.straightLine(116.596, 39.906, 116.620, 39.906, 116.640, 39.907)));
        roads.add(road("新华大街", RoadClass.PRIMARY, paths.straightLine(116.640, 39.907, 116.660, 39.908, 116.686, 39.909)));
        roads.add(road("运河东大街", RoadClass.PRIMARY, paths.straightLine(116.694, 39.905, 116.715, 39.904, 116.740, 39.903)));
        roads.add(road("京塘路", RoadClass.PRIMARY, paths.smoothLine(
                116.672, 39.870, 116.695, 39.845, 116.720, 39.815, 116.745, 39.790, 116.770, 39.768,
                116.790, 39.755, 116.800, 39.730, 116.805, 39.700, 116.800, 39.670, 116.795, 39.640, 116.790, 39.608)));
        roads.add(road("京榆旧线", RoadClass.PRIMARY, paths.smoothLine(
                116.720, 39.890, 116.760, 39.880, 116.800, 39.860, 116.840, 39.840, 116.880, 39.820, 116.912, 39.805)));
        roads.add(road("九棵树东路", RoadClass.SECONDARY, paths.straightLine(116.6555, 39.903, 116.6540, 39.885, 116.6525, 39.866)));
        roads.add(road("张采路", RoadClass.SECONDARY, paths.smoothLine(
                116.700, 39.850, 116.680, 39.820, 116.655, 39.790, 116.630, 39.760, 116.610, 39.730, 116.596, 39.708)));
        roads.add(road("通马路", RoadClass.SECONDARY, paths.smoothLine(
                116.652, 39.866, 116.630, 39.845, 116.605, 39.820, 116.580, 39.797, 116.562, 39.785)));
        roads.add(road("通顺路", RoadClass.SECONDARY, paths.smoothLine(
                116.665, 39.925, 116.668, 39.950, 116.672, 39.980, 116.678, 40.010, 116.680, 40.030)));
        roads.add(road("宋梁路", RoadClass.SECONDARY, paths.smoothLine(
                116.738, 40.022, 116.741, 39.990, 116.745, 39.960, 116.748, 39.930)));
        roads.add(road("漷马路", RoadClass.SECONDARY, paths.smoothLine(
                116.790, 39.755, 116.750, 39.758, 116.700, 39.762, 116.650, 39.766, 116.600, 39.772)));
        roads.add(road(QUNFANG_ZHONGYI_STREET, RoadClass.TERTIARY,
                paths.straightLine(QUNFANG_WEST_LON, QUNFANG_LAT, QUNFANG_EAST_LON, QUNFANG_LAT)));

        Geometry within = district.buffer(BORDER_MARGIN_METRES);
        return roads.stream()
                .map(r -> new Road(r.name(), r.roadClass(), r.ref(), r.geometry().intersection(within)))
                .toList();
    }

    private static Road motorway(String name, String ref, LineString line) {
        return new Road(name, RoadClass.MOTORWAY, ref, line);
    }

    private static Road road(String name, RoadClass roadClass, LineString line) {
        return new Road(name, roadClass, "", line);
    }
}
