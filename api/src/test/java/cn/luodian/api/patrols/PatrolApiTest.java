package cn.luodian.api.patrols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import cn.luodian.api.text.LatinWords;
import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.WebMercator;
import cn.luodian.geo.tile.mvt.VectorTileReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Patrols over HTTP on H2GIS and PostGIS as grid workers and their readers use them: a walk in
 * 凌庄村 (漷县镇) started, sent in batches and stopped covers the cells it went through; a worker
 * writes only their own running patrol; readers see their jurisdiction only; bad input and hostile
 * GPX files are Chinese 4xx that change nothing; the patrols tile layer needs a sign-in.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class PatrolApiTest {
    static final String PASSWORD = "xuncha-test-2026";
    /** A GPX refusal names the format and the file's own element, as codes the user finds in the file. */
    static final List<String> GPX_NAMES = List.of("GPX", "DTD", "trkpt", "rtept", "time", "lat", "lon");

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
        // In 凌庄村 (漷县镇); the walk goes 400 m east from here.
        static final double LON = 116.7726, LAT = 39.7588;
        static final GaussKrugerProjection EPSG_4548 = GaussKrugerProjection.beijing();
        /** Two grid workers: one in 漷县镇, one in 梨园镇. */
        static final String WORKER = "wangge-huoxian", OTHER_WORKER = "wangge-liyuan";
        private final RestClient http;

        Endpoints(Database database) {
            http = DemoServerForTest.http(database);
            user(WORKER, "110112106");
            user(OTHER_WORKER, "110112121");
        }

        private void user(String name, String scope) {
            ResponseEntity<Map> created = http.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, auth("admin", DemoServerForTest.ADMIN_PASSWORD))
                    .body(Map.of("username", name, "password", PASSWORD, "role", "GRID_WORKER", "displayName", "网格员（测试）",
                            "scopeCode", scope))
                    .retrieve().toEntity(Map.class);
            assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isIn(201, 409);
        }

        private static String auth(String user, String password) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        /** Demo users have the password {@code <name>-demo}; the test's workers {@link #PASSWORD}. */
        private static String auth(String user) {
            return user.startsWith("wangge-") ? auth(user, PASSWORD)
                    : user.equals("admin") ? auth(user, DemoServerForTest.ADMIN_PASSWORD) : auth(user, user + "-demo");
        }

        private ResponseEntity<Map> post(String user, String uri, Object body) {
            var request = http.post().uri(uri).header(HttpHeaders.AUTHORIZATION, auth(user));
            if (body != null) {
                request = request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.retrieve().toEntity(Map.class);
        }

        private ResponseEntity<Map> get(String user, String uri) {
            return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, auth(user)).retrieve().toEntity(Map.class);
        }

        private static void assertChineseProblem(ResponseEntity<Map> answer, int status, String words) {
            assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(status);
            assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            String detail = (String) answer.getBody().get("detail");
            assertThat(detail).contains(words);
            assertThat(LatinWords.in(detail)).as(detail).isSubsetOf(GPX_NAMES);
            assertThat(LatinWords.in((String) answer.getBody().get("title"))).isEmpty();
        }

        /** {@code n} positions every 10 m east from the start, one second apart from {@code first}. */
        private static List<Map<String, Object>> walk(int from, int n, Instant first) {
            Coordinate start = EPSG_4548.toMetric(LON, LAT);
            List<Map<String, Object>> positions = new ArrayList<>();
            for (int i = from; i < from + n; i++) {
                Coordinate p = EPSG_4548.toGeographic(start.x + 10.0 * i, start.y);
                positions.add(Map.of("lon", p.x, "lat", p.y, "time", first.plusSeconds(i).toString()));
            }
            return positions;
        }

        private String cellAt(double lon, double lat) {
            Map place = get("zuoxi", "/api/v1/places?lon=" + lon + "&lat=" + lat).getBody();
            return (String) ((Map) place.get("gridCell")).get("code");
        }

        private long start(String worker) {
            ResponseEntity<Map> started = post(worker, "/api/v1/grids/patrols", null);
            assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(201);
            assertThat(started.getBody()).containsEntry("running", true).containsEntry("stateLabel", "巡查中");
            return ((Number) started.getBody().get("id")).longValue();
        }

        /** A failed test leaves no running patrol behind for the next one (a worker has one at a time). */
        @AfterEach
        void stopRunningPatrols() {
            for (Map p : (List<Map>) get(WORKER, "/api/v1/grids/patrols/mine").getBody().get("items")) {
                if (Boolean.TRUE.equals(p.get("running"))) {
                    post(WORKER, "/api/v1/grids/patrols/" + p.get("id") + "/stop", null);
                }
            }
        }

        private List<String> audit(long id) {
            Map body = get("admin", "/api/v1/audit?entityType=patrol&entityId=" + id).getBody();
            return ((List<Map>) body.get("entries")).stream().map(e -> (String) e.get("action")).toList();
        }

        @Test
        void aWalkSentInBatchesAndStoppedCoversTheCellsItWentThrough() {
            long id = start(WORKER);
            Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            assertThat(post(WORKER, "/api/v1/grids/patrols/" + id + "/positions", Map.of("positions", walk(0, 20, first)))
                    .getBody()).containsEntry("pointCount", 20);
            assertThat(post(WORKER, "/api/v1/grids/patrols/" + id + "/positions", Map.of("crs", "wgs84", "positions", walk(20, 21, first)))
                    .getBody()).containsEntry("pointCount", 41);
            ResponseEntity<Map> stopped = post(WORKER, "/api/v1/grids/patrols/" + id + "/stop", null);
            assertThat(stopped.getStatusCode().value()).isEqualTo(200);
            assertThat(stopped.getBody()).containsEntry("running", false).containsEntry("stateLabel", "已结束")
                    .containsEntry("bufferMetres", 30.0);
            assertThat(((Number) stopped.getBody().get("lengthMetres")).doubleValue()).isCloseTo(400.0, within(0.2));

            Map read = get(WORKER, "/api/v1/grids/patrols/" + id).getBody();
            List<String> cells = ((List<Map>) read.get("cells")).stream().map(c -> (String) c.get("code")).toList();
            Coordinate end = EPSG_4548.toGeographic(EPSG_4548.toMetric(LON, LAT).x + 400, EPSG_4548.toMetric(LON, LAT).y);
            assertThat(cells).contains(cellAt(LON, LAT), cellAt(end.x, end.y)).allMatch(c -> c.startsWith("110112106"));
            // The walk begins inside its first cell: first passed with the first position (as is every cell
            // within 30 m of the start); the cell it ends in, 400 m on, later.
            Map<String, Object> passed = new java.util.HashMap<>();
            ((List<Map>) read.get("cells")).forEach(c -> passed.put((String) c.get("code"), c.get("firstPassedAt")));
            assertThat(passed.get(cellAt(LON, LAT))).isEqualTo(first.toString());
            assertThat(cellAt(end.x, end.y)).isNotEqualTo(cellAt(LON, LAT));
            assertThat(Instant.parse((String) passed.get(cellAt(end.x, end.y)))).isAfter(first);
            Map track = get(WORKER, "/api/v1/grids/patrols/" + id + "/track").getBody();
            assertThat((List) ((Map) track.get("geometry")).get("coordinates")).hasSize(41);

            assertChineseProblem(post(WORKER, "/api/v1/grids/patrols/" + id + "/positions",
                    Map.of("positions", walk(41, 1, first))), 409, "已经结束");
            assertChineseProblem(post(WORKER, "/api/v1/grids/patrols/" + id + "/stop", null), 409, "已经结束");
            assertThat(get(WORKER, "/api/v1/grids/patrols/" + id).getBody()).containsEntry("pointCount", 41);
            assertThat(audit(id)).containsExactly("patrol.stop", "patrol.append", "patrol.append", "patrol.start");

            List<Map> mine = (List<Map>) get(WORKER, "/api/v1/grids/patrols/mine").getBody().get("items");
            assertThat(mine).anyMatch(p -> ((Number) p.get("id")).longValue() == id);
            List<Map> township = (List<Map>) get("huoxian", "/api/v1/grids/patrols?scope=110112106").getBody().get("items");
            assertThat(township).anyMatch(p -> ((Number) p.get("id")).longValue() == id);

            // Coverage today: the cells walked are visited; the township's other cells were never patrolled.
            Map coverage = get("huoxian", "/api/v1/grids/patrols/coverage?worker=" + WORKER + "&period=day").getBody();
            List<Map> visits = (List<Map>) coverage.get("cells");
            assertThat(visits).allMatch(v -> ((String) v.get("cellCode")).startsWith("110112106"));
            assertThat(((Number) coverage.get("cellCount")).intValue()).isEqualTo(visits.size()).isGreaterThan(cells.size());
            assertThat(visits.stream().filter(v -> cells.contains(v.get("cellCode"))))
                    .allMatch(v -> ((Number) v.get("passes")).intValue() >= 1 && v.get("longUnvisited").equals(false));
            assertThat(visits.stream().filter(v -> ((Number) v.get("passes")).intValue() == 0))
                    .isNotEmpty().allMatch(v -> v.get("longUnvisited").equals(true) || v.get("lastPassedAt") != null);
            assertThat(coverage).containsEntry("notVisitedDays", 7).containsEntry("periodLabel", "按日");
            Map week = get(WORKER, "/api/v1/grids/patrols/coverage?period=week").getBody();
            assertThat(week).containsEntry("periodLabel", "按周").containsEntry("worker", WORKER);
            assertThat(((Number) week.get("visitedCount")).intValue()).isGreaterThanOrEqualTo(cells.size());

            // The same coverage drawn: one polygon per cell, with the same passes.
            Map drawn = get("huoxian", "/api/v1/grids/patrols/coverage/cells?worker=" + WORKER + "&period=day").getBody();
            List<Map> features = (List<Map>) drawn.get("features");
            assertThat(features).hasSize(visits.size())
                    .allMatch(f -> "Polygon".equals(((Map) f.get("geometry")).get("type")) || "MultiPolygon".equals(((Map) f.get("geometry")).get("type")));
            Map<Object, Object> passesDrawn = features.stream().map(f -> (Map) f.get("properties"))
                    .collect(java.util.stream.Collectors.toMap(p -> p.get("cellCode"), p -> p.get("passes")));
            assertThat(passesDrawn).isEqualTo(visits.stream().collect(java.util.stream.Collectors.toMap(v -> v.get("cellCode"), v -> v.get("passes"))));
        }

        @Test
        void aWorkerWritesOnlyTheirOwnPatrolAndReadersSeeTheirJurisdictionOnly() {
            long id = start(WORKER);
            Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            post(WORKER, "/api/v1/grids/patrols/" + id + "/positions", Map.of("positions", walk(0, 3, first)));
            assertChineseProblem(post(WORKER, "/api/v1/grids/patrols", null), 409, "还没有结束");
            assertChineseProblem(post(OTHER_WORKER, "/api/v1/grids/patrols/" + id + "/positions",
                    Map.of("positions", walk(3, 1, first))), 403, "其他网格员");
            assertChineseProblem(post(OTHER_WORKER, "/api/v1/grids/patrols/" + id + "/stop", null), 403, "其他网格员");
            assertChineseProblem(get(OTHER_WORKER, "/api/v1/grids/patrols/" + id), 403, "无权查看");
            assertChineseProblem(get("liyuan", "/api/v1/grids/patrols/" + id), 403, "无权查看");
            assertChineseProblem(get("liyuan", "/api/v1/grids/patrols?scope=110112106"), 403, "不在你的辖区内");
            assertChineseProblem(get(OTHER_WORKER, "/api/v1/grids/patrols?scope=110112121"), 403, "只有街乡镇工作人员");
            assertChineseProblem(get("liyuan", "/api/v1/grids/patrols/coverage?worker=" + WORKER), 403, "无权查看");
            assertChineseProblem(get("liyuan", "/api/v1/grids/patrols/coverage/cells?worker=" + WORKER), 403, "无权查看");
            assertChineseProblem(get(OTHER_WORKER, "/api/v1/grids/patrols/coverage/cells?period=month"), 400, "统计周期");
            assertChineseProblem(post("zuoxi", "/api/v1/grids/patrols", null), 403, "只有网格员");
            assertChineseProblem(post("huoxian", "/api/v1/grids/patrols/" + id + "/stop", null), 403, "只有网格员");
            assertThat(get("huoxian", "/api/v1/grids/patrols/" + id).getBody()).containsEntry("pointCount", 3);
            assertThat(get("duban", "/api/v1/grids/patrols/" + id).getStatusCode().value()).isEqualTo(200);
            assertThat(http.get().uri("/api/v1/grids/patrols/" + id).retrieve().toEntity(Map.class).getStatusCode().value())
                    .isEqualTo(401);
            assertThat(post(WORKER, "/api/v1/grids/patrols/" + id + "/stop", null).getStatusCode().value()).isEqualTo(200);
        }

        @Test
        void badPositionsAreChinese400sAndChangeNothing() {
            long id = start(WORKER);
            Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String uri = "/api/v1/grids/patrols/" + id + "/positions";
            post(WORKER, uri, Map.of("positions", walk(0, 2, first)));
            assertChineseProblem(post(WORKER, uri, Map.of("positions", List.of())), 400, "1 到 500 个位置");
            assertChineseProblem(post(WORKER, uri, Map.of("positions", walk(2, 501, first))), 400, "最多提交 500 个位置");
            assertChineseProblem(post(WORKER, uri, Map.of("positions", List.of(Map.of("lon", LON, "lat", 95.0, "time", first.toString())))), 400, "第 1 个位置");
            assertChineseProblem(post(WORKER, uri, Map.of("positions", List.of(Map.of("lon", LON, "lat", LAT)))), 400, "应有经度、纬度和时间");
            assertChineseProblem(post(WORKER, uri, Map.of("positions", List.of(Map.of("lon", LON, "lat", LAT, "time", "昨天")))), 400, "带时区的标准时间");
            assertChineseProblem(post(WORKER, uri, Map.of("positions", walk(0, 1, first))), 400, "早于已记录的最后一个位置");
            assertChineseProblem(post(WORKER, uri, Map.of("positions", walk(2, 1, first.plusSeconds(3600)))), 400, "晚于当前时间");
            assertChineseProblem(post(WORKER, uri, Map.of("crs", "gcj99", "positions", walk(2, 1, first))), 400, "未知的坐标系");
            assertChineseProblem(post(WORKER, "/api/v1/grids/patrols/987654321/positions", Map.of("positions", walk(2, 1, first))), 404, "没有编号为 987654321 的巡查");
            assertChineseProblem(get(WORKER, "/api/v1/grids/patrols/coverage?period=month"), 400, "统计周期");
            assertChineseProblem(get(WORKER, "/api/v1/grids/patrols/mine?limit=100000"), 400, "每页条数");
            // Out of order inside one batch: nothing of the batch is kept.
            List<Map<String, Object>> backwards = new ArrayList<>(walk(2, 3, first));
            backwards.add(walk(2, 1, first).get(0));
            assertChineseProblem(post(WORKER, uri, Map.of("positions", backwards)), 400, "第 4 个位置");
            assertThat(get(WORKER, "/api/v1/grids/patrols/" + id).getBody()).containsEntry("pointCount", 2);
            assertThat(audit(id)).containsExactly("patrol.append", "patrol.start");
            post(WORKER, "/api/v1/grids/patrols/" + id + "/stop", null);
        }

        private ResponseEntity<Map> upload(String user, String gpx) {
            var form = new LinkedMultiValueMap<String, Object>();
            form.add("file", new ByteArrayResource(gpx.getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return "walk.gpx";
                }
            });
            return http.post().uri("/api/v1/grids/patrols/gpx").header(HttpHeaders.AUTHORIZATION, auth(user))
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toEntity(Map.class);
        }

        @Test
        void aGpxFileBecomesAFinishedPatrolAndAHostileOneIsRefused() {
            Instant first = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
            StringBuilder gpx = new StringBuilder("<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>\n");
            for (Map<String, Object> p : walk(0, 11, first)) {
                gpx.append("<trkpt lat=\"").append(p.get("lat")).append("\" lon=\"").append(p.get("lon")).append("\"><time>")
                        .append(p.get("time")).append("</time></trkpt>\n");
            }
            gpx.append("</trkseg></trk></gpx>\n");
            ResponseEntity<Map> uploaded = upload(WORKER, gpx.toString());
            assertThat(uploaded.getStatusCode().value()).as(String.valueOf(uploaded.getBody())).isEqualTo(201);
            assertThat(uploaded.getBody()).containsEntry("source", "gpx").containsEntry("sourceLabel", "轨迹文件")
                    .containsEntry("running", false).containsEntry("pointCount", 11)
                    .containsEntry("startedAt", first.toString()).containsEntry("endedAt", first.plusSeconds(10).toString());
            assertThat(((Number) uploaded.getBody().get("cellCount")).intValue()).isPositive();
            long id = ((Number) uploaded.getBody().get("id")).longValue();
            assertThat(audit(id)).containsExactly("patrol.upload");

            List<Map> before = (List<Map>) get(WORKER, "/api/v1/grids/patrols/mine?limit=100").getBody().get("items");
            String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<gpx><trk><trkseg><trkpt lat=\"39.7\" lon=\"116.7\"><time>&xxe;</time></trkpt></trkseg></trk></gpx>";
            assertChineseProblem(upload(WORKER, xxe), 400, "不得包含文档类型定义");
            assertChineseProblem(upload(WORKER, "<gpx><trk><trkseg>\n<trkpt lat=\"39.7\" lon=\"116.7\"/></trkseg></trk></gpx>"), 400,
                    "第 2 行的 trkpt 缺少时间");
            assertChineseProblem(upload(WORKER, "x".repeat(5 * 1024 * 1024 + 1)), 400, "最大 5242880 字节");
            assertChineseProblem(upload("huoxian", gpx.toString()), 403, "只有网格员");
            assertThat((List<Map>) get(WORKER, "/api/v1/grids/patrols/mine?limit=100").getBody().get("items")).hasSameSizeAs(before);
        }

        @Test
        void thePatrolsTileLayerNeedsASignInAndShowsOnlyWhatTheUserMayRead() {
            long id = start(WORKER);
            Instant first = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            post(WORKER, "/api/v1/grids/patrols/" + id + "/positions", Map.of("positions", walk(0, 11, first)));
            int z = 16;
            int x = (int) Math.floor((WebMercator.xMetres(LON) + WebMercator.HALF_WORLD_METRES) / WebMercator.tileSizeMetres(z));
            int y = (int) Math.floor((WebMercator.HALF_WORLD_METRES - WebMercator.yMetres(LAT)) / WebMercator.tileSizeMetres(z));
            assertThat(new TileAddress(z, x, y).toString()).isNotEmpty();
            String path = "/tiles/patrols/" + z + "/" + x + "/" + y + ".mvt";
            assertThat(http.get().uri(path).retrieve().toEntity(byte[].class).getStatusCode().value()).isEqualTo(401);

            ResponseEntity<byte[]> own = http.get().uri(path).header(HttpHeaders.AUTHORIZATION, auth(WORKER)).retrieve().toEntity(byte[].class);
            assertThat(own.getStatusCode().value()).isEqualTo(200);
            assertThat(own.getHeaders().getCacheControl()).contains("private");
            List<Geometry> lines = VectorTileReader.read(own.getBody()).get("patrols");
            assertThat(lines).anyMatch(g -> ((Number) VectorTileReader.properties(g).get("id")).longValue() == id
                    && VectorTileReader.properties(g).get("running").equals(true) && g.getLength() > 0);
            ResponseEntity<byte[]> township = http.get().uri(path).header(HttpHeaders.AUTHORIZATION, auth("huoxian")).retrieve().toEntity(byte[].class);
            assertThat(VectorTileReader.read(township.getBody()).get("patrols"))
                    .anyMatch(g -> ((Number) VectorTileReader.properties(g).get("id")).longValue() == id);
            ResponseEntity<byte[]> elsewhere = http.get().uri(path).header(HttpHeaders.AUTHORIZATION, auth("liyuan")).retrieve().toEntity(byte[].class);
            assertThat(elsewhere.getStatusCode().value()).isEqualTo(204);
            assertChineseProblem(get(WORKER, "/tiles/patrols/99/0/0.mvt"), 400, "");

            List<Map> catalog = (List<Map>) http.get().uri("/tiles/catalog").retrieve().toEntity(Map.class).getBody().get("layers");
            assertThat(catalog).anyMatch(l -> "patrols".equals(l.get("id")) && "/tiles/patrols/{z}/{x}/{y}.mvt".equals(l.get("tiles")));
            Map docs = http.get().uri("/v3/api-docs").retrieve().toEntity(Map.class).getBody();
            assertThat((Map) docs.get("paths")).containsKeys("/api/v1/grids/patrols", "/api/v1/grids/patrols/{id}/positions",
                    "/api/v1/grids/patrols/{id}/stop", "/api/v1/grids/patrols/gpx", "/api/v1/grids/patrols/coverage",
                    "/api/v1/grids/patrols/coverage/cells");
            post(WORKER, "/api/v1/grids/patrols/" + id + "/stop", null);
        }
    }
}
