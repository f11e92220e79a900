package cn.luodian.api.workspace;

import cn.luodian.api.demo.DemoServerForTest;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The dispatcher's part of a role's day, done through the API before the browser starts: a hotline
 * case reported at a point, registered and dispatched to a unit.
 */
record DispatchedCaseForTest(long id, String number) {

    /** A case dispatched to the unit with `unitId`. */
    static DispatchedCaseForTest toUnit(long unitId, String category, String description, double lon, double lat) {
        RestClient zuoxi = DemoServerForTest.asDemoUser("zuoxi");
        Map<?, ?> created = zuoxi.post().uri("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("category", category, "description", description, "urgency", "normal",
                        "source", "hotline_12345", "location", Map.of("lon", lon, "lat", lat, "crs", "wgs84")))
                .retrieve().body(Map.class);
        long id = ((Number) created.get("id")).longValue();
        transition(zuoxi, id, Map.of("action", "register"));
        transition(zuoxi, id, Map.of("action", "dispatch", "unitId", unitId));
        return new DispatchedCaseForTest(id, (String) created.get("number"));
    }

    /** The id of the demo unit user's unit (chengguan: 区城管执法局). */
    static long unitOf(String user) {
        return ((Number) DemoServerForTest.asDemoUser(user).get().uri("/api/v1/users/me").retrieve().body(Map.class)
                .get("unitId")).longValue();
    }

    /** The id of a township's home unit (属地单位), as the dispatch form offers it. */
    static long townshipUnit(String townshipCode) {
        Map<?, ?> page = DemoServerForTest.asDemoUser("zuoxi").get().uri("/api/v1/cases?limit=1").retrieve().body(Map.class);
        Object anyCase = ((Map<?, ?>) ((List<?>) page.get("cases")).get(0)).get("id");
        List<?> units = (List<?>) DemoServerForTest.asDemoUser("zuoxi").get().uri("/api/v1/cases/{id}/dispatch-options", anyCase)
                .retrieve().body(Map.class).get("units");
        return ((Number) units.stream().map(u -> (Map<?, ?>) u).filter(u -> townshipCode.equals(u.get("townshipCode")))
                .findFirst().orElseThrow().get("id")).longValue();
    }

    private static void transition(RestClient client, long id, Map<String, Object> body) {
        client.post().uri("/api/v1/cases/{id}/transitions", id).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toBodilessEntity();
    }
}
