package cn.luodian.api.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import cn.luodian.api.text.LatinWords;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * {@code /api/v1/grids/assessment} on H2GIS and PostGIS against the hand-made March 2019 of
 * {@link MarchGridsForTest}: each worker's and grid's figures as worked out by hand, the
 * reassigned grid's old case staying with its old worker, the ranking, the CSV, who may read what,
 * and bad parameters as problem+json in Chinese.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class AssessmentApiTest {
    private static final String PASSWORD = "kaohe-password-1";

    @Nested
    class OnH2gis extends Assessment {
        OnH2gis() {
            super(Database.H2GIS);
        }
    }

    @Nested
    class OnPostgis extends Assessment {
        OnPostgis() {
            super(Database.POSTGIS);
        }
    }

    abstract static class Assessment {
        private final RestClient http;
        private final JdbcTemplate jdbc;

        Assessment(Database database) {
            http = DemoServerForTest.http(database);
            jdbc = DemoServerForTest.bean(database, JdbcTemplate.class);
            user("kh-a", "GRID_WORKER", "考核测试甲", MarchGridsForTest.ZHANGJIAWAN);
            user("kh-b", "GRID_WORKER", "考核测试乙", MarchGridsForTest.ZHANGJIAWAN);
            user("kh-c", "GRID_WORKER", "考核测试丙", MarchGridsForTest.SONGZHUANG);
            user("kh-zjw", "TOWNSHIP_STAFF", "张家湾镇考核测试", MarchGridsForTest.ZHANGJIAWAN);
            new MarchGridsForTest(jdbc).write();
        }

        private void user(String name, String role, String displayName, String scope) {
            int status = http.post().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION,
                            basic("admin", DemoServerForTest.ADMIN_PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("username", name, "password", PASSWORD, "role", role, "displayName", displayName, "scopeCode", scope))
                    .retrieve().toEntity(Map.class).getStatusCode().value();
            assertThat(status).as("creating " + name).isIn(201, 409);
        }

        private static String basic(String user, String password) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        private static String auth(String user) {
            return user.startsWith("kh-") ? basic(user, PASSWORD)
                    : user.equals("admin") ? basic(user, DemoServerForTest.ADMIN_PASSWORD) : basic(user, user + "-demo");
        }

        private ResponseEntity<Map> get(String user, String query) {
            return http.get().uri("/api/v1/grids/assessment" + query).header(HttpHeaders.AUTHORIZATION, auth(user))
                    .retrieve().toEntity(Map.class);
        }

        private ResponseEntity<byte[]> csv(String user, String query) {
            return http.get().uri("/api/v1/grids/assessment.csv" + query).header(HttpHeaders.AUTHORIZATION, auth(user))
                    .retrieve().toEntity(byte[].class);
        }

        private List<Map> rows(String user, String query) {
            ResponseEntity<Map> answer = get(user, query);
            assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
            return (List<Map>) answer.getBody().get("rows");
        }

        private static Map row(List<Map> rows, String key) {
            return rows.stream().filter(r -> key.equals(r.get("key"))).findFirst().orElseThrow(() -> new AssertionError(key + " in " + rows));
        }

        /** numerator/denominator of a rate in a row. */
        private static String rate(Map row, String name) {
            Map rate = (Map) row.get(name);
            return rate.get("numerator") + "/" + rate.get("denominator");
        }

        private static void refused(ResponseEntity<?> answer, int status, String words) {
            assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
            assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
            String body = answer.getBody() instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(answer.getBody());
            assertThat(body).contains(words);
        }

        @Test
        void eachWorkersFiguresAsWorkedOutByHand() {
            List<Map> rows = rows("fenxi", "?by=worker&month=" + MarchGridsForTest.MONTH);
            assertThat(rows).extracting(r -> r.get("key")).containsExactly("kh-a", "kh-b", "kh-c");
            assertThat(rows).extracting(r -> r.get("rank")).containsExactly(1, 2, 3);

            Map a = row(rows, "kh-a");
            assertThat(a.get("name")).isEqualTo("考核测试甲");
            assertThat(a.get("role")).isEqualTo("网格员");
            assertThat(((Map) a.get("township")).get("code")).isEqualTo(MarchGridsForTest.ZHANGJIAWAN);
            assertThat(a.get("grids")).isEqualTo(List.of("考核测试网格一"));
            // c1, c2, c5 reported by kh-a (c5 lies in kh-b's time: kh-b's case, kh-a's report); c7 is February.
            assertThat(a.get("reports")).isEqualTo(3);
            // Tasks: c1's two 反馈 (one answered after 30 h, one by duban) and c3's (answered after 8 h).
            assertThat(a.get("tasks")).isEqualTo(3);
            assertThat(rate(a, "verification")).isEqualTo("1/3");
            assertThat(rate(a, "coverage")).isEqualTo("2/4");
            // c1, c2, c3 stay kh-a's although the grid is kh-b's since 03-15.
            assertThat(a.get("cases")).isEqualTo(3);
            assertThat(rate(a, "response")).isEqualTo("2/3");
            assertThat(rate(a, "resolution")).isEqualTo("2/3");
            assertThat(rate(a, "satisfaction")).isEqualTo("1/1");
            assertThat(rate(a, "onTimeClosure")).isEqualTo("1/1");
            assertThat(((Number) a.get("score")).doubleValue()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 + 1) / 4, within(1e-9));

            Map b = row(rows, "kh-b");
            assertThat(b.get("reports")).isEqualTo(1);
            assertThat(b.get("tasks")).isEqualTo(1);
            assertThat(rate(b, "verification")).as("answered exactly 24 h after 反馈").isEqualTo("1/1");
            assertThat(rate(b, "coverage")).isEqualTo("2/4");
            assertThat(b.get("cases")).isEqualTo(2);
            assertThat(rate(b, "response")).isEqualTo("1/2");
            assertThat(rate(b, "resolution")).isEqualTo("1/2");
            assertThat(rate(b, "satisfaction")).isEqualTo("0/1");
            assertThat(rate(b, "onTimeClosure")).isEqualTo("0/1");
            assertThat(((Number) b.get("score")).doubleValue()).isCloseTo(0.25, within(1e-9));

            Map c = row(rows, "kh-c");
            assertThat(c.get("reports")).isEqualTo(0);
            assertThat(rate(c, "verification")).isEqualTo("0/0");
            assertThat(rate(c, "coverage")).isEqualTo("0/2");
            assertThat(c.get("cases")).isEqualTo(1);
            assertThat(rate(c, "response")).isEqualTo("0/0");
            assertThat(c.get("score")).isNull();
            // zuoxi's 网格巡查 case (c8) makes no row: zuoxi is no grid worker.
            assertThat(rows).noneMatch(r -> "zuoxi".equals(r.get("key")));
        }

        @Test
        void eachGridsFiguresAsWorkedOutByHand() {
            List<Map> rows = rows("duban", "?by=grid&month=" + MarchGridsForTest.MONTH);
            assertThat(rows).extracting(r -> r.get("key")).containsExactly("KH-ZJW-1", "KH-SZ-1");
            Map g1 = rows.get(0);
            assertThat(g1.get("rank")).isEqualTo(1);
            assertThat(g1.get("name")).isEqualTo("考核测试网格一");
            assertThat((List<String>) g1.get("grids")).containsExactlyInAnyOrder("考核测试甲", "考核测试乙");
            assertThat(g1.get("reports")).isEqualTo(4);
            assertThat(g1.get("tasks")).isEqualTo(4);
            assertThat(rate(g1, "verification")).isEqualTo("2/4");
            assertThat(rate(g1, "coverage")).as("KH1, KH2, KH4 by anyone").isEqualTo("3/4");
            assertThat(g1.get("cases")).isEqualTo(5);
            assertThat(rate(g1, "response")).isEqualTo("3/5");
            assertThat(rate(g1, "resolution")).isEqualTo("3/5");
            assertThat(rate(g1, "satisfaction")).isEqualTo("1/2");
            assertThat(rate(g1, "onTimeClosure")).isEqualTo("1/2");
            assertThat(((Number) g1.get("score")).doubleValue()).isCloseTo(0.55, within(1e-9));
            Map g2 = rows.get(1);
            assertThat(g2.get("cases")).isEqualTo(1);
            assertThat(rate(g2, "coverage")).isEqualTo("0/2");
            assertThat(g2.get("score")).isNull();
        }

        @Test
        void fromAndToDatesLeaveOutTheDaysOutsideThem() {
            // 03-01..03-10 (Beijing): c1, c2 and c3's received days; c3's 反馈 (03-11 10:00 Beijing) is outside.
            Map a = row(rows("admin", "?from=2019-03-01&to=2019-03-11"), "kh-a");
            assertThat(a.get("cases")).isEqualTo(3);
            assertThat(a.get("tasks")).isEqualTo(2);
            assertThat(rate(a, "verification")).isEqualTo("0/2");
            assertThat(rows("admin", "?from=2019-03-01&to=2019-03-11")).noneMatch(r -> "kh-b".equals(r.get("key"))
                    && ((Number) r.get("cases")).intValue() > 0);
        }

        @Test
        void aTaskStillInsideItsDeadlineIsPending() {
            java.time.Instant now = java.time.Instant.now();
            new MarchGridsForTest(jdbc).writePendingTask(now);
            java.time.LocalDate today = now.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
            Map a = row(rows("admin", "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1)), "kh-a");
            assertThat(a.get("tasks")).isEqualTo(1);
            assertThat(rate(a, "verification")).as("counted once answered or past its 24 h").isEqualTo("0/0");
            assertThat(a.get("cases")).isEqualTo(1);
        }

        @Test
        void theCsvHasChineseColumnsAByteOrderMarkAndTheRowsByRank() {
            ResponseEntity<byte[]> answer = csv("fenxi", "?by=worker&month=" + MarchGridsForTest.MONTH);
            assertThat(answer.getStatusCode().value()).isEqualTo(200);
            assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/csv");
            assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment")
                    .contains("assessment-worker-2019-03-01-2019-04-01.csv");
            byte[] body = answer.getBody();
            assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
            String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
            assertThat(lines[0]).isEqualTo(String.join(",", AssessmentCsv.WORKER_COLUMNS));
            assertThat(lines[0]).startsWith("排名,网格员,账号,角色,乡镇/街道,责任网格,上报问题数,核查任务数,按时核查数,核查及时率,巡查覆盖率");
            Map township = (Map) row(rows("fenxi", "?month=2019-03"), "kh-a").get("township");
            assertThat(lines[1]).isEqualTo("1,考核测试甲,kh-a,网格员," + township.get("name")
                    + ",考核测试网格一,3,3,1,33.3%,50.0%,3,66.7%,66.7%,100.0%,100.0%,83.3");
            assertThat(lines[3]).startsWith("3,考核测试丙,kh-c,网格员,").endsWith(",0,0,0,,0.0%,1,,,,,");
            assertThat(lines).hasSize(4);

            String grids = new String(csv("fenxi", "?by=grid&month=2019-03").getBody(), StandardCharsets.UTF_8);
            assertThat(grids.substring(1)).startsWith(String.join(",", AssessmentCsv.GRID_COLUMNS) + "\r\n1,考核测试网格一,KH-ZJW-1,");
        }

        @Test
        void whoSeesWhat() {
            String month = "?month=" + MarchGridsForTest.MONTH;
            for (String user : List.of("admin", "duban", "fenxi")) {
                assertThat(rows(user, month)).as(user).hasSize(3);
                assertThat(csv(user, month).getStatusCode().value()).as(user).isEqualTo(200);
            }
            // Township staff: their township only, ranked within it; another township is refused.
            List<Map> township = rows("kh-zjw", month);
            assertThat(township).extracting(r -> r.get("key")).containsExactly("kh-a", "kh-b");
            assertThat(rows("kh-zjw", month + "&by=grid")).extracting(r -> r.get("key")).containsExactly("KH-ZJW-1");
            assertThat(rows("huoxian", month)).isEmpty();
            refused(get("kh-zjw", month + "&township=" + MarchGridsForTest.SONGZHUANG), 403, "不在您的辖区内");
            refused(csv("kh-zjw", month + "&township=" + MarchGridsForTest.SONGZHUANG), 403, "不在您的辖区内");
            // The district narrowed to one township.
            assertThat(rows("fenxi", month + "&township=" + MarchGridsForTest.SONGZHUANG)).extracting(r -> r.get("key"))
                    .containsExactly("kh-c");
            // A grid worker: their own row, with their place among the township's workers; no grid ranking.
            ResponseEntity<Map> own = get("kh-b", month);
            assertThat((List<Map>) own.getBody().get("rows")).extracting(r -> r.get("key") + "#" + r.get("rank")).containsExactly("kh-b#2");
            assertThat(own.getBody().get("ranked")).isEqualTo(2);
            refused(get("kh-a", month + "&by=grid"), 403, "网格员只能查看本人");
            refused(csv("kh-a", month + "&by=grid"), 403, "网格员只能查看本人");
            // Dispatchers and responsible units are refused.
            for (String user : List.of("zuoxi", "chengguan")) {
                refused(get(user, month), 403, "网格员考核只供");
                refused(csv(user, month), 403, "网格员考核只供");
            }
            assertThat(http.get().uri("/api/v1/grids/assessment").retrieve().toEntity(Map.class).getStatusCode().value()).isEqualTo(401);
        }

        @Test
        void badParametersAreRefusedInChinese() {
            Map<String, String> bad = Map.of(
                    "?by=township", "考核对象",
                    "?month=2019-13", "月份应形如",
                    "?month=2019-03&from=2019-03-01&to=2019-03-02", "不要同时给出",
                    "?from=2019-03-01", "须同时给出",
                    "?from=2019-03-05&to=2019-03-05", "应早于",
                    "?from=2019-01-01&to=2020-06-01", "最长 366 天",
                    "?from=2019/03/01&to=2019-04-01", "开始日期应形如",
                    "?township=11011210x", "9 位数字",
                    "?by=%0Aworker", "考核对象");
            bad.forEach((query, words) -> {
                ResponseEntity<Map> answer = get("fenxi", query);
                refused(answer, 400, words);
                String detail = (String) answer.getBody().get("detail");
                assertThat(LatinWords.in(detail)).as(detail).isEmpty();
                refused(csv("fenxi", query), 400, words);
            });
        }
    }
}
