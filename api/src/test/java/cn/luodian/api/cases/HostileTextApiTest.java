package cn.luodian.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import cn.luodian.api.text.LatinWords;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Issue 15, finding 6: text that once answered 500 or was stored though wrong (too long for its
 * column, a NUL byte, a lone surrogate, markup as a phone number, a hotline time in 2099, a source
 * the user's role may not choose) is refused with 400 problem+json naming the field, and nothing is
 * stored — on H2GIS and on PostGIS. The detail says it in Chinese; the field's own name is the
 * problem's {@code field}.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class HostileTextApiTest {
    /** What a report could add to. Not supervision: the supervision clock adds rows there on its own, every minute. */
    private static final List<String> TABLES = List.of("city_case", "case_event", "audit_log", "unplaced_report", "case_photo");

    @Nested
    class OnH2gis extends Inputs {
        OnH2gis() {
            super(Database.H2GIS);
        }
    }

    @Nested
    class OnPostgis extends Inputs {
        OnPostgis() {
            super(Database.POSTGIS);
        }
    }

    abstract static class Inputs {
        private final RestClient http;
        private final JdbcTemplate jdbc;

        Inputs(Database database) {
            http = DemoServerForTest.http(database);
            jdbc = DemoServerForTest.bean(database, JdbcTemplate.class);
        }

        private static String basic(String user) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
        }

        private Map<String, Long> rows() {
            Map<String, Long> counts = new LinkedHashMap<>();
            TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Long.class)));
            return counts;
        }

        /** Sends, and checks the answer is a 400 problem+json whose field and detail name {@code field}, storing nothing. */
        private void refused(String field, Supplier<ResponseEntity<Map>> send) {
            Map<String, Long> before = rows();
            ResponseEntity<Map> answer = send.get();
            assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(400);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            assertThat(answer.getBody().get("field")).isEqualTo(field);
            String detail = (String) answer.getBody().get("detail");
            assertThat(detail).isNotBlank();
            assertThat(LatinWords.in(detail)).as(detail).isEmpty();
            assertThat((String) answer.getBody().get("title")).isEqualTo("请求参数有误");
            assertThat(rows()).as("nothing stored").isEqualTo(before);
        }

        private static Map<String, Object> report(Map<String, Object> changes) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("category", "B0101", "description", "井盖缺失（恶意输入测试）",
                    "urgency", "normal", "location", Map.of("lon", 116.7726, "lat", 39.7588, "crs", "wgs84"),
                    "reporter", Map.of("name", "王五", "phone", "13912345678")));
            body.putAll(changes);
            return body;
        }

        private ResponseEntity<Map> create(String user, Object body) {
            return http.post().uri("/api/v1/cases").header(HttpHeaders.AUTHORIZATION, basic(user))
                    .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
        }

        @Test
        void aReportThatIsFineIsStored() {
            ResponseEntity<Map> answer = create("zuoxi", report(Map.of("reporter", Map.of("name", "王五", "phone", "010-6952 1234转8"))));
            assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(201);
        }

        @Test
        void textTooLongForItsColumnIs400NamingTheField() {
            refused("reporter.phone", () -> create("zuoxi", report(Map.of("reporter", Map.of("phone", "1".repeat(41))))));
            refused("reporter.name", () -> create("zuoxi", report(Map.of("reporter", Map.of("name", "王".repeat(101))))));
            refused("externalId", () -> create("zuoxi", report(Map.of("externalId", "X".repeat(101)))));
        }

        @Test
        void aNulByteInAnyCaseFieldIs400() {
            refused("description", () -> create("zuoxi", report(Map.of("description", "井盖\u0000缺失"))));
            refused("category", () -> create("zuoxi", report(Map.of("category", "B01\u000001"))));
            refused("reporter.name", () -> create("zuoxi", report(Map.of("reporter", Map.of("name", "王\u0000五")))));
            refused("reporter.phone", () -> create("zuoxi", report(Map.of("reporter", Map.of("phone", "139\u000012345678")))));
            refused("externalId", () -> create("zuoxi", report(Map.of("externalId", "GD\u00001"))));
            refused("urgency", () -> create("zuoxi", report(Map.of("urgency", "normal\u0000"))));
            refused("location.crs", () -> create("zuoxi", report(Map.of("location", Map.of("lon", 116.7726, "lat", 39.7588, "crs", "wgs\u000084")))));
        }

        @Test
        void aNulByteThroughAnonymousOpen311IsRefusedAndNotStored() {
            Map<String, Long> before = rows();
            LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("service_code", "B0101");
            form.add("lat", "39.7588");
            form.add("long", "116.7726");
            form.add("description", "井盖\u0000缺失");
            ResponseEntity<List> answer = http.post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form).retrieve().toEntity(List.class);
            // Open311 clients read GeoReport v2's own error shape, [{code, description}]: the detail names the field.
            assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(400);
            Map error = (Map) answer.getBody().get(0);
            assertThat(error.get("code")).isEqualTo(400);
            assertThat((String) error.get("description")).contains("问题描述").contains("控制字符");
            assertThat(rows()).isEqualTo(before);
            form.set("description", "井盖缺失");
            form.add("phone", "<script>alert(1)</script>");
            answer = http.post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form).retrieve().toEntity(List.class);
            assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(400);
            assertThat((String) ((Map) answer.getBody().get(0)).get("description")).contains("电话");
            assertThat(rows()).isEqualTo(before);
        }

        @Test
        void aNulByteAsTheListsCategoryIs400() {
            refused("category", () -> http.get().uri("/api/v1/cases?category={c}", "\u0000").header(HttpHeaders.AUTHORIZATION, basic("zuoxi"))
                    .retrieve().toEntity(Map.class));
            refused("category", () -> http.get().uri("/api/v1/cases?category={c}", "B".repeat(1000)).header(HttpHeaders.AUTHORIZATION, basic("zuoxi"))
                    .retrieve().toEntity(Map.class));
        }

        @Test
        void markupAsAPhoneNumberIs400() {
            refused("reporter.phone", () -> create("zuoxi", report(Map.of("reporter", Map.of("phone", "<script>alert(1)</script>")))));
        }

        @Test
        void aLoneSurrogateIs400() {
            String json = "{\"category\":\"B0101\",\"description\":\"井盖\\ud800缺失\",\"location\":{\"lon\":116.7726,\"lat\":39.7588,\"crs\":\"wgs84\"}}";
            refused("description", () -> create("zuoxi", json));
            String reversed = "{\"category\":\"B0101\",\"description\":\"井盖缺失\",\"reporter\":{\"name\":\"王\\udc00\"},"
                    + "\"location\":{\"lon\":116.7726,\"lat\":39.7588,\"crs\":\"wgs84\"}}";
            refused("reporter.name", () -> create("zuoxi", reversed));
        }

        @Test
        void aSourceTheRoleMayNotChooseIs400() {
            // 街乡镇工作人员 register neither 12345 tickets nor citizens' own reports; nobody enters a citizen's report by hand.
            refused("source", () -> create("huoxian", report(Map.of("source", "hotline_12345"))));
            refused("source", () -> create("huoxian", report(Map.of("source", "public"))));
            refused("source", () -> create("zuoxi", report(Map.of("source", "public"))));
            refused("source", () -> create("huoxian-wgy1", report(Map.of("source", "hotline_12345"))));
        }

        @Test
        void aHotlineRowReceivedIn2099IsRefusedAndNotStored() {
            Map<String, Long> before = rows();
            String csv = "工单编号,来电时间,诉求类别,诉求内容,紧急程度,经度,纬度,坐标系,位置描述,联系人,联系电话\n"
                    + "FZ-2099-1,2099-01-01 10:00:00,B0101,井盖缺失（将来的来电）,,116.7726,39.7588,,,,\n"
                    + "FZ-2099-2,2026-01-01 10:00:00,B0101,井盖缺失（电话不对）,,116.7726,39.7588,,,,<b>110</b>\n";
            LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return "hotline.csv";
                }
            });
            ResponseEntity<Map> answer = http.post().uri("/api/v1/cases/import").header(HttpHeaders.AUTHORIZATION, basic("zuoxi"))
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toEntity(Map.class);
            // A hotline file reports each bad row with its reason and stores the good ones: here there are none.
            assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
            assertThat(answer.getBody().get("imported")).isEqualTo(0);
            List<Map> errors = (List<Map>) answer.getBody().get("errors");
            assertThat(errors).hasSize(2);
            assertThat((String) errors.get(0).get("reason")).contains("来电时间").contains("将来");
            assertThat((String) errors.get(1).get("reason")).contains("联系电话").contains("不是电话号码");
            assertThat(rows()).isEqualTo(before);
        }
    }
}
