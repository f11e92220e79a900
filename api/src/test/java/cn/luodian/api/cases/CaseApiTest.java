package cn.luodian.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** Cases over HTTP on the demo region, as each demo role (示例账号), in and out of their scope. */
@SuppressWarnings({"rawtypes", "unchecked"})
class CaseApiTest {
    private final RestClient http = DemoServerForTest.http();

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
    void aCaseFromReportToClosureAsEachRole() {
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
        assertThat(get("liyuan", "/api/v1/cases/{id}", id).getStatusCode().value()).isEqualTo(403);
        Map seenByPlanner = get("fenxi", "/api/v1/cases/{id}", id).getBody();
        assertThat(((Map) seenByPlanner.get("reporter")).get("phone")).isNull();
        assertThat(get("chengguan", "/api/v1/cases/{id}", id).getStatusCode().value()).isEqualTo(403);

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

    private void uploadPng(String user, Object id) {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        ResponseEntity<Map> uploaded = upload(user, id, png, "after.png", "after");
        assertThat(uploaded.getStatusCode().value()).as(String.valueOf(uploaded.getBody())).isEqualTo(201);
        String url = (String) uploaded.getBody().get("url");
        ResponseEntity<byte[]> back = http.get().uri(url).header(HttpHeaders.AUTHORIZATION, basic(user)).retrieve().toEntity(byte[].class);
        assertThat(back.getBody()).isEqualTo(png);
        assertThat(back.getHeaders().getContentType().toString()).isEqualTo("image/png");

        ResponseEntity<Map> notImage = upload(user, id, "<html>not a photo</html>".getBytes(), "photo.jpg", "after");
        assertThat(notImage.getStatusCode().value()).isEqualTo(400);
        assertThat((String) notImage.getBody().get("detail")).contains("not a JPEG, PNG or WebP");
        assertThat(get("liyuan", url).getStatusCode().value()).isEqualTo(403);
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
        assertThat((String) response.getBody().get("detail")).contains("outside the district's data");
        assertThat(post("zuoxi", "/api/v1/cases", "{\"category\": ").getStatusCode().value()).isEqualTo(400);
        assertThat(post("fenxi", "/api/v1/cases", report("B0101")).getStatusCode().value()).isEqualTo(403);
        assertThat(post("chengguan", "/api/v1/cases", report("B0101")).getStatusCode().value()).isEqualTo(403);
        assertThat(((Number) get("zuoxi", "/api/v1/cases?limit=1").getBody().get("total")).longValue()).isEqualTo(before);
        assertThat(post("zuoxi", "/api/v1/cases/1/transitions", Map.of("action", "fly")).getStatusCode().value()).isEqualTo(400);
    }
}
