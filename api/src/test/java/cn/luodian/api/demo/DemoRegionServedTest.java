package cn.luodian.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * What the README's run command gives: the application started as `java -jar` starts it, on an
 * empty data directory, loads the demo region and serves the map page, Leaflet and the API.
 */
class DemoRegionServedTest {
    private final RestClient http = DemoServerForTest.http();

    @Test
    void layersComeFromTheDemoRegion() {
        Map<?, ?> layers = http.get().uri("/api/v1/layers").retrieve().body(Map.class);
        assertThat(layers.get("demo")).isEqualTo(true);
        List<?> list = (List<?>) layers.get("layers");
        Map<?, ?> admin = (Map<?, ?>) list.get(0);
        assertThat(admin.get("id")).isEqualTo("admin");
        assertThat(((Number) admin.get("featureCount")).intValue()).isEqualTo(1 + 22 + 656);
        assertThat(admin.get("origin")).isEqualTo("demo");
        for (Object layer : list) {
            assertThat(((Number) ((Map<?, ?>) layer).get("featureCount")).intValue()).as(layer.toString()).isPositive();
        }
    }

    @Test
    void everyTownshipIsServedAsGeoJson() {
        Map<?, ?> townships = http.get().uri("/api/v1/layers/admin?level=township").retrieve().body(Map.class);
        assertThat((List<?>) townships.get("features")).hasSize(22);
    }

    @Test
    void aVillageByItsCode() {
        Map<?, ?> place = http.get().uri("/api/v1/places/110112106213").retrieve().body(Map.class);
        Map<?, ?> properties = (Map<?, ?>) place.get("properties");
        assertThat(properties.get("name")).isEqualTo("长凌营村");
        assertThat(properties.get("officialName")).isEqualTo("长凌营村村委会");
        assertThat(((Map<?, ?>) place.get("geometry")).get("type")).isEqualTo("Polygon");
    }

    @Test
    void theMapPageAndLeafletAreServed() {
        String page = http.get().uri("/").retrieve().body(String.class);
        assertThat(page).contains("落点").contains("示意数据").contains("leaflet");
        HttpStatusCode leaflet = http.get().uri("/webjars/leaflet/dist/leaflet-src.esm.js").retrieve().toBodilessEntity().getStatusCode();
        assertThat(leaflet.value()).isEqualTo(200);
        HttpStatusCode main = http.get().uri("/js/main.js").retrieve().toBodilessEntity().getStatusCode();
        assertThat(main.value()).isEqualTo(200);
    }

    @Test
    void healthIsUp() {
        Map<?, ?> health = http.get().uri("/actuator/health").retrieve().body(Map.class);
        assertThat(health.get("status")).isEqualTo("UP");
    }
}
