package cn.luodian.api.demo;

import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.system.LuodianProperties;
import cn.luodian.geo.demo.DemoRegion;
import cn.luodian.geo.demo.TongzhouDemoRegion;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerStore.Origin;
import cn.luodian.geo.layer.WriteMode;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled 通州区 demo region (示意数据) when the server starts on an empty store. It never
 * loads over anything: one imported feature or division code anywhere and it stays out. Import
 * commands do not run it.
 */
@Component
@ConditionalOnWebApplication
@Order(100)
public class DemoRegionLoader implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoRegionLoader.class);
    static final String SOURCE = "luodian demo region 通州区 (示意数据)";

    private final ReferenceLayers store;
    private final LuodianProperties properties;
    private final TransactionTemplate transactions;
    private final ReferenceIndexHolder index;
    private final ApplicationEventPublisher events;

    public DemoRegionLoader(ReferenceLayers store, LuodianProperties properties,
                            TransactionTemplate transactions, ReferenceIndexHolder index,
                            ApplicationEventPublisher events) {
        this.store = store;
        this.properties = properties;
        this.transactions = transactions;
        this.index = index;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        boolean empty = store.origins().isEmpty() && store.countDivisionCodes() == 0
                && Arrays.stream(Layer.values()).allMatch(layer -> store.count(layer) == 0);
        if (!empty) {
            return;
        }
        long start = System.nanoTime();
        DemoRegion region = TongzhouDemoRegion.build();
        // One transaction for codes and layers: a crash in between must not leave a half demo
        // that then blocks the next start from loading it.
        transactions.executeWithoutResult(status -> {
            store.writeDivisionCodes(region.divisionCodes());
            store.write(region.layers(), WriteMode.REPLACE, Origin.DEMO, SOURCE);
            events.publishEvent(new DemoRegionLoaded());
        });
        index.invalidate();
        LOG.info("loaded the demo region 通州区 (示意数据): {} features, {} division codes in {} ms",
                region.layers().size(), region.divisionCodes().size(), (System.nanoTime() - start) / 1_000_000);
    }
}
