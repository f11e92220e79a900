package cn.luodian.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Cases over HTTP on the demo region, as each demo role (示例账号), in and out of their scope: the
 * real server (security, controllers, JSON) on H2GIS and on PostGIS, one server per store.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class CaseApiTest {

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

        private ResponseEntity<Map> post(String user, String uri, Object body) {
            var request = http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body);
            if (user != null) {
                request.header(HttpHeaders.AUTHORIZATION, basic(user));
            }
            return request.retrieve().toEntity(Map.class);
        }

        private ResponseEntity<Map> get(String user, String uri, Object... vars) {
            var request = http.get().uri(uri, vars);
            if (user != null) {
                request.header(HttpHeaders.AUTHORIZATION, basic(user));
            }
            return request.retrieve().toEntity(Map.class);
        }

        private Map<String, Object> report(String category) {
            return Map.of("category", category, "description", "井盖缺失", "urgency", "normal", "source", "hotline_12345",
                    "location", Map.of("lon", 116.7726, "lat", 39.7588, "crs", "wgs84"),
                    "reporter", Map.of("name", "王五", "phone", "13912345678"));
        }

        private Map<String, Object> transition(String user, Object id, Map<String, Object> body, int expected) {
            ResponseEntity<Map> response = post(user, "/api/v1/cases/" + id + "/transitions", body);
            assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(expected);
            return response.getBody();
        }

        @Test
        void anonymousCannotTouchCases() {
            ResponseEntity<Map> response = post(null, "/api/v1/cases", report("B0101"));
            assertThat(response.getStatusCode().value()).isEqualTo(401);
            assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(get(null, "/api/v1/cases").getStatusCode().value()).isEqualTo(401);
            assertThat(get(null, "/api/v1/categories").getStatusCode().value()).isEqualTo(200);
        }

        @Test
        void aCaseFromReportToClosureAsEachRole() throws java.io.IOException {
            ResponseEntity<Map> created = post("zuoxi", "/api/v1/cases", report("B0101"));
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            Map c = created.getBody();
            Object id = c.get("id");
            assertThat(created.getHeaders().getLocation().toString()).endsWith("/api/v1/cases/" + id);
            assertThat((String) c.get("number")).matches("TZ-\\d{8}-\\d{5}");
            assertThat((String) c.get("text")).startsWith("漷县镇");
            assertThat(((Map) c.get("reporter")).get("phone")).isEqualTo("13912345678");

            // 漷县镇 staff see it with the phone masked; 梨园镇 staff do not see it; planners see no contact.
            Map seenByTownship = get("huoxian", "/api/v1/cases/{id}", id).getBody();
            assertThat(((Map) seenByTownship.get("reporter")).get("phone")).isEqualTo("139****5678");
            assertThat(get("liyuan", "/api/v1/cases/{id}", id).getStatusCode().value()).isEqualTo(404);
            Map seenByPlanner = get("fenxi", "/api/v1/cases/{id}", id).getBody();
            assertThat(((Map) seenByPlanner.get("reporter")).get("phone")).isNull();
            assertThat(get("chengguan", "/api/v1/cases/{id}", id).getStatusCode().value()).isEqualTo(404);

            transition("zuoxi", id, Map.of("action", "close"), 409);
            transition("huoxian", id, Map.of("action", "reject", "note", "x"), 403);
            transition("zuoxi", id, Map.of("action", "register"), 200);
            Map units = get("zuoxi", "/api/v1/cases/{id}", id).getBody();
            assertThat(units.get("state")).isEqualTo("registered");
            long cgzf = ((Number) ((Map) get("chengguan", "/api/v1/users/me").getBody()).get("unitId")).longValue();
            Map dispatched = transition("zuoxi", id, Map.of("action", "dispatch", "unitId", cgzf), 200);
            assertThat(((Map) dispatched.get("unit")).get("id")).isEqualTo((int) cgzf);
            assertThat((List) dispatched.get("allowedActions")).contains("redispatch");

            transition("huoxian", id, Map.of("action", "accept"), 403); // dispatched to a district unit, not the township
            transition("chengguan", id, Map.of("action", "accept"), 200);
            uploadPng("chengguan", id);
            transition("chengguan", id, Map.of("action", "reply", "note", "已补装井盖"), 200);
            transition("duban", id, Map.of("action", "verify"), 200);
            Map closed = transition("zuoxi", id, Map.of("action", "close", "satisfaction", "satisfied"), 200);
            assertThat(closed.get("state")).isEqualTo("closed");

            List events = (List) get("duban", "/api/v1/cases/{id}/history", id).getBody().get("events");
            assertThat(events).extracting(e -> ((Map) e).get("action"))
                    .containsExactly("create", "register", "dispatch", "accept", "reply", "verify", "close");
            assertThat(get("duban", "/api/v1/cases/{id}/supervisions", id).getStatusCode().value()).isEqualTo(200);
        }

        @Test
        void aCaseIsFoundByItsNumberByThoseWhoMaySeeIt() {
            Map created = post("zuoxi", "/api/v1/cases", report("B0101")).getBody();
            String number = (String) created.get("number");
            Map found = get("huoxian", "/api/v1/cases/by-number/{n}", number.toLowerCase(java.util.Locale.ROOT)).getBody();
            assertThat(found.get("id")).isEqualTo(created.get("id"));
            // Another township's case answers exactly as a number nobody has (issue 15, finding 9): 404, not 403.
            ResponseEntity<Map> elsewhere = get("liyuan", "/api/v1/cases/by-number/{n}", number);
            assertThat(elsewhere.getStatusCode().value()).isEqualTo(404);
            assertThat((String) elsewhere.getBody().get("detail")).isEqualTo("没有编号为 " + number + " 的案件");
            ResponseEntity<Map> unit = get("chengguan", "/api/v1/cases/by-number/{n}", number);
            assertThat(unit.getStatusCode().value()).isEqualTo(404);
            assertThat((String) unit.getBody().get("detail")).isEqualTo("没有编号为 " + number + " 的案件");
            Object id = created.get("id");
            ResponseEntity<Map> byId = get("liyuan", "/api/v1/cases/{id}", id);
            assertThat(byId.getStatusCode().value()).isEqualTo(404);
            assertThat((String) byId.getBody().get("detail")).isEqualTo("没有这个案件（内部编号 " + id + "）");
            assertThat(get("liyuan", "/api/v1/cases/{id}", 999_999_999L).getBody().get("detail"))
                    .as("the same answer as for an id nobody has").isEqualTo("没有这个案件（内部编号 999999999）");
            ResponseEntity<Map> missing = get("zuoxi", "/api/v1/cases/by-number/{n}", "TZ-19990101-00001");
            assertThat(missing.getStatusCode().value()).isEqualTo(404);
            assertThat((String) missing.getBody().get("detail")).contains("TZ-19990101-00001");
            ResponseEntity<Map> bad = get("zuoxi", "/api/v1/cases/by-number/{n}", "今天天气很好");
            assertThat(bad.getStatusCode().value()).isEqualTo(400);
            assertThat((String) bad.getBody().get("detail")).contains("案件编号形如");
        }

        @Test
        void dispatchOptionsOfferEveryUnitWithTheRulesChoice() {
            Object id = post("zuoxi", "/api/v1/cases", report("B0101")).getBody().get("id");
            Map options = get("zuoxi", "/api/v1/cases/{id}/dispatch-options", id).getBody();
            List<Map> units = (List<Map>) options.get("units");
            // No rule names B01 components, so the rules choose 漷县镇's home unit.
            Map home = units.stream().filter(u -> "110112106".equals(u.get("townshipCode"))).findFirst().orElseThrow();
            assertThat(options.get("suggestedUnitId")).isEqualTo(home.get("id"));
            assertThat(units).extracting(u -> u.get("name")).contains("通州区水务局（示例）", "通州区城市管理综合行政执法局");
            assertThat(get("liyuan", "/api/v1/cases/{id}/dispatch-options", id).getStatusCode().value()).isEqualTo(404);
            assertThat(get(null, "/api/v1/cases/{id}/dispatch-options", id).getStatusCode().value()).isEqualTo(401);
            assertThat(get("zuoxi", "/api/v1/cases/{id}/dispatch-options", 987_654_321).getStatusCode().value()).isEqualTo(404);
        }

        private void uploadPng(String user, Object id) throws java.io.IOException {
            byte[] png = java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
            ResponseEntity<Map> uploaded = upload(user, id, png, "after.png", "after");
            assertThat(uploaded.getStatusCode().value()).as(String.valueOf(uploaded.getBody())).isEqualTo(201);
            String url = (String) uploaded.getBody().get("url");
            ResponseEntity<byte[]> back = http.get().uri(url).header(HttpHeaders.AUTHORIZATION, basic(user)).retrieve().toEntity(byte[].class);
            // Stored re-encoded (metadata stripped): the same pixels, not necessarily the same bytes.
            assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(back.getBody())).getRGB(0, 0))
                    .isEqualTo(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getRGB(0, 0));
            assertThat(back.getHeaders().getContentType().toString()).isEqualTo("image/png");

            ResponseEntity<Map> notImage = upload(user, id, "<html>not a photo</html>".getBytes(), "photo.jpg", "after");
            assertThat(notImage.getStatusCode().value()).isEqualTo(400);
            assertThat((String) notImage.getBody().get("detail")).contains("不是 JPEG 或 PNG 图片");
            assertThat(get("liyuan", url).getStatusCode().value()).isEqualTo(404);
        }

        private ResponseEntity<Map> upload(String user, Object id, byte[] content, String filename, String stage) {
            LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            form.add("file", new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return filename;
                }
            });
            form.add("stage", stage);
            return http.post().uri("/api/v1/cases/{id}/photos", id).header(HttpHeaders.AUTHORIZATION, basic(user))
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toEntity(Map.class);
        }

        @Test
        void listsAreFilteredAndScoped() {
            Map all = get("zuoxi", "/api/v1/cases?limit=1000").getBody();
            Map township = get("huoxian", "/api/v1/cases?limit=1000").getBody();
            assertThat(((Number) all.get("total")).intValue()).isGreaterThanOrEqualTo(300);
            assertThat(all.get("totalExact")).isEqualTo(true); // fewer than CaseController.EXACT_TOTAL_UP_TO
            assertThat(((Number) township.get("total")).intValue()).isLessThan(((Number) all.get("total")).intValue());
            for (Object c : (List) township.get("cases")) {
                assertThat(((Map) ((Map) c).get("township")).get("code")).isEqualTo("110112106");
            }
            Map closedGarbage = get("zuoxi", "/api/v1/cases?category=RX01&state=closed&bbox=116.5,39.6,117.0,40.1&format=geojson").getBody();
            assertThat(closedGarbage.get("type")).isEqualTo("FeatureCollection");
            for (Object f : (List) closedGarbage.get("features")) {
                Map properties = (Map) ((Map) f).get("properties");
                assertThat(properties.get("state")).isEqualTo("closed");
                assertThat((String) ((Map) properties.get("category")).get("code")).startsWith("RX01");
            }
            assertThat(get("zuoxi", "/api/v1/cases?state=lost").getStatusCode().value()).isEqualTo(400);
            assertThat(get("zuoxi", "/api/v1/cases?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z").getStatusCode().value()).isEqualTo(400);
            assertThat(get("zuoxi", "/api/v1/cases?overdue=true").getBody().get("total")).isNotNull();
        }

        @Test
        void badReportsAre400AndStoreNothing() {
            long before = ((Number) get("zuoxi", "/api/v1/cases?limit=1").getBody().get("total")).longValue();
            assertThat(post("zuoxi", "/api/v1/cases", report("NOPE")).getStatusCode().value()).isEqualTo(400);
            Map outside = Map.of("category", "B0101", "description", "x", "location", Map.of("lon", 116.3, "lat", 39.9));
            ResponseEntity<Map> response = post("zuoxi", "/api/v1/cases", outside);
            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat((String) response.getBody().get("detail")).contains("不在本区的数据范围内");
            assertThat(post("zuoxi", "/api/v1/cases", "{\"category\": ").getStatusCode().value()).isEqualTo(400);
            assertThat(post("fenxi", "/api/v1/cases", report("B0101")).getStatusCode().value()).isEqualTo(403);
            assertThat(post("chengguan", "/api/v1/cases", report("B0101")).getStatusCode().value()).isEqualTo(403);
            assertThat(((Number) get("zuoxi", "/api/v1/cases?limit=1").getBody().get("total")).longValue()).isEqualTo(before);
            assertThat(post("zuoxi", "/api/v1/cases/1/transitions", Map.of("action", "fly")).getStatusCode().value()).isEqualTo(400);
        }

        @Test
        void theSameExternalIdAnswersTheStoredCase() {
            Map<String, Object> first = new java.util.HashMap<>(report("RX0101"));
            first.put("externalId", "API-" + System.nanoTime());
            ResponseEntity<Map> created = post("zuoxi", "/api/v1/cases", first);
            assertThat(created.getStatusCode().value()).isEqualTo(201);
            ResponseEntity<Map> again = post("zuoxi", "/api/v1/cases", first);
            assertThat(again.getStatusCode().value()).isEqualTo(200);
            assertThat(again.getBody().get("id")).isEqualTo(created.getBody().get("id"));
            assertThat(get("zuoxi", "/api/v1/cases/{id}", 999_999_999).getStatusCode().value()).isEqualTo(404);
        }

        @Test
        void geoJsonListsArePointsInTheBox() {
            Map page = get("zuoxi", "/api/v1/cases?bbox=116.70,39.70,116.85,39.80&format=geojson&limit=50").getBody();
            List features = (List) page.get("features");
            assertThat(features).isNotEmpty();
            for (Object f : features) {
                Map geometry = (Map) ((Map) f).get("geometry");
                assertThat(geometry.get("type")).isEqualTo("Point");
                List coordinates = (List) geometry.get("coordinates");
                assertThat(((Number) coordinates.get(0)).doubleValue()).isBetween(116.70, 116.85);
                assertThat(((Number) coordinates.get(1)).doubleValue()).isBetween(39.70, 39.80);
            }
            assertThat(get("zuoxi", "/api/v1/cases?format=kml").getStatusCode().value()).isEqualTo(400);
            assertThat(get("zuoxi", "/api/v1/cases?bbox=1,2,3").getStatusCode().value()).isEqualTo(400);
        }

        @Test
        void hotlineImportOverHttpIsAReportAndRepeatable() {
            String externalId = "HTTP-" + System.nanoTime();
            String csv = "工单编号,来电时间,诉求类别,诉求内容,经度,纬度\n"
                    + externalId + ",2026-11-20 09:30:00,B0101,井盖缺失,116.7726,39.7588\n"
                    + externalId + "-B,2026-11-20 09:31:00,不存在,井盖缺失,116.7726,39.7588\n";
            Map report = importCsv("zuoxi", csv).getBody();
            assertThat(report.get("imported")).isEqualTo(1);
            assertThat(report.get("failed")).isEqualTo(1);
            assertThat((List) report.get("errors")).singleElement()
                    .satisfies(e -> assertThat(((Map) e).get("line")).isEqualTo(3));
            Map again = importCsv("zuoxi", csv).getBody();
            assertThat(again.get("imported")).isEqualTo(0);
            assertThat(again.get("alreadyPresent")).isEqualTo(1);
            assertThat(importCsv("huoxian", csv).getStatusCode().value()).isEqualTo(403);
            ResponseEntity<Map> broken = importCsv("zuoxi", "编号,内容\n1,2\n");
            assertThat(broken.getStatusCode().value()).isEqualTo(400);
            assertThat(broken.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        }

        private ResponseEntity<Map> importCsv(String user, String csv) {
            LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            form.add("file", new ByteArrayResource(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return "hotline.csv";
                }
            });
            return http.post().uri("/api/v1/cases/import").header(HttpHeaders.AUTHORIZATION, basic(user))
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toEntity(Map.class);
        }

        @Test
        void categoriesAndRatesOfTheSampleCases() {
            List categories = (List) get(null, "/api/v1/categories").getBody().get("categories");
            assertThat(categories).isNotEmpty();
            ResponseEntity<Map> rates = get("fenxi", "/api/v1/stats/rates?groupBy=township");
            assertThat(rates.getStatusCode().value()).as(String.valueOf(rates.getBody())).isEqualTo(200);
            assertThat((List) rates.getBody().get("groups")).isNotEmpty();
            ResponseEntity<Map> ranking = get("duban", "/api/v1/stats/ranking");
            assertThat(ranking.getStatusCode().value()).as(String.valueOf(ranking.getBody())).isEqualTo(200);
            assertThat(get("fenxi", "/api/v1/stats/rates?groupBy=planet").getStatusCode().value()).isEqualTo(400);
            assertThat(get(null, "/api/v1/stats/rates").getStatusCode().value()).isEqualTo(401);
        }
    }
}
