package cn.luodian.api.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.geo.tile.WebMercator;
import cn.luodian.geo.tile.mvt.VectorTileReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Who may call what of grid management (issue 14), as a table: every role of the demo, signed in
 * over HTTP Basic (and nobody), against every endpoint of 责任网格, 核查 tasks, patrols, coverage and
 * the patrols tile layer, plus a case placed with a grid worker. The 责任网格, the worker and the case
 * are 漷县镇's; liyuan and liyuan-wgy1 are the same roles one township over. Writes are sent with
 * bodies the endpoint refuses (400, 409) after its permission check when the caller may write (a
 * cell already in a 责任网格, a cell of another township), so the table changes nothing.
 *
 * <p>Cells: {@code D} denied (401 for nobody, 403 signed in), {@code A} allowed (any answer that is
 * not 401/403/5xx: a 400 for a refused body counts, the check behind it has passed), {@code N} not
 * found (404: the thing is outside what the caller may know of).
 */
class GridPermissionMatrixTest {
    static final List<String> USERS = List.of("", "admin", "zuoxi", "huoxian", "liyuan", "chengguan", "duban", "fenxi",
            "huoxian-wgy1", "huoxian-wgy2", "liyuan-wgy1");
    private static long grid;
    private static String cellOfGrid;
    private static String cellOfLiyuan;
    private static long caseOfWorker;

    record Call(String name, HttpMethod method, Function<RestClient.RequestBodyUriSpec, RestClient.RequestHeadersSpec<?>> request) {
    }

    @BeforeAll
    static void findTheGridAndACaseOfItsWorker() {
        RestClient admin = as("admin");
        List<Map> grids = (List<Map>) admin.get().uri("/api/v1/grids?township=110112106").retrieve().body(Map.class).get("grids");
        Map mine = grids.stream().filter(g -> ((List<Map>) g.get("workers")).stream()
                .anyMatch(w -> "huoxian-wgy1".equals(w.get("username")))).findFirst().orElseThrow();
        grid = ((Number) mine.get("id")).longValue();
        cellOfGrid = (String) ((List<?>) mine.get("cells")).get(0);
        Map liyuan = ((List<Map>) admin.get().uri("/api/v1/grids?township=110112121").retrieve().body(Map.class).get("grids")).get(0);
        cellOfLiyuan = (String) ((List<?>) liyuan.get("cells")).get(0);
        List<Map> cases = (List<Map>) admin.get().uri("/api/v1/cases?admin=110112106&limit=500").retrieve().body(Map.class).get("cases");
        caseOfWorker = cases.stream().filter(c -> c.get("gridWorker") instanceof Map w && "huoxian-wgy1".equals(w.get("username")))
                .map(c -> ((Number) c.get("id")).longValue()).findFirst().orElseThrow();
    }

    static RestClient as(String user) {
        if (user.isEmpty()) {
            return DemoServerForTest.http();
        }
        String password = user.equals("admin") ? DemoServerForTest.ADMIN_PASSWORD : user + "-demo";
        return DemoServerForTest.http().mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build();
    }

    static List<Call> calls() {
        MultiValueMap<String, Object> badFile = new LinkedMultiValueMap<>();
        badFile.add("file", new ByteArrayResource("不是文件".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "bad.gpx";
            }
        });
        List<Call> calls = new ArrayList<>();
        calls.add(new Call("列出责任网格", HttpMethod.GET, r -> r.uri("/api/v1/grids")));
        calls.add(new Call("读取责任网格", HttpMethod.GET, r -> r.uri("/api/v1/grids/" + grid)));
        calls.add(new Call("责任网格历史", HttpMethod.GET, r -> r.uri("/api/v1/grids/" + grid + "/history")));
        calls.add(new Call("责任网格地图", HttpMethod.GET, r -> r.uri("/api/v1/grids/" + grid + "/cells")));
        calls.add(new Call("可指派网格员", HttpMethod.GET, r -> r.uri("/api/v1/grids/workers?township=110112106")));
        calls.add(new Call("新建责任网格", HttpMethod.POST, r -> r.uri("/api/v1/grids").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "权限矩阵测试网格", "townshipCode", "110112106", "cells", List.of(cellOfGrid)))));
        calls.add(new Call("修改责任网格", HttpMethod.PUT, r -> r.uri("/api/v1/grids/" + grid).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "权限矩阵测试网格", "cells", List.of(cellOfLiyuan)))));
        calls.add(new Call("指派网格员", HttpMethod.PUT, r -> r.uri("/api/v1/grids/" + grid + "/people")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("workers", List.of("no-such-worker")))));
        calls.add(new Call("导入责任网格", HttpMethod.POST, r -> r.uri("/api/v1/grids/import")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(badFile)));
        calls.add(new Call("核查任务", HttpMethod.GET, r -> r.uri("/api/v1/grids/tasks")));
        calls.add(new Call("辖区巡查", HttpMethod.GET, r -> r.uri("/api/v1/grids/patrols?scope=110112106")));
        calls.add(new Call("我的巡查", HttpMethod.GET, r -> r.uri("/api/v1/grids/patrols/mine")));
        calls.add(new Call("上传轨迹", HttpMethod.POST, r -> r.uri("/api/v1/grids/patrols/gpx")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(badFile)));
        calls.add(new Call("巡查覆盖", HttpMethod.GET, r -> r.uri("/api/v1/grids/patrols/coverage?worker=huoxian-wgy1")));
        calls.add(new Call("覆盖地图", HttpMethod.GET, r -> r.uri("/api/v1/grids/patrols/coverage/cells?worker=huoxian-wgy1")));
        calls.add(new Call("巡查图层", HttpMethod.GET, r -> r.uri("/tiles/patrols/14/13501/6208.mvt")));
        calls.add(new Call("网格图层", HttpMethod.GET, r -> r.uri("/tiles/grids/14/13501/6208.mvt")));
        calls.add(new Call("网格员的案件", HttpMethod.GET, r -> r.uri("/api/v1/cases/" + caseOfWorker)));
        return calls;
    }

    static String cell(int status) {
        return status == 401 || status == 403 ? "D" : status == 404 ? "N" : status >= 500 ? "5xx" : "A";
    }

    /**
     * The table, one row per call, one column per user in {@link #USERS} order: nobody, admin, zuoxi
     * (坐席员), huoxian, liyuan (街乡镇), chengguan (责任单位), duban (督办), fenxi (分析), huoxian-wgy1
     * (the 责任网格's worker), huoxian-wgy2 (a worker of another 责任网格 of the township), liyuan-wgy1.
     * Why: 责任网格 are managed by the administrator and their township's staff; read by whoever works
     * the township's cases; patrols (where a worker walked) only by the worker, their township and
     * the supervisors; a worker reads only their own 责任网格, patrols and cases.
     */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("列出责任网格", "D A A A A D A A A A A");
        EXPECTED.put("读取责任网格", "D A A A D D A A A D D");
        EXPECTED.put("责任网格历史", "D A A A D D A A A D D");
        EXPECTED.put("责任网格地图", "D A A A D D A A A D D");
        EXPECTED.put("可指派网格员", "D A D A D D D D D D D");
        EXPECTED.put("新建责任网格", "D A D A D D D D D D D");
        EXPECTED.put("修改责任网格", "D A D A D D D D D D D");
        EXPECTED.put("指派网格员", "D A D A D D D D D D D");
        // A file that is not a 责任网格 list says nothing of a township: refused as bad input (400) for any manager.
        EXPECTED.put("导入责任网格", "D A D A A D D D D D D");
        EXPECTED.put("核查任务", "D A A A A D A A A A A");
        EXPECTED.put("辖区巡查", "D A D A D D A D D D D");
        // Everyone signed in has a list of their own patrols: empty unless they are a grid worker.
        EXPECTED.put("我的巡查", "D A A A A A A A A A A");
        EXPECTED.put("上传轨迹", "D D D D D D D D A A A");
        EXPECTED.put("巡查覆盖", "D A D A D D A D A D D");
        EXPECTED.put("覆盖地图", "D A D A D D A D A D D");
        // Signed in: the tile holds only the lines each may read (PatrolApiTest checks which).
        EXPECTED.put("巡查图层", "D A A A A A A A A A A");
        // Outlines are public as the reference layers are; names only for readers (see the test below).
        EXPECTED.put("网格图层", "A A A A A A A A A A A");
        EXPECTED.put("网格员的案件", "D A A A N N A A A N N"); // another's case: 404 as a missing one (issue 15)
    }

    @Test
    void everyRoleGetsWhatItsTableSays() {
        Map<String, String> seen = new LinkedHashMap<>();
        Map<String, String> letters = new LinkedHashMap<>();
        for (Call call : calls()) {
            StringBuilder row = new StringBuilder();
            List<String> cells = new ArrayList<>();
            for (String user : USERS) {
                int status = call.request().apply(as(user).method(call.method())).retrieve().toBodilessEntity()
                        .getStatusCode().value();
                cells.add(cell(status));
                row.append(String.format("%-4s", cell(status) + (cell(status).equals("A") ? status : "")));
            }
            seen.put(call.name(), row.toString());
            letters.put(call.name(), String.join(" ", cells));
        }
        StringBuilder table = new StringBuilder("\n");
        seen.forEach((name, row) -> table.append(String.format("%-8s", name)).append(row).append('\n'));
        System.out.println("GRID-PERMISSIONS " + USERS + table);
        assertThat(table.toString()).doesNotContain("5xx");
        assertThat(letters).as("who may call what; seen:" + table).isEqualTo(EXPECTED);
    }

    @Test
    void theMapOfAGridHasItsCellsAndTheWorkersToChooseAreTheTownships() {
        Map grid = as("huoxian").get().uri("/api/v1/grids/" + GridPermissionMatrixTest.grid).retrieve().body(Map.class);
        Map cells = as("huoxian").get().uri("/api/v1/grids/" + GridPermissionMatrixTest.grid + "/cells").retrieve().body(Map.class);
        assertThat(((List<Map>) cells.get("features")).stream().map(f -> ((Map) f.get("properties")).get("cellCode")).toList())
                .isEqualTo(grid.get("cells"));
        List<Map> workers = (List<Map>) as("huoxian").get().uri("/api/v1/grids/workers?township=110112106").retrieve()
                .body(Map.class).get("workers");
        assertThat(workers).extracting(w -> w.get("username"))
                .contains("huoxian-wgz", "huoxian-wgy1", "huoxian-wgy2", "huoxian-wgy3").doesNotContain("liyuan-wgy1", "huoxian");
        var bad = as("huoxian").get().uri("/api/v1/grids/workers?township=abc").retrieve().toEntity(Map.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat((String) bad.getBody().get("detail")).contains("街乡镇代码应为 9 位数字");
    }

    @Test
    void theGridsTileLayerNamesTheWorkersOnlyToReadersOfTheTownship() {
        // The tile under the middle of the first cell of the grid.
        Map cellFeature = as("huoxian").get().uri("/api/v1/grid/cells/{code}", cellOfGrid).retrieve().body(Map.class);
        List<List<Number>> ring = (List<List<Number>>) ((List<?>) ((Map) cellFeature.get("geometry")).get("coordinates")).get(0);
        double lon = ring.stream().mapToDouble(c -> c.get(0).doubleValue()).average().orElseThrow();
        double lat = ring.stream().mapToDouble(c -> c.get(1).doubleValue()).average().orElseThrow();
        int z = 14;
        int x = (int) Math.floor((WebMercator.xMetres(lon) + WebMercator.HALF_WORLD_METRES) / WebMercator.tileSizeMetres(z));
        int y = (int) Math.floor((WebMercator.HALF_WORLD_METRES - WebMercator.yMetres(lat)) / WebMercator.tileSizeMetres(z));
        String path = "/tiles/grids/" + z + "/" + x + "/" + y + ".mvt";
        Map<String, Object> anonymous = gridOnTile(as(""), path);
        assertThat(anonymous).containsEntry("township", "110112106").doesNotContainKeys("workers", "leader");
        assertThat(gridOnTile(as("huoxian"), path).get("workers").toString()).contains("漷县镇社区网格员（示例）");
        assertThat(gridOnTile(as("huoxian-wgy2"), path)).containsKey("workers");
        assertThat(gridOnTile(as("liyuan"), path)).doesNotContainKeys("workers", "leader");
        assertThat(as("").get().uri("/tiles/grids/99/0/0.mvt").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(400);
        List<Map> catalog = (List<Map>) as("").get().uri("/tiles/catalog").retrieve().body(Map.class).get("layers");
        assertThat(catalog).anyMatch(l -> "grids".equals(l.get("id")));
    }

    private static Map<String, Object> gridOnTile(RestClient client, String path) {
        var answer = client.get().uri(path).retrieve().toEntity(byte[].class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return VectorTileReader.read(answer.getBody()).get("grids").stream().map(VectorTileReader::properties)
                .filter(p -> ((Number) p.get("id")).longValue() == grid).findFirst().orElseThrow();
    }

    @Test
    void aGridWorkerListsOnlyTheirOwnGrids() {
        List<Map> grids = (List<Map>) as("huoxian-wgy2").get().uri("/api/v1/grids").retrieve().body(Map.class).get("grids");
        assertThat(grids).isNotEmpty().allMatch(g -> ((List<Map>) g.get("workers")).stream()
                .anyMatch(w -> "huoxian-wgy2".equals(w.get("username"))) || g.get("leader") instanceof Map l && "huoxian-wgy2".equals(l.get("username")));
    }
}
