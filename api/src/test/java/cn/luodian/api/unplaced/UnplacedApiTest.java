package cn.luodian.api.unplaced;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import cn.luodian.api.text.LatinWords;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The 待定位 list over HTTP as the demo roles use it: an Open311 report whose words fit two places
 * waits there; only the dispatch centre, supervisors and admins see it; bad requests are Chinese
 * 4xx that change nothing; a report is placed once.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class UnplacedApiTest {

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
        // In 凌庄村 (漷县镇): its sentence holds on both sides of the village ring road.
        static final double LON = 116.7726, LAT = 39.7588;
        private final RestClient http;

        Endpoints(Database database) {
            http = DemoServerForTest.http(database);
        }

        private static String basic(String user) {
            return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes());
        }

        private ResponseEntity<Map> post(String user, String uri, Object body) {
            return http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, basic(user))
                    .body(body).retrieve().toEntity(Map.class);
        }

        private ResponseEntity<Map> get(String user, String uri) {
            return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, basic(user)).retrieve().toEntity(Map.class);
        }

        /** An Open311 report with only the words; answers the token. */
        private long reportWithWords() {
            String sentence = (String) get("zuoxi", "/api/v1/describe?lon=" + LON + "&lat=" + LAT).getBody().get("text");
            var form = new LinkedMultiValueMap<String, String>();
            form.add("service_code", "B0101");
            form.add("description", "井盖丢失（待定位测试）");
            form.add("address_string", sentence);
            ResponseEntity<List> answer = http.post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form).retrieve().toEntity(List.class);
            assertThat(answer.getStatusCode().value()).isEqualTo(202);
            return Long.parseLong((String) ((Map) answer.getBody().get(0)).get("token"));
        }

        private static void assertChineseProblem(ResponseEntity<Map> answer, int status) {
            assertThat(answer.getStatusCode().value()).isEqualTo(status);
            assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(LatinWords.in((String) answer.getBody().get("detail"))).isEmpty();
        }

        @Test
        void aReportThatFitsTwoPlacesIsListedWithBothAndPlacedOnce() {
            long id = reportWithWords();
            Map page = get("zuoxi", "/api/v1/unplaced?limit=200").getBody();
            Map listed = ((List<Map>) page.get("items")).stream()
                    .filter(r -> ((Number) r.get("id")).longValue() == id).findFirst().orElseThrow();
            assertThat(listed.get("stateLabel")).isEqualTo("待定位");
            assertThat(listed.get("reason")).isEqualTo("描述符合 2 处不同的位置");
            List<Map> candidates = (List<Map>) listed.get("candidates");
            assertThat(candidates).hasSize(2);
            long waiting = ((Number) get("duban", "/api/v1/unplaced/count").getBody().get("waiting")).longValue();
            assertThat(waiting).isPositive();

            Map second = candidates.get(1);
            ResponseEntity<Map> placed = post("zuoxi", "/api/v1/unplaced/" + id + "/place",
                    Map.of("lon", second.get("lon"), "lat", second.get("lat"), "crs", "wgs84"));
            assertThat(placed.getStatusCode().value()).isEqualTo(200);
            String number = (String) placed.getBody().get("caseNumber");
            Map stored = get("zuoxi", "/api/v1/cases/by-number/" + number).getBody();
            assertThat((String) stored.get("description")).contains("来电所述位置");
            assertThat(get("zuoxi", "/api/v1/unplaced/" + id).getBody().get("state")).isEqualTo("placed");

            assertChineseProblem(post("zuoxi", "/api/v1/unplaced/" + id + "/place", Map.of("lon", LON, "lat", LAT)), 409);
            assertChineseProblem(post("zuoxi", "/api/v1/unplaced/" + id + "/discard", Map.of("reason", "重复")), 409);
        }

        @Test
        void onlyTheDispatchCentreSupervisorsAndAdminsWorkTheList() {
            assertChineseProblem(get("fenxi", "/api/v1/unplaced"), 403);
            assertChineseProblem(get("huoxian", "/api/v1/unplaced/count"), 403);
            assertChineseProblem(get("chengguan", "/api/v1/unplaced"), 403);
            assertThat(get("duban", "/api/v1/unplaced").getStatusCode().value()).isEqualTo(200);
        }

        @Test
        void badRequestsAreChinese4xxAndChangeNothing() {
            long id = reportWithWords();
            assertChineseProblem(get("zuoxi", "/api/v1/unplaced?state=lost"), 400);
            assertChineseProblem(get("zuoxi", "/api/v1/unplaced?limit=100000"), 400);
            assertChineseProblem(get("zuoxi", "/api/v1/unplaced/987654321"), 404);
            assertChineseProblem(post("zuoxi", "/api/v1/unplaced/" + id + "/place", Map.of("lon", LON)), 400);
            // Outside the district's data: the case's own check refuses it, the report still waits.
            assertThat(post("zuoxi", "/api/v1/unplaced/" + id + "/place", Map.of("lon", 116.3, "lat", 39.9))
                    .getStatusCode().value()).isEqualTo(400);
            assertChineseProblem(post("zuoxi", "/api/v1/unplaced/" + id + "/discard", Map.of("reason", "  ")), 400);
            assertChineseProblem(post("zuoxi", "/api/v1/unplaced/" + id + "/discard", Map.of("reason", "a\u0007b")), 400);
            assertThat(get("zuoxi", "/api/v1/unplaced/" + id).getBody().get("state")).isEqualTo("waiting");

            ResponseEntity<Map> discarded = post("duban", "/api/v1/unplaced/" + id + "/discard", Map.of("reason", "重复来电"));
            assertThat(discarded.getStatusCode().value()).isEqualTo(200);
            assertThat(discarded.getBody().get("stateLabel")).isEqualTo("已作废");
            assertThat(discarded.getBody().get("discardReason")).isEqualTo("重复来电");
        }
    }
}
