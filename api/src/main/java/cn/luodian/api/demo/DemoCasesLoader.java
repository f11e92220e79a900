package cn.luodian.api.demo;

import cn.luodian.api.cases.CaseClockCheck;
import cn.luodian.api.cases.CaseFilter;
import cn.luodian.api.cases.CaseLookup;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseTransitions;
import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.system.AppClock;
import cn.luodian.api.system.LuodianProperties;
import cn.luodian.geo.grid.CellSizePolicy;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Layer;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After the demo region: its responsible units and dispatch rules, and the sample cases (示例),
 * when the admin layer is the demo's and there are no cases yet. Never runs over real data.
 */
@Component
@ConditionalOnWebApplication
@Order(110)
public class DemoCasesLoader implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCasesLoader.class);

    private final ReferenceLayers store;
    private final ReferenceIndexHolder reference;
    private final ResponsibleUnits units;
    private final CaseLookup storedCases;
    private final DemoCases demoCases;
    private final AppClock clock;
    private final LuodianProperties properties;

    public DemoCasesLoader(ReferenceLayers store, ReferenceIndexHolder reference, ResponsibleUnits units,
                           CaseLookup storedCases, CaseService cases, CaseTransitions transitions,
                           CaseClockCheck clocks, AppClock clock, LuodianProperties properties) {
        this.store = store;
        this.reference = reference;
        this.units = units;
        this.storedCases = storedCases;
        this.demoCases = new DemoCases(cases, transitions, clocks, clock);
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || !"demo".equals(store.origins().get(Layer.ADMIN.id()))
                || storedCases.count(CaseFilter.none()) > 0) {
            return;
        }
        long start = System.nanoTime();
        List<AdminArea> admin = reference.get().index().layers().features(Layer.ADMIN, AdminArea.class);
        DemoUnits.create(units, admin);
        if (properties.demoSampleCases() == 0) {
            return;
        }
        List<AdminArea> villages = admin.stream().filter(a -> a.level() == AdminLevel.VILLAGE).toList();
        demoCases.create(properties.demoSampleCases(), villages, CellSizePolicy::isBuiltUp, Instant.now(clock));
        LOG.info("created {} sample cases (示例) in {} ms", properties.demoSampleCases(), (System.nanoTime() - start) / 1_000_000);
    }
}
