package cn.luodian.api.demo;

import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.responsibility.AssignmentForm;
import cn.luodian.api.responsibility.GridAdmin;
import cn.luodian.api.responsibility.GridForm;
import cn.luodian.api.responsibility.ResponsibilityGrid;
import cn.luodian.api.security.Actor;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo 责任网格 (示例): every unit grid cell of 漷县镇 and 梨园镇, grouped by village — the
 * communities (社区, village codes below 200) in one grid, the villages (村) in one or two — each with
 * one demo grid worker and the township's demo leader (网格长). Made with the demo region, after the
 * demo users; a grid whose code is there already is left alone.
 */
@Component
@ConditionalOnWebApplication
public class DemoGrids {
    private static final Logger LOG = LoggerFactory.getLogger(DemoGrids.class);
    private static final Actor SYSTEM = Actor.system("luodian-demo");
    /** Cells read per township, at most: the demo townships have far fewer. */
    private static final int MAX_CELLS_READ = 20_000;

    /** One demo grid: its code, name, township, the village codes' sequence range and its people. */
    record Plan(String code, String name, String township, int fromSequence, int toSequence, String worker, String leader) {
    }

    static final List<Plan> PLANS = List.of(
            new Plan("110112106-D01", "漷县镇社区网格（示例）", "110112106", 1, 199, "huoxian-wgy1", "huoxian-wgz"),
            new Plan("110112106-D02", "漷县镇村庄第一网格（示例）", "110112106", 200, 231, "huoxian-wgy2", "huoxian-wgz"),
            new Plan("110112106-D03", "漷县镇村庄第二网格（示例）", "110112106", 232, 999, "huoxian-wgy3", "huoxian-wgz"),
            new Plan("110112121-D01", "梨园镇社区网格（示例）", "110112121", 1, 199, "liyuan-wgy1", "liyuan-wgz"),
            new Plan("110112121-D02", "梨园镇村庄网格（示例）", "110112121", 200, 999, "liyuan-wgy2", "liyuan-wgz"));

    private final ReferenceLayers layers;
    private final GridAdmin grids;

    public DemoGrids(ReferenceLayers layers, GridAdmin grids) {
        this.layers = layers;
        this.grids = grids;
    }

    @EventListener
    @Order(DemoUsers.ORDER + 10)
    public void create(DemoRegionLoaded loaded) {
        TreeMap<String, List<String>> cellsByTownship = new TreeMap<>();
        List<String> made = new ArrayList<>();
        for (Plan plan : PLANS) {
            List<String> cells = cellsByTownship.computeIfAbsent(plan.township(), this::cells).stream()
                    .filter(code -> {
                        int sequence = Integer.parseInt(code.substring(9, 12));
                        return sequence >= plan.fromSequence() && sequence <= plan.toSequence();
                    }).toList();
            if (cells.isEmpty() || grids.exists(plan.code())) {
                continue;
            }
            ResponsibilityGrid grid = grids.create(SYSTEM, new GridForm(plan.code(), plan.name(), plan.township(), cells), true);
            grids.assign(SYSTEM, grid.id(), new AssignmentForm(List.of(plan.worker()), plan.leader()));
            made.add(plan.name() + " " + cells.size() + " 个单元网格");
        }
        LOG.info("created the demo responsibility grids (示例): {}", made);
    }

    /** Every stored cell of the township, by code. */
    private List<String> cells(String township) {
        AdminArea area = layers.findAdminArea(township).orElse(null);
        if (area == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        layers.forEach(Layer.GRID, area.geometry().getEnvelopeInternal(), null, MAX_CELLS_READ, feature -> {
            GridCell cell = (GridCell) feature;
            if (cell.code().startsWith(township)) {
                codes.add(cell.code());
            }
        });
        return codes;
    }
}
