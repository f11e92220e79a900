package cn.luodian.api.demo;

import cn.luodian.api.dispatch.ResponsibleUnit;
import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.NewUser;
import cn.luodian.api.security.Role;
import cn.luodian.api.security.UserAccounts;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One user per role for the 通州区 demo region (示例账号), created in the same transaction as the
 * demo data and only then. Their passwords are published in the README, so once imports have
 * replaced every demo layer, a server start disables those that still have the published password.
 */
@Component
@ConditionalOnWebApplication
public class DemoUsers implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);
    private static final Actor SYSTEM = Actor.system("luodian-demo");
    static final String UNIT_CODE = "TZ-CGZF";
    static final String UNIT_NAME = "通州区城市管理综合行政执法局";

    /** A demo user; the password is {@code <username>-demo}. */
    public record Demo(String username, Role role, String displayName, String scopeCode, boolean unit) {
        String password() {
            return username + "-demo";
        }
    }

    public static final List<Demo> USERS = List.of(
            new Demo("zuoxi", Role.DISPATCHER, "坐席员（示例）", "110112", false),
            new Demo("huoxian", Role.TOWNSHIP_STAFF, "漷县镇工作人员（示例）", "110112106", false),
            new Demo("liyuan", Role.TOWNSHIP_STAFF, "梨园镇工作人员（示例）", "110112121", false),
            new Demo("chengguan", Role.RESPONSIBLE_UNIT, "区城管执法局（示例）", "110112", true),
            new Demo("duban", Role.SUPERVISOR, "城市管理委员会督办（示例）", "110112", false),
            new Demo("fenxi", Role.PLANNER, "分析研判（示例）", "110112", false),
            // The grid workers and leaders (网格长) of the demo 责任网格 (DemoGrids).
            new Demo("huoxian-wgz", Role.GRID_WORKER, "漷县镇网格长（示例）", "110112106", false),
            new Demo("huoxian-wgy1", Role.GRID_WORKER, "漷县镇社区网格员（示例）", "110112106", false),
            new Demo("huoxian-wgy2", Role.GRID_WORKER, "漷县镇村庄网格员甲（示例）", "110112106", false),
            new Demo("huoxian-wgy3", Role.GRID_WORKER, "漷县镇村庄网格员乙（示例）", "110112106", false),
            new Demo("liyuan-wgz", Role.GRID_WORKER, "梨园镇网格长（示例）", "110112121", false),
            new Demo("liyuan-wgy1", Role.GRID_WORKER, "梨园镇社区网格员（示例）", "110112121", false),
            new Demo("liyuan-wgy2", Role.GRID_WORKER, "梨园镇村庄网格员（示例）", "110112121", false));
    /** Listeners of DemoRegionLoaded that need the demo users run after this order. */
    static final int ORDER = 0;

    private final UserAccounts accounts;
    private final ResponsibleUnits units;
    private final ReferenceLayers layers;

    public DemoUsers(UserAccounts accounts, ResponsibleUnits units, ReferenceLayers layers) {
        this.accounts = accounts;
        this.units = units;
        this.layers = layers;
    }

    @EventListener
    @Order(ORDER)
    public void create(DemoRegionLoaded loaded) {
        for (Demo demo : USERS) {
            if (accounts.find(demo.username()).isEmpty()) {
                Long unitId = demo.unit() ? unitId() : null;
                accounts.createDemoUser(SYSTEM, new NewUser(demo.username(), demo.password(), demo.role().name(),
                        demo.displayName(), demo.scopeCode(), unitId));
            }
        }
        LOG.info("created the demo users (示例账号) {}: see the README, demo use only",
                USERS.stream().map(Demo::username).toList());
    }

    @Override
    public void run(ApplicationArguments args) {
        disableWhenTheDemoIsGone();
    }

    /** No layer holds demo data any more: the demo users that still have their published password stop working. */
    void disableWhenTheDemoIsGone() {
        if (layers.origins().containsValue("demo")) {
            return;
        }
        List<String> disabled = new ArrayList<>();
        for (Demo demo : USERS) {
            accounts.find(demo.username())
                    .filter(user -> user.enabled() && accounts.hasPassword(user, demo.password()))
                    .ifPresent(user -> {
                        accounts.disable(SYSTEM, user.username());
                        disabled.add(user.username());
                    });
        }
        if (!disabled.isEmpty()) {
            LOG.warn("no demo data is left: disabled the demo users {} that still had their published passwords",
                    disabled);
        }
    }

    /** The demo's responsible unit, created when missing. */
    private long unitId() {
        return units.findUnitByCode(UNIT_CODE).map(ResponsibleUnit::id)
                .orElseGet(() -> units.insertUnit(UNIT_CODE, UNIT_NAME, null));
    }
}
