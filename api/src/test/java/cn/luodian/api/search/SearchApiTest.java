package cn.luodian.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The search box's endpoint over HTTP on the demo region, on H2GIS and on PostGIS: places by name
 * and code with their parents, cases by number and by description words within the user's scope,
 * bounded groups, and hostile input refused as Chinese problem+json.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class SearchApiTest {

    @Nested
    class OnH2gis extends Endpoints {
        OnH2gis() {
            super(Database.H2GIS);
        }
    }

    @Nested
    class OnPostgis extends Endpoints {
        OnPostgis() {
            super(Database.POSTGIS);
        }
    }

    abstract static class Endpoints {
        private final RestClient http;

        Endpoints(Database database) {
            http = DemoServerForTest.http(database);
        }

        private static String basic(String user) {
            return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes());
        }

        private ResponseEntity<Map> search(String user, String q, Object limit) {
            var request = http.get().uri("/api/v1/search?q={q}&limit={limit}", q, limit == null ? "" : limit);
            if (user != null) {
                request.header(HttpHeaders.AUTHORIZATION, basic(user));
            }
            return request.retrieve().toEntity(Map.class);
        }

        private Map<String, Object> ok(String user, String q) {
            ResponseEntity<Map> response = search(user, q, null);
            assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
            return response.getBody();
        }

        private static List<Map<String, Object>> items(Map<String, Object> answer, String kind) {
            return ((List<Map<String, Object>>) answer.get("groups")).stream().filter(g -> kind.equals(g.get("kind")))
                    .findFirst().map(g -> (List<Map<String, Object>>) g.get("items")).orElse(List.of());
        }

        private Map<String, Object> report(String description, double lon, double lat) {
            ResponseEntity<Map> created = http.post().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, basic("zuoxi"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("category", "B0101", "description", description, "urgency", "normal", "source", "hotline_12345",
                            "location", Map.of("lon", lon, "lat", lat, "crs", "wgs84")))
                    .retrieve().toEntity(Map.class);
            assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
            return created.getBody();
        }

        @Test
        void aVillageIsFoundByNameWithItsTownshipAndAPlaceToFlyTo() {
            Map<String, Object> answer = ok("zuoxi", "长凌营村");
            Map<String, Object> village = items(answer, "village").get(0);
            assertThat(village.get("name")).isEqualTo("长凌营村");
            assertThat(village.get("kindLabel")).isEqualTo("村/社区");
            assertThat(village.get("label")).isEqualTo("长凌营村 · 漷县镇");
            assertThat((String) village.get("code")).hasSize(12);
            Map<String, Number> point = (Map<String, Number>) village.get("point");
            List<Number> bbox = (List<Number>) village.get("bbox");
            assertThat(point.get("lon").doubleValue()).isBetween(bbox.get(0).doubleValue(), bbox.get(2).doubleValue());
            assertThat(point.get("lat").doubleValue()).isBetween(bbox.get(1).doubleValue(), bbox.get(3).doubleValue());
            // The exact village comes first, before roads or landmarks that only contain the name.
            assertThat(((List<Map<String, Object>>) answer.get("groups")).get(0).get("kind")).isEqualTo("village");
        }

        @Test
        void roadsWaterTownshipsAndGridCellsAreFound() {
            Map<String, Object> road = items(ok("zuoxi", "长凌营环路"), "road").get(0);
            assertThat(road.get("name")).isEqualTo("长凌营环路");
            assertThat(road.get("kindLabel")).isEqualTo("道路");
            assertThat((String) road.get("parent")).contains("漷县镇");
            assertThat(((Map<String, Object>) road.get("shape")).get("type")).isIn("LineString", "GeometryCollection");

            Map<String, Object> river = items(ok("zuoxi", "北运河"), "water").get(0);
            assertThat(river.get("name")).isEqualTo("北运河");
            assertThat(river.get("kindLabel")).isEqualTo("河流水系");

            Map<String, Object> township = items(ok("zuoxi", "漷县"), "township").get(0);
            assertThat(township.get("name")).isEqualTo("漷县镇");
            assertThat(township.get("label")).isEqualTo("漷县镇 · 通州区");

            Map<?, ?> places = http.get().uri("/api/v1/places?lon=116.7726&lat=39.7588").retrieve().body(Map.class);
            String cellCode = (String) ((Map<?, ?>) places.get("gridCell")).get("code");
            Map<String, Object> cell = items(ok("zuoxi", cellCode), "grid").get(0);
            assertThat(cell.get("name")).isEqualTo(cellCode);
            assertThat(cell.get("kindLabel")).isEqualTo("单元网格");
            assertThat((String) cell.get("parent")).endsWith("漷县镇");
            // A code prefix lists many cells: bounded by limit.
            ResponseEntity<Map> prefix = search("zuoxi", cellCode.substring(0, 9), 3);
            assertThat(items(prefix.getBody(), "grid")).hasSize(3);
        }

        @Test
        void casesAreFoundByNumberAndByWordsWithinTheUsersScope() {
            String word = "搜索测试" + UUID.randomUUID().toString().substring(0, 6);
            Map<String, Object> inHuoxian = report(word + "井盖缺失", 116.7726, 39.7588);
            Map<String, Object> elsewhere = report(word + "路灯不亮", 116.70, 39.80);
            assertThat(inHuoxian.get("township").toString()).contains("漷县镇");
            assertThat(elsewhere.get("township").toString()).doesNotContain("漷县镇");

            assertThat(items(ok("zuoxi", word), "case")).extracting(i -> i.get("name"))
                    .containsExactly(elsewhere.get("number"), inHuoxian.get("number"));
            assertThat(items(ok("huoxian", word), "case")).extracting(i -> i.get("name")).containsExactly(inHuoxian.get("number"));
            assertThat(items(ok("zuoxi", word + " 井盖"), "case")).extracting(i -> i.get("name")).containsExactly(inHuoxian.get("number"));

            String number = (String) elsewhere.get("number");
            Map<String, Object> exact = items(ok("zuoxi", number), "case").get(0);
            assertThat(exact.get("name")).isEqualTo(number);
            assertThat(exact.get("id")).isEqualTo(elsewhere.get("id"));
            assertThat(exact.get("stateLabel")).isEqualTo("受理");
            assertThat(items(ok("zuoxi", number.toLowerCase()), "case")).extracting(i -> i.get("name")).contains(number);
            // Out of huoxian's scope: not found, not a 403 that would tell it exists.
            assertThat(items(ok("huoxian", number), "case")).isEmpty();
            // A part of the number: the day lists that day's cases, newest first.
            assertThat(items(ok("zuoxi", number.substring(0, 11)), "case")).extracting(i -> i.get("name")).contains(number);
            // LIKE's wildcards are taken literally.
            assertThat(items(ok("zuoxi", "%%"), "case")).isEmpty();
            assertThat(items(ok("zuoxi", "__"), "case")).isEmpty();
        }

        @Test
        void hostileOrMalformedInputIsRefusedInChinese() {
            for (Object[] bad : new Object[][] {
                {"长", null}, {"", null}, {"长".repeat(51), null}, {"长凌\u0000营", null}, {"长凌\u001b营", null},
                {"长凌\u202e营", null}, {"长凌营", 0}, {"长凌营", 21}, {"长凌营", "many"}, {"长凌营", -1},
            }) {
                ResponseEntity<Map> response = search("zuoxi", (String) bad[0], bad[1]);
                assertThat(response.getStatusCode().value()).as(bad[0] + " / " + bad[1]).isEqualTo(400);
                assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
                assertThat((String) response.getBody().get("detail")).containsPattern("\\p{IsHan}");
            }
            assertThat(search(null, "长凌营村", null).getStatusCode().value()).isEqualTo(401);
            // Fifty characters is the most; the answer stays bounded whatever is asked.
            assertThat(search("zuoxi", "村".repeat(50), null).getStatusCode().value()).isEqualTo(200);
            Map<String, Object> many = search("zuoxi", "村委", 20).getBody();
            for (Map<String, Object> group : (List<Map<String, Object>>) many.get("groups")) {
                assertThat((List<?>) group.get("items")).hasSizeBetween(1, 20);
            }
        }
    }
}
