package cn.luodian.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A new case's duplicate hints are bounded on both stores: with 25 more open cases of its kind
 * around it, its answer lists the 20 nearest (closest first) and counts them all.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class DuplicateHintsApiTest {

    @Nested
    class OnH2gis extends Hints {
        OnH2gis() {
            super(Database.H2GIS);
        }
    }

    @Nested
    class OnPostgis extends Hints {
        OnPostgis() {
            super(Database.POSTGIS);
        }
    }

    abstract static class Hints {
        private static final double LON = 116.7791;
        private static final double LAT = 39.7642;
        private final RestClient http;

        Hints(Database database) {
            http = DemoServerForTest.http(database);
        }

        private Map create(double lon, double lat) {
            Map body = Map.of("category", "B0102", "description", "测试：重复提示", "urgency", "normal", "source", "staff",
                    "location", Map.of("lon", lon, "lat", lat, "crs", "wgs84"));
            ResponseEntity<Map> created = http.post().uri("/api/v1/cases")
                    .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString("zuoxi:zuoxi-demo".getBytes()))
                    .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
            assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
            return created.getBody();
        }

        @Test
        void aNewCaseListsTheTwentyNearestHintsAndCountsThemAll() {
            int before = ((Number) create(LON, LAT).get("duplicateCandidatesTotal")).intValue();
            for (int i = 0; i < 25; i++) {
                // 1 to 25 m north of the point: all within the 50 m radius, each at its own distance.
                create(LON, LAT + (i + 1) * 0.000009);
            }
            Map last = create(LON, LAT - 0.0000045);
            List<Map> hints = (List<Map>) last.get("duplicateCandidates");
            assertThat(hints).hasSize(20);
            assertThat(last.get("duplicateCandidatesTotal")).isEqualTo(before + 1 + 25);
            assertThat(last.get("duplicateCandidatesTotalExact")).isEqualTo(true);
            List<Long> distances = hints.stream().map(h -> ((Number) h.get("distanceMetres")).longValue()).toList();
            assertThat(distances).isSorted();
            assertThat(distances.get(0)).isLessThanOrEqualTo(1);
            assertThat(distances.get(19)).isLessThanOrEqualTo(20);
        }
    }
}
