package cn.luodian.geo.component;

import java.util.List;

/**
 * One 小类 of the demo inventory: its code and name in the api's taxonomy, where it stands, how
 * many to place and its demo owner and maintainer. Every unit name ends in （示例）: the demo's
 * units are made up, and a user must see that wherever they are shown.
 */
record DemoKind(String category, String name, Placement placement, int target, double offsetMetres,
                String ownerUnit, String maintainerUnit) {

    enum Placement {
        /** Points beside the main roads (trunk to tertiary). */
        MAIN_ROADS,
        /** Points beside the trunk, primary and secondary roads: where buses run. */
        BUS_ROADS,
        /** Points beside every road. */
        ALL_ROADS,
        /** Points beside the village roads. */
        VILLAGE_ROADS,
        /** Lines along stretches of the main roads' centre lines. */
        MAIN_ROAD_STRETCHES,
        /** Small rectangles beside the village roads. */
        VILLAGE_PLOTS
    }

    private static final String WATER = "通州区自来水公司（示例）";
    private static final String DRAINAGE = "北京城市排水集团通州分公司（示例）";
    private static final String POWER = "北京市电力公司通州供电公司（示例）";
    private static final String CITY_MANAGEMENT = "通州区城市管理委员会（示例）";
    private static final String ROADS = "通州区公路分局（示例）";

    /** The demo's 小类, in the order they are placed (codes follow this order). */
    static final List<DemoKind> ALL = List.of(
            new DemoKind("B0101", "上水井盖", Placement.ALL_ROADS, 520, 3, WATER, "通州区自来水公司管网所（示例）"),
            new DemoKind("B0102", "污水井盖", Placement.ALL_ROADS, 420, -2, DRAINAGE, DRAINAGE),
            new DemoKind("B0103", "雨水井盖", Placement.ALL_ROADS, 420, 6, DRAINAGE, DRAINAGE),
            new DemoKind("B0105", "电力井盖", Placement.ALL_ROADS, 300, -7, POWER, POWER),
            new DemoKind("B0107", "通信井盖", Placement.ALL_ROADS, 200, 8, "中国电信北京通州分公司（示例）", "中国电信北京通州分公司（示例）"),
            new DemoKind("B0111", "消防栓", Placement.MAIN_ROADS, 260, 9, "通州区消防救援支队（示例）", WATER),
            new DemoKind("B0112", "路灯", Placement.MAIN_ROADS, 900, 12, CITY_MANAGEMENT, "通州区路灯管理所（示例）"),
            new DemoKind("B0202", "公交站亭", Placement.BUS_ROADS, 120, 10, "北京公交集团（示例）", "北京公交集团第五客运分公司（示例）"),
            new DemoKind("B0303", "垃圾箱", Placement.VILLAGE_ROADS, 650, 5, "通州区环境卫生服务中心（示例）", "通州区环境卫生服务中心（示例）"),
            new DemoKind("B0208", "道路护栏", Placement.MAIN_ROAD_STRETCHES, 40, 0, ROADS, ROADS),
            new DemoKind("B0405", "绿地", Placement.VILLAGE_PLOTS, 40, 25, "通州区园林绿化局（示例）", "通州区园林绿化局（示例）"));
}
