package cn.luodian.bench.components;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.bench.cases.Taxonomy;
import cn.luodian.geo.component.Component;
import cn.luodian.geo.component.ComponentCategories;
import cn.luodian.geo.component.ComponentFileReader;
import cn.luodian.geo.component.ComponentStatuses;
import cn.luodian.geo.crs.Datum;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticComponentsTest {
    private static final Map<String, String> CATEGORIES =
            SyntheticComponents.categories(Taxonomy.read(Path.of("../api/src/main/resources/taxonomy/categories.csv")));

    @Test
    void generatesTheSameInventoryFromTheSeed() {
        assertThat(SyntheticComponents.generate(5_000, CATEGORIES)).isEqualTo(SyntheticComponents.generate(5_000, CATEGORIES));
    }

    @Test
    void itsCsvReadsBackThroughTheImportUnchanged() {
        List<Component> generated = SyntheticComponents.generate(20_000, CATEGORIES);
        StringWriter text = new StringWriter();
        ComponentCsv.write(generated, text);
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        List<Component> read = new ComponentFileReader(ComponentCategories.of(CATEGORIES), ComponentStatuses.DEFAULTS,
                LocalDate.of(2026, 12, 7)).readCsv(() -> new ByteArrayInputStream(bytes), "synthetic.csv", Datum.WGS84, null);
        assertThat(read).isEqualTo(generated);
        Map<String, Long> types = generated.stream().collect(Collectors.groupingBy(c -> c.geometry().getGeometryType(), Collectors.counting()));
        assertThat(types).containsKeys("Point", "LineString", "Polygon");
        assertThat(generated.stream().map(c -> c.code().value()).distinct().count()).isEqualTo(generated.size());
    }
}
