package cn.luodian.api.demo;

import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.geo.component.DemoComponents;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import java.util.List;

/**
 * The demo's responsible units (示例): every township's own office (属地), a few district
 * departments with dispatch rules sending their categories to them, and the owners of the demo
 * components.
 */
final class DemoUnits {
    static final String CITY_MANAGEMENT = "TZ-CGZF";

    private DemoUnits() {
    }

    static void create(ResponsibleUnits units, List<AdminArea> townships) {
        for (AdminArea township : townships) {
            if (township.level() == AdminLevel.TOWNSHIP && units.findHomeUnit(township.code()).isEmpty()) {
                units.insertUnit("TZ-" + township.code(), township.name() + "综合行政执法队（示例）", township.code());
            }
        }
        long cityManagement = unit(units, CITY_MANAGEMENT, "通州区城市管理综合行政执法局（示例）");
        long water = unit(units, "TZ-SW", "通州区水务局（示例）");
        long greening = unit(units, "TZ-YL", "通州区园林绿化局（示例）");
        long traffic = unit(units, "TZ-JT", "通州区交通局（示例）");
        long sanitation = unit(units, "TZ-HW", "通州区环境卫生服务中心（示例）");
        // The demo components' owners (权属单位): a case about a component goes to its owner.
        List<String> owners = DemoComponents.ownerUnits();
        for (int i = 0; i < owners.size(); i++) {
            String owner = owners.get(i);
            if (units.listUnits().stream().noneMatch(u -> u.name().equals(owner))) {
                unit(units, "TZ-QS%02d".formatted(i + 1), owner);
            }
        }
        if (!units.listRules().isEmpty()) {
            return; // the installation has rules of its own, or this ran before
        }
        units.insertRule("S04", "", water, 0);        // 突发事件: pipes, flooding, collapse
        units.insertRule("B04", "", greening, 0);     // 园林绿化 components
        units.insertRule("RX07", "", greening, 0);
        units.insertRule("RX06", "", traffic, 0);     // 停车秩序
        units.insertRule("B02", "", traffic, 0);
        units.insertRule("RX0101", "", sanitation, 0);
        units.insertRule("RX02", "", cityManagement, 0); // 违法建设
    }

    private static long unit(ResponsibleUnits units, String code, String name) {
        return units.findUnitByCode(code).map(u -> u.id()).orElseGet(() -> units.insertUnit(code, name, null));
    }
}
