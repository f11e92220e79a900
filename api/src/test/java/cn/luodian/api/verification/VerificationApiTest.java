package cn.luodian.api.verification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import cn.luodian.api.text.LatinWords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * 核查 by the grid worker, on H2GIS and PostGIS: a hotline case placed in a demo 责任网格 cell lands on
 * that cell's worker; after the unit's 反馈 it is in that worker's task list (and no other worker's)
 * with the 24 h clock; 核查通过 needs the worker's own 处置后 photo and closes the case; 核查不通过
 * needs a reason and sends it back to the unit; nobody else's grid worker may touch it.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class VerificationApiTest {
    /** 凌庄村 (漷县镇), in a demo 村庄 grid. */
    private static final double[] LINGZHUANG = {116.7726, 39.7588};

    @Nested
    class OnH2gis extends Verification {
        OnH2gis() {
            super(Database.H2GIS);
        }
    }

    @Nested
    class OnPostgis extends Verification {
        OnPostgis() {
            super(Database.POSTGIS);
        }
    }

    abstract static class Verification {
        private final RestClient http;

        Verification(Database database) {
            http = DemoServerForTest.http(database);
        }

        private static String demo(String user) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
        }

        private ResponseEntity<Map> send(String method, String path, String user, Object body) {
            var request = http.method(HttpMethod.valueOf(method)).uri(path).header(HttpHeaders.AUTHORIZATION, demo(user));
            if (body != null) {
                request = request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.retrieve().toEntity(Map.class);
        }

        private Map ok(String method, String path, String user, Object body) {
            ResponseEntity<Map> answer = send(method, path, user, body);
            assertThat(answer.getStatusCode().is2xxSuccessful()).as(method + " " + path + ": " + answer.getBody()).isTrue();
            return answer.getBody();
        }

        private static void refused(ResponseEntity<Map> answer, int status, String words) {
            assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
            String detail = (String) answer.getBody().get("detail");
            assertThat(detail).contains(words);
            assertThat(LatinWords.in(detail)).as(detail).isEmpty();
        }

        private ResponseEntity<Map> step(long id, String user, String action, String note) {
            return send("POST", "/api/v1/cases/" + id + "/transitions", user,
                    note == null ? Map.of("action", action) : Map.of("action", action, "note", note));
        }

        /** A hotline case at 凌庄村 taken to 反馈 by the district's 城管执法局; the case JSON before 反馈. */
        private Map repliedByTheUnit(String description) {
            Map created = ok("POST", "/api/v1/cases", "zuoxi", Map.of("category", "B0101", "description", description,
                    "source", "hotline_12345", "location", Map.of("lon", LINGZHUANG[0], "lat", LINGZHUANG[1], "crs", "wgs84")));
            long id = ((Number) created.get("id")).longValue();
            long unit = ((Number) ok("GET", "/api/v1/users/me", "chengguan", null).get("unitId")).longValue();
            ok("POST", "/api/v1/cases/" + id + "/transitions", "zuoxi", Map.of("action", "register"));
            ok("POST", "/api/v1/cases/" + id + "/transitions", "zuoxi", Map.of("action", "dispatch", "unitId", unit));
            ok("POST", "/api/v1/cases/" + id + "/transitions", "chengguan", Map.of("action", "accept"));
            ok("POST", "/api/v1/cases/" + id + "/transitions", "chengguan", Map.of("action", "reply", "note", "已更换井盖"));
            return created;
        }

        private List<Map> tasks(String user) {
            return (List<Map>) ok("GET", "/api/v1/grids/tasks", user, null).get("tasks");
        }

        private static String otherWorker(String worker) {
            return worker.equals("huoxian-wgy2") ? "huoxian-wgy3" : "huoxian-wgy2";
        }

        private void uploadAfterPhoto(long id, String user) {
            var parts = new LinkedMultiValueMap<String, Object>();
            parts.add("file", new ByteArrayResource(png()) {
                @Override
                public String getFilename() {
                    return "after.png";
                }
            });
            parts.add("stage", "after");
            ResponseEntity<Map> stored = http.post().uri("/api/v1/cases/{id}/photos", id)
                    .header(HttpHeaders.AUTHORIZATION, demo(user)).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                    .retrieve().toEntity(Map.class);
            assertThat(stored.getStatusCode().value()).as(String.valueOf(stored.getBody())).isEqualTo(201);
        }

        private static byte[] png() {
            try {
                var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
                var out = new ByteArrayOutputStream();
                javax.imageio.ImageIO.write(image, "png", out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Test
        void theCellsWorkerVerifiesWithAPhotoAndTheCaseCloses() {
            Map created = repliedByTheUnit("上水井盖缺失（核查测试）");
            long id = ((Number) created.get("id")).longValue();
            String worker = (String) ((Map) created.get("gridWorker")).get("username");
            assertThat(worker).startsWith("huoxian-wgy");

            // The task: the worker's, with the 24 h clock from 反馈; not another worker's; the township sees it.
            Map task = tasks(worker).stream().filter(t -> ((Number) t.get("caseId")).longValue() == id).findFirst().orElseThrow();
            Map stored = ok("GET", "/api/v1/cases/" + id, "zuoxi", null);
            assertThat(Duration.between(Instant.parse((String) task.get("reportedDoneAt")), Instant.parse((String) task.get("dueAt"))))
                    .isEqualTo(Duration.ofHours(24));
            assertThat(task.get("overdue")).isEqualTo(false);
            assertThat(task.get("number")).isEqualTo(stored.get("number"));
            assertThat(tasks(otherWorker(worker))).noneMatch(t -> ((Number) t.get("caseId")).longValue() == id);
            assertThat(tasks("liyuan-wgy1")).noneMatch(t -> ((Number) t.get("caseId")).longValue() == id);
            assertThat(tasks("huoxian")).anyMatch(t -> ((Number) t.get("caseId")).longValue() == id);
            refused(send("GET", "/api/v1/grids/tasks", "chengguan", null), 403, "核查任务");
            refused(send("GET", "/api/v1/grids/tasks?worker=%3Cscript%3E", "huoxian", null), 400, "网格员用户名");

            // Not theirs; no photo yet; the township may not verify at all.
            refused(step(id, otherWorker(worker), "verify", null), 404, "没有这个案件");
            refused(step(id, worker, "verify", null), 400, "处置后照片");
            refused(step(id, "huoxian", "verify", null), 403, "核查通过");
            assertThat(ok("GET", "/api/v1/cases/" + id, "zuoxi", null).get("state")).isEqualTo("reported_done");
            // A photo by someone else does not count as the worker's visit.
            uploadAfterPhoto(id, "chengguan");
            refused(step(id, worker, "verify", null), 400, "处置后照片");

            uploadAfterPhoto(id, worker);
            Map closed = ok("POST", "/api/v1/cases/" + id + "/transitions", worker, Map.of("action", "verify"));
            assertThat(closed.get("state")).isEqualTo("closed");
            List<Map> events = (List<Map>) ok("GET", "/api/v1/cases/" + id + "/history", "zuoxi", null).get("events");
            assertThat(events.subList(events.size() - 2, events.size())).extracting(e -> e.get("action") + "/" + e.get("actor"))
                    .containsExactly("verify/" + worker, "close/核查通过");
            assertThat(tasks(worker)).noneMatch(t -> ((Number) t.get("caseId")).longValue() == id);
        }

        @Test
        void aFailedVerificationNeedsAReasonAndGoesBackToTheUnit() {
            Map created = repliedByTheUnit("路灯不亮（核查不通过测试）");
            long id = ((Number) created.get("id")).longValue();
            String worker = (String) ((Map) created.get("gridWorker")).get("username");

            refused(step(id, worker, "reject_reply", null), 400, "理由");
            refused(step(id, otherWorker(worker), "reject_reply", "不是我的"), 404, "没有这个案件");
            Map back = ok("POST", "/api/v1/cases/" + id + "/transitions", worker,
                    Map.of("action", "reject_reply", "note", "现场井盖仍缺失"));
            assertThat(back.get("state")).isEqualTo("in_progress");
            assertThat(tasks(worker)).noneMatch(t -> ((Number) t.get("caseId")).longValue() == id);
            // The unit sees it again in its work and replies again; the task comes back.
            ok("POST", "/api/v1/cases/" + id + "/transitions", "chengguan", Map.of("action", "reply", "note", "已重新安装"));
            assertThat(tasks(worker)).anyMatch(t -> ((Number) t.get("caseId")).longValue() == id);
        }
    }
}
