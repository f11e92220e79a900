package cn.luodian.geo.tile.mvt;

import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.WaterwayClass;
import cn.luodian.geo.tile.TileAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vector tile layers and the zoom each kind of feature appears from: the detail a map shows
 * grows with the zoom (villages from z10, grid cells from z13, small roads from z12, landmarks
 * from z15), so that low-zoom tiles stay small.
 */
public final class VectorLayers {
    public static final VectorLayerSpec ADMIN = new VectorLayerSpec("admin", 0, TileAddress.MAX_ZOOM,
            "行政区划：区、乡镇/街道（z0 起）、村/社区（z10 起）",
            Map.of("code", "String 统计用区划代码", "name", "String 名称", "level", "String district|township|village",
                    "parentCode", "String 上级代码"));
    public static final VectorLayerSpec GRID = new VectorLayerSpec("grid", 13, TileAddress.MAX_ZOOM,
            "单元网格（z13 起）", Map.of("code", "String 15 位网格编码", "villageCode", "String 所属村/社区代码"));
    public static final VectorLayerSpec ROADS = new VectorLayerSpec("roads", 5, TileAddress.MAX_ZOOM,
            "道路，按等级逐级显示（高速 z5、主干 z8、次干 z9、支路 z11、街巷 z12、其他 z14 起）",
            Map.of("name", "String 名称", "class", "String motorway|trunk|primary|…", "ref", "String 编号"));
    public static final VectorLayerSpec WATERWAYS = new VectorLayerSpec("waterways", 8, TileAddress.MAX_ZOOM,
            "水系：河流、运河、水面（z8）、溪流（z11）、沟渠（z13 起）",
            Map.of("name", "String 名称", "class", "String river|canal|stream|ditch|drain|water"));
    public static final VectorLayerSpec LANDMARKS = new VectorLayerSpec("landmarks", 15, TileAddress.MAX_ZOOM,
            "地标：建筑与兴趣点（z15 起）", Map.of("name", "String 名称", "type", "String building|poi"));
    public static final VectorLayerSpec CASES = new VectorLayerSpec("cases", 0, TileAddress.MAX_ZOOM,
            "案件点位（不含个人信息）；低于 z14 按网格聚合，聚合要素带 count",
            Map.of("id", "Number 案件 ID", "number", "String 案件编号", "category", "String 小类代码",
                    "state", "String 状态", "urgency", "String 紧急程度", "overdue", "Boolean 是否超期",
                    "cluster", "Boolean 聚合要素", "count", "Number 聚合的案件数（单个案件为 1）",
                    "overdueCount", "Number 聚合中超期的案件数"));

    /**
     * 部件 (issue 16). Cluster fields per status are {@code count:<status>} (statuses are data, so the
     * names follow the stored ones: {@code count:完好}, {@code count:破损} …).
     */
    public static final VectorLayerSpec COMPONENTS = new VectorLayerSpec("components", 10, TileAddress.MAX_ZOOM,
            "部件（需登录）：z16 起每个部件一个要素（点，或裁剪后的线、面）；z10–z15 按网格聚合，聚合要素带数量、各状态数量、主要状态和主要大类",
            Map.ofEntries(Map.entry("code", "String 部件标识码（16 位）"), Map.entry("category", "String 小类代码，如 B0101"),
                    Map.entry("categoryName", "String 小类名称"), Map.entry("status", "String 状态；聚合要素为数量最多的状态"),
                    Map.entry("name", "String 部件名称"), Map.entry("cluster", "Boolean 聚合要素"),
                    Map.entry("count", "Number 聚合的部件数"), Map.entry("count:<状态>", "Number 聚合中该状态的部件数，如 count:破损"),
                    Map.entry("major", "String 聚合中数量最多的大类，如 B01")));

    public static final List<VectorLayerSpec> ALL = List.of(ADMIN, GRID, ROADS, WATERWAYS, LANDMARKS, CASES, COMPONENTS);

    private VectorLayers() {
    }

    public static Optional<VectorLayerSpec> find(String name) {
        return ALL.stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    public static int minZoom(AdminLevel level) {
        return level == AdminLevel.VILLAGE ? 10 : 0;
    }

    public static int minZoom(RoadClass roadClass) {
        return switch (roadClass) {
            case MOTORWAY, TRUNK -> 5;
            case PRIMARY -> 8;
            case SECONDARY -> 9;
            case TERTIARY -> 11;
            case UNCLASSIFIED, RESIDENTIAL -> 12;
            case LIVING_STREET, SERVICE, TRACK -> 14;
        };
    }

    public static int minZoom(WaterwayClass waterwayClass) {
        return switch (waterwayClass) {
            case RIVER, CANAL, WATER -> 8;
            case STREAM -> 11;
            case DITCH, DRAIN -> 13;
        };
    }
}
