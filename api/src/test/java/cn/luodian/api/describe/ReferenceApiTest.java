package cn.luodian.api.describe;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.geo.crs.Datum;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** describe, locate, places and grid cells over HTTP on the demo region. */
@SuppressWarnings({"rawtypes", "unchecked"})
class ReferenceApiTest {
    private final RestClient http = DemoServerForTest.http();

    private ResponseEntity<Map> get(String uri, Object... vars) {
        return http.get().uri(uri, vars).retrieve().toEntity(Map.class);
    }

    private Map<?, ?> ok(String uri, Object... vars) {
        ResponseEntity<Map> response = get(uri, vars);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return response.getBody();
    }

    @Test
    void describeAPointInAVillage() {
        Map<?, ?> d = ok("/api/v1/describe?lon={lon}&lat={lat}", 116.72, 39.76);
        assertThat(d.get("coverage")).isEqualTo("inside");
        assertThat((String) d.get("text")).matches(".+镇.+村距.+约\\d+米，距.+约\\d+米");
        assertThat(((Map<?, ?>) d.get("district")).get("name")).isEqualTo("通州区");
        assertThat(((String) ((Map<?, ?>) d.get("gridCell")).get("code"))).hasSize(15)
                .startsWith((String) ((Map<?, ?>) d.get("village")).get("code"));
        Map<?, ?> road = (Map<?, ?>) d.get("road");
        assertThat(((Number) road.get("distanceMetres")).doubleValue()).isPositive();
    }

    @Test
    void describeInGcj02AnswersInGcj02() {
        Coordinate gcj = Datum.GCJ02.fromWgs84(116.72, 39.76);
        Map<?, ?> wgs = ok("/api/v1/describe?lon={lon}&lat={lat}", 116.72, 39.76);
        Map<?, ?> shifted = ok("/api/v1/describe?lon={lon}&lat={lat}&crs=gcj02", gcj.x, gcj.y);
        assertThat(shifted.get("text")).isEqualTo(wgs.get("text"));
        assertThat(((Number) ((Map<?, ?>) shifted.get("point")).get("lon")).doubleValue()).isCloseTo(gcj.x, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void outsideTheDataSaysSo() {
        Map<?, ?> d = ok("/api/v1/describe?lon=116.3&lat=39.9");
        assertThat(d.get("coverage")).isEqualTo("outside");
        assertThat(d.get("road")).isNull();
    }

    @Test
    void batchDescribeKeepsTheOrder() {
        Map<?, ?> body = http.post().uri("/api/v1/describe").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("crs", "wgs84", "points", List.of(List.of(116.72, 39.76), List.of(116.3, 39.9), List.of(116.66, 39.90))))
                .retrieve().body(Map.class);
        List<?> results = (List<?>) body.get("results");
        assertThat(results).hasSize(3);
        assertThat(((Map<?, ?>) results.get(1)).get("coverage")).isEqualTo("outside");
        assertThat(((Map<?, ?>) results.get(0)).get("text")).isEqualTo(ok("/api/v1/describe?lon=116.72&lat=39.76").get("text"));
    }

    @Test
    void locateReadsTheSeedSentenceAndCorrectsTheTownship() {
        Map<?, ?> result = ok("/api/v1/locate?text={t}", "潞县镇长凌营村距长凌营环路约124米,距北运河约465米");
        Map<?, ?> parsed = (Map<?, ?>) result.get("parsed");
        assertThat(parsed.get("township")).isEqualTo("潞县镇");
        assertThat(parsed.get("roadDistanceMetres")).isEqualTo(124);
        Map<?, ?> resolved = (Map<?, ?>) result.get("resolved");
        assertThat(((Map<?, ?>) resolved.get("village")).get("code")).isEqualTo("110112106213");
        assertThat((List<Object>) resolved.get("corrections")).containsExactly("潞县镇 → 漷县镇");
        assertThat(result.get("location")).isNotNull();
        // The spot found describes back to the same road and river at the stated distances.
        Map<?, ?> location = (Map<?, ?>) result.get("location");
        List<?> candidates = (List<?>) result.get("candidates");
        Map<?, ?> spot = candidates.isEmpty() ? location : (Map<?, ?>) ((Map<?, ?>) candidates.get(0)).get("location");
        Map<?, ?> back = ok("/api/v1/describe?lon={lon}&lat={lat}", spot.get("lon"), spot.get("lat"));
        assertThat((String) back.get("text")).contains("长凌营村距长凌营环路约12").contains("距北运河约46");
    }

    @Test
    void locateTheUrbanSeedSentence() {
        Map<?, ?> result = ok("/api/v1/locate?text={t}", "梨园地区群芳中一街群芳三园西区80号楼北侧");
        assertThat((List<Object>) ((Map<?, ?>) result.get("resolved")).get("corrections")).containsExactly("梨园地区 → 梨园镇");
        assertThat(((Map<?, ?>) result.get("parsed")).get("landmark")).isEqualTo("群芳三园西区80号楼");
        assertThat(result.get("location")).isNotNull();
        assertThat(((Number) result.get("uncertaintyMetres")).doubleValue()).isLessThan(60);
    }

    @Test
    void placesAtAPointAndAGridCellByCode() {
        Map<?, ?> places = ok("/api/v1/places?lon=116.72&lat=39.76");
        assertThat(places.get("coverage")).isEqualTo("inside");
        Map<?, ?> cell = (Map<?, ?>) places.get("gridCell");
        Map<?, ?> feature = ok("/api/v1/grid/cells/{code}", cell.get("code"));
        Map<?, ?> properties = (Map<?, ?>) feature.get("properties");
        assertThat(properties.get("code")).isEqualTo(cell.get("code"));
        assertThat(((Map<?, ?>) properties.get("village")).get("code")).isEqualTo(((Map<?, ?>) places.get("village")).get("code"));
        assertThat(((Number) properties.get("areaSquareMetres")).doubleValue()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/v1/describe?lon=abc&lat=39.8",
        "/api/v1/describe?lon=NaN&lat=39.8",
        "/api/v1/describe?lon=39.8&lat=116.7",
        "/api/v1/describe?lon=116.7&lat=39.8&crs=utm",
        "/api/v1/describe?lat=39.8",
        "/api/v1/places?lon=116.7&lat=95",
        "/api/v1/locate?text=",
        "/api/v1/grid/cells/123",
    })
    void badInputIsA400ProblemJson(String uri) {
        ResponseEntity<Map> response = get(uri);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat((String) response.getBody().get("detail")).isNotBlank();
    }

    @Test
    void swappedCoordinatesAreNamedAsSuch() {
        assertThat((String) get("/api/v1/describe?lon=39.8&lat=116.7").getBody().get("detail")).contains("经纬度是否颠倒");
    }

    @Test
    void aBatchOverTheLimitIsRejected() {
        List<List<Double>> points = java.util.Collections.nCopies(10_001, List.of(116.7, 39.8));
        ResponseEntity<Map> response = http.post().uri("/api/v1/describe").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("points", points)).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat((String) response.getBody().get("detail")).contains("每次最多 10000 个点");
    }

    @Test
    void aTenMegabyteTextIsRejectedAsProblemJson() {
        ResponseEntity<Map> response = http.post().uri("/api/v1/locate").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", "长".repeat(10 * 1024 * 1024 / 3))).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat((String) response.getBody().get("detail")).contains("最多 500");
    }

    @Test
    void malformedBodiesAreProblemJson() {
        ResponseEntity<Map> response = http.post().uri("/api/v1/describe").contentType(MediaType.APPLICATION_JSON)
                .body("{\"points\": [[116.7, \"x\"]").retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    @Test
    void postedLocateAnswersLikeGet() {
        Map<?, ?> posted = http.post().uri("/api/v1/locate").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", "潞县镇长凌营村距长凌营环路约124米,距北运河约465米")).retrieve().body(Map.class);
        assertThat(posted.get("location")).isEqualTo(ok("/api/v1/locate?text={t}", "潞县镇长凌营村距长凌营环路约124米,距北运河约465米").get("location"));
    }

    @Test
    void aLongTextIsRejected() {
        ResponseEntity<Map> response = get("/api/v1/locate?text={t}", "长".repeat(501));
        assertThat(response.getStatusCode().value()).isEqualTo(400);
    }
}
