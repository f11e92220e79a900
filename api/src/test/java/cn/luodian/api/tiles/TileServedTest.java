package cn.luodian.api.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.mvt.VectorTileReader;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The full stack on the demo server: a case reported over HTTP is on the next tile anyone fetches. */
@SuppressWarnings({"rawtypes", "unchecked"})
class TileServedTest {
    /** Case tiles need a sign-in: as the demo's planner. */
    private final RestClient http = DemoServerForTest.http().mutate().defaultHeader(HttpHeaders.AUTHORIZATION,
            "Basic " + java.util.Base64.getEncoder().encodeToString("fenxi:fenxi-demo".getBytes())).build();

    private ResponseEntity<byte[]> tile(String path, String ifNoneMatch) {
        var request = http.get().uri(path);
        if (ifNoneMatch != null) {
            request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        return request.retrieve().toEntity(byte[].class);
    }

    @Test
    void aReportedCaseIsOnTheNextTileAndTheOldETagNoLongerMatches() {
        double lon = 116.7726;
        double lat = 39.7588;
        String path = "/tiles/cases/" + TileAddress.containing(lon, lat, 15) + ".mvt";
        ResponseEntity<byte[]> before = tile(path, null);
        String etagBefore = before.getHeaders().getETag();

        ResponseEntity<Map> created = http.post().uri("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString("zuoxi:zuoxi-demo".getBytes()))
                .body(Map.of("category", "S0201", "description", "墙面张贴小广告", "location", Map.of("lon", lon, "lat", lat),
                        "reporter", Map.of("name", "赵六", "phone", "13800001111")))
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        long id = ((Number) created.getBody().get("id")).longValue();

        ResponseEntity<byte[]> after = tile(path, etagBefore);
        assertThat(after.getStatusCode().value()).isEqualTo(200);
        assertThat(after.getHeaders().getETag()).isNotEqualTo(etagBefore);
        List<Map<String, Object>> features = VectorTileReader.read(after.getBody()).get("cases").stream()
                .map(VectorTileReader::properties).toList();
        Map<String, Object> shown = features.stream().filter(p -> p.get("id").equals(id)).findFirst().orElseThrow();
        assertThat(shown).containsEntry("number", created.getBody().get("number")).containsEntry("category", "S0201");
        assertThat(features).allSatisfy(p -> assertThat(p.values()).doesNotContain("赵六", "13800001111"));

        assertThat(tile(path, after.getHeaders().getETag()).getStatusCode().value()).isEqualTo(304);
    }

    @Test
    void demoTilesAreOpenAndMarkedAsSchematic() {
        Map tileJson = http.get().uri("/tiles/admin,roads,cases.json").retrieve().body(Map.class);
        assertThat((String) tileJson.get("attribution")).contains("示意数据");
        List<Double> bounds = (List<Double>) tileJson.get("bounds");
        assertThat(bounds.get(0)).isBetween(116.3, 116.8);
        ResponseEntity<byte[]> district = tile("/tiles/admin,roads/" + TileAddress.containing(116.66, 39.9, 11) + ".mvt", null);
        assertThat(district.getStatusCode().value()).isEqualTo(200);
        assertThat(VectorTileReader.read(district.getBody())).containsKeys("admin", "roads");
    }
}
