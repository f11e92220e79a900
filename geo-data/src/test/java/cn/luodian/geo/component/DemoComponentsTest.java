package cn.luodian.geo.component;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.demo.TongzhouDemoForTest;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Layer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class DemoComponentsTest {
    private static final List<Component> DEMO = DemoComponents.build(TongzhouDemoForTest.region());

    @Test
    void buildsTheSameInventoryEveryTime() {
        assertThat(DemoComponents.build(TongzhouDemoForTest.region())).isEqualTo(DEMO);
    }

    @Test
    void aFewThousandComponentsOfEveryDemoKind() {
        Map<String, Long> perCategory = DEMO.stream()
                .collect(Collectors.groupingBy(Component::category, TreeMap::new, Collectors.counting()));
        System.out.println("demo components: " + DEMO.size() + " " + perCategory);
        assertThat(DEMO.size()).isBetween(3_000, 6_000);
        for (DemoKind kind : DemoKind.ALL) {
            assertThat(perCategory.getOrDefault(kind.category(), 0L)).as(kind.name())
                    .isBetween(Math.round(kind.target() * 0.6), Math.round(kind.target() * 1.2));
        }
        assertThat(DEMO).filteredOn(c -> c.category().equals("B0208"))
                .allMatch(c -> c.geometry().getGeometryType().equals("LineString"));
        assertThat(DEMO).filteredOn(c -> c.category().equals("B0405"))
                .allMatch(c -> c.geometry().getGeometryType().equals("Polygon"));
    }

    @Test
    void codesAreUniqueValidAndInTheApiTaxonomy() throws IOException {
        ComponentCategories taxonomy = apiTaxonomy();
        Set<String> codes = new HashSet<>();
        for (Component component : DEMO) {
            assertThat(ComponentCode.parse(component.code().value(), taxonomy)).isEqualTo(component.code());
            assertThat(component.code().districtCode()).isEqualTo(DemoComponents.DISTRICT_CODE);
            assertThat(codes.add(component.code().value())).as(component.code().value()).isTrue();
            assertThat(taxonomy.findName(component.category())).contains(DemoComponents.categories().get(component.category()));
        }
    }

    @Test
    void everyComponentIsInsideTheDistrict() {
        GaussKrugerProjection projection = GaussKrugerProjection.beijing();
        Geometry district = projection.toMetric(TongzhouDemoForTest.region().layers().features(Layer.ADMIN, AdminArea.class)
                .stream().filter(a -> a.level() == AdminLevel.DISTRICT).findFirst().orElseThrow().geometry());
        // A hair of tolerance for the round trip through lon/lat.
        Geometry covering = district.buffer(0.01);
        assertThat(DEMO).allMatch(c -> covering.covers(projection.toMetric(c.geometry())));
    }

    @Test
    void unitsAreMarkedAsDemoAndStatusesAreMostlyIntact() {
        assertThat(DEMO).allMatch(c -> c.ownerUnit().endsWith("（示例）") && c.maintainerUnit().endsWith("（示例）"));
        assertThat(DEMO).allMatch(c -> c.source().equals(DemoComponents.SOURCE) && ComponentStatuses.DEFAULTS.contains(c.status()));
        Map<String, Long> byStatus = DEMO.stream().collect(Collectors.groupingBy(Component::status, Collectors.counting()));
        assertThat(byStatus.get("完好")).isGreaterThan(DEMO.size() * 8L / 10);
        assertThat(byStatus).containsKeys("破损", "丢失");
    }

    /** The 小类 of the api's seeded taxonomy, read from the repository as the api ships it. */
    static ComponentCategories apiTaxonomy() throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("../api/src/main/resources/taxonomy/categories.csv"), StandardCharsets.UTF_8)) {
            String[] fields = line.split(",", -1);
            if (fields.length == 4 && fields[3].equals("component") && !fields[1].isEmpty()) {
                names.put(fields[0], fields[2]);
            }
        }
        return ComponentCategories.of(names);
    }
}
