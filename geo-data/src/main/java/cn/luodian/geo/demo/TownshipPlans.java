package cn.luodian.geo.demo;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Where the 22 乡镇/街道 lie, drawn by hand (示意数据): one or more WGS-84 seed points per
 * township, whose Voronoi cells together make the township, and for a 镇/乡 with 社区 the centre of
 * its built-up town, around which those communities cluster. Positions follow the real layout
 * roughly: the 11 街道 in and around the old town, 宋庄 north, 潞城 east, 梨园 and 台湖 south-west,
 * 张家湾 south-east, 马驹桥 far south-west, 于家务 south, 漷县 south-east, 永乐店 far south, 西集
 * east along the 潮白河.
 */
final class TownshipPlans {

    /** A township's seeds as lon, lat pairs; {@code builtUpCentre} is null where no 社区 needs one. */
    record TownshipPlan(String code, Coordinate builtUpCentre, List<Coordinate> seeds) {
    }

    static final List<TownshipPlan> ALL = List.of(
            street("110112001", 116.662, 39.899),   // 中仓街道
            street("110112002", 116.652, 39.912),   // 新华街道
            street("110112003", 116.636, 39.904),   // 北苑街道
            street("110112004", 116.681, 39.884),   // 玉桥街道
            street("110112007", 116.728, 39.904),   // 潞源街道
            street("110112008", 116.700, 39.916),   // 通运街道
            street("110112009", 116.706, 39.894),   // 文景街道
            street("110112010", 116.643, 39.889),   // 九棵树街道
            street("110112011", 116.664, 39.877),   // 临河里街道
            street("110112012", 116.629, 39.922),   // 杨庄街道
            street("110112013", 116.705, 39.940),   // 潞邑街道
            town("110112104", null, 116.640, 40.006, 116.700, 40.006, 116.745, 39.990, 116.700, 39.972, 116.655, 39.975), // 宋庄镇
            town("110112105", null, 116.700, 39.848, 116.740, 39.830, 116.690, 39.820, 116.725, 39.800), // 张家湾镇
            town("110112106", c(116.790, 39.755), 116.780, 39.760, 116.820, 39.740, 116.760, 39.730), // 漷县镇
            town("110112109", c(116.565, 39.785), 116.560, 39.780, 116.545, 39.740, 116.600, 39.765), // 马驹桥镇
            town("110112110", c(116.862, 39.800), 116.860, 39.812, 116.900, 39.795, 116.865, 39.770, 116.828, 39.800), // 西集镇
            town("110112114", c(116.625, 39.848), 116.620, 39.850, 116.600, 39.825, 116.645, 39.825), // 台湖镇
            town("110112117", null, 116.780, 39.670, 116.820, 39.650, 116.750, 39.640, 116.840, 39.690), // 永乐店镇
            town("110112119", null, 116.750, 39.920, 116.760, 39.890, 116.745, 39.955, 116.805, 39.868), // 潞城镇
            town("110112120", c(116.662, 39.930), 116.665, 39.935, 116.640, 39.945, 116.685, 39.955), // 永顺镇
            town("110112121", c(116.648, 39.875), 116.625, 39.880, 116.645, 39.865), // 梨园镇
            town("110112209", c(116.690, 39.730), 116.670, 39.740, 116.700, 39.700, 116.640, 39.720)); // 于家务回族乡

    private TownshipPlans() {
    }

    static TownshipPlan of(String code) {
        return ALL.stream().filter(plan -> plan.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("乡镇/街道 " + code + " 没有演示规划"));
    }

    private static TownshipPlan street(String code, double lon, double lat) {
        return new TownshipPlan(code, null, List.of(c(lon, lat)));
    }

    private static TownshipPlan town(String code, Coordinate builtUpCentre, double... lonLat) {
        Coordinate[] seeds = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = c(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return new TownshipPlan(code, builtUpCentre, List.of(seeds));
    }

    private static Coordinate c(double lon, double lat) {
        return new Coordinate(lon, lat);
    }
}
