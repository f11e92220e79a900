package cn.luodian.api.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import cn.luodian.api.text.LatinWords;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** The demo server's grid and case endpoints as the tests of this package call them. */
@SuppressWarnings({"rawtypes", "unchecked"})
final class GridApiClient {
    static final String ADMIN = "admin";
    final RestClient http;
    final Database database;

    GridApiClient(Database database) {
        this.database = database;
        this.http = DemoServerForTest.http(database);
    }

    static String demo(String user) {
        return user.equals(ADMIN) ? basic(ADMIN, DemoServerForTest.ADMIN_PASSWORD) : basic(user, user + "-demo");
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    ResponseEntity<Map> send(String method, String path, String auth, Object body) {
        var request = http.method(HttpMethod.valueOf(method)).uri(path).header(HttpHeaders.AUTHORIZATION, auth);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(Map.class);
    }

    Map ok(String method, String path, String auth, Object body) {
        ResponseEntity<Map> answer = send(method, path, auth, body);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(method + " " + path + ": " + answer.getBody()).isTrue();
        return answer.getBody();
    }

    ResponseEntity<Map> upload(String auth, String fileName, byte[] bytes) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.post().uri("/api/v1/grids/import").header(HttpHeaders.AUTHORIZATION, auth)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(Map.class);
    }

    /** A refusal: the status, problem+json, a Chinese detail containing {@code words}. */
    static void refused(ResponseEntity<Map> answer, int status, String words) {
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        String detail = (String) answer.getBody().get("detail");
        assertThat(detail).contains(words);
        // What the caller sent comes back in quotes (a username, a code): the rest must be Chinese.
        assertThat(LatinWords.in(detail.replaceAll("'[^']*'", ""))).as(detail).isEmpty();
    }

    List<Map> grids(String auth, String township) {
        return (List<Map>) ok("GET", "/api/v1/grids" + (township == null ? "" : "?township=" + township), auth, null).get("grids");
    }

    /** Creates a grid worker of the township through the users API; their password. */
    String gridWorker(String username, String township) {
        String password = "grid-worker-pass-1";
        ResponseEntity<Map> created = send("POST", "/api/v1/users", demo(ADMIN), Map.of("username", username,
                "password", password, "role", "GRID_WORKER", "displayName", "测试网格员" + username,
                "scopeCode", township));
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return basic(username, password);
    }

    /** A point inside the cell: the mean of its outer ring's corners, checked with describe. */
    double[] pointIn(String cellCode) {
        Map feature = ok("GET", "/api/v1/grid/cells/" + cellCode, demo(ADMIN), null);
        Map geometry = (Map) feature.get("geometry");
        List ring = geometry.get("type").equals("Polygon") ? (List) ((List) geometry.get("coordinates")).get(0)
                : (List) ((List) ((List) geometry.get("coordinates")).get(0)).get(0);
        double lon = 0;
        double lat = 0;
        int n = ring.size() - 1;
        for (int i = 0; i < n; i++) {
            lon += ((Number) ((List) ring.get(i)).get(0)).doubleValue() / n;
            lat += ((Number) ((List) ring.get(i)).get(1)).doubleValue() / n;
        }
        Map described = ok("GET", "/api/v1/describe?lon=" + lon + "&lat=" + lat, demo(ADMIN), null);
        assertThat(((Map) described.get("gridCell")).get("code")).as("the point lies in " + cellCode).isEqualTo(cellCode);
        return new double[] {lon, lat};
    }

    /** Reports a case at the point as {@code auth}; the case JSON. */
    Map report(String auth, double[] point, String description) {
        return ok("POST", "/api/v1/cases", auth, Map.of("category", "B0101", "description", description,
                "location", Map.of("lon", point[0], "lat", point[1], "crs", "wgs84")));
    }

    List<String> audit(Object id) {
        Map body = ok("GET", "/api/v1/audit?entityType=responsibility_grid&entityId=" + id, demo(ADMIN), null);
        return ((List<Map>) body.get("entries")).stream().map(e -> (String) e.get("action")).toList();
    }
}
