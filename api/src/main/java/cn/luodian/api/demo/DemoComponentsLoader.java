package cn.luodian.api.demo;

import cn.luodian.api.components.ComponentImport;
import cn.luodian.api.components.ComponentImportReport;
import cn.luodian.api.components.Components;
import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.LuodianProperties;
import cn.luodian.geo.component.DemoComponents;
import cn.luodian.geo.demo.DemoRegion;
import cn.luodian.geo.layer.Layer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo inventory of city components (部件, 示例) on the demo region: geo-data's
 * {@link DemoComponents} along the demo roads and in its villages, imported as a file would be
 * (placed, with a history row each). Only on the demo region and only into a store without components.
 */
@Component
@ConditionalOnWebApplication
@Order(105)
public class DemoComponentsLoader implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoComponentsLoader.class);
    static final String FILE_NAME = "示例部件清单";

    private final ReferenceLayers store;
    private final ReferenceIndexHolder reference;
    private final Components components;
    private final ComponentImport importer;
    private final LuodianProperties properties;

    public DemoComponentsLoader(ReferenceLayers store, ReferenceIndexHolder reference, Components components,
                                ComponentImport importer, LuodianProperties properties) {
        this.store = store;
        this.reference = reference;
        this.components = components;
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo() || !"demo".equals(store.origins().get(Layer.ADMIN.id())) || components.count() > 0) {
            return;
        }
        long start = System.nanoTime();
        var inventory = DemoComponents.build(new DemoRegion(reference.get().index().layers(), List.of()));
        ComponentImportReport report = importer.importComponents(FILE_NAME, inventory, Actor.system("luodian-demo"));
        LOG.info("created the demo components (示例): {} in {} ms", report.inserted(), (System.nanoTime() - start) / 1_000_000);
    }
}
