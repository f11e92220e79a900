package cn.luodian.api.components;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.security.Actor;
import cn.luodian.api.storage.Database;
import cn.luodian.geo.crs.Datum;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * {@code GET /api/v1/components} and {@code /api/v1/components/{code}} on the H2GIS demo server,
 * over components of their own (district code 119901, which no real component has) beside the demo
 * inventory: every search that lists exactly also asks for that prefix.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ComponentsApiTest {
    static final String FIRST = "1199010101000001";
    static final String SECOND = "1199010101000002";
    static final String OTHER = "1199010102000001";
    static final String MINE = "/api/v1/components?code=119901";

    @BeforeAll
    static void components() {
        ComponentImport imports = DemoServerForTest.bean(Database.H2GIS, ComponentImport.class);
        String header = "部件编码,名称,经度,纬度,状态,权属单位\n";
        imports.importBytes("部件.csv", (header + FIRST + ",,116.7726,39.7588,完好,通州区水务局\n"
                + SECOND + ",,116.7760,39.7600,破损,通州区水务局\n" + OTHER + ",,116.66,39.90,完好,通州区排水集团\n")
                .getBytes(StandardCharsets.UTF_8), Datum.WGS84, null, null, Actor.system("test"));
        imports.importBytes("部件.csv", (header + FIRST + ",,116.7726,39.7588,丢失,通州区水务局\n").getBytes(StandardCharsets.UTF_8),
                Datum.WGS84, null, null, Actor.system("test"));
    }

    static ResponseEntity<Map> get(RestClient http, String path) {
        return http.get().uri(path).retrieve().toEntity(Map.class);
    }

    static List<String> codes(ResponseEntity<Map> page) {
        return ((List<Map>) page.getBody().get("features")).stream()
                .map(f -> (String) ((Map) f.get("properties")).get("code")).toList();
    }

    @Test
    void aSignedInUserSearchesByEachCriterion() {
        RestClient http = DemoServerForTest.asDemoUser("zuoxi");

        ResponseEntity<Map> all = get(http, MINE);
        assertThat(all.getStatusCode().value()).isEqualTo(200);
        assertThat(all.getHeaders().getContentType().toString()).startsWith("application/geo+json");
        assertThat(codes(all)).containsExactly(FIRST, SECOND, OTHER);
        assertThat(codes(get(http, MINE + "&category=B0102"))).containsExactly(OTHER);
        assertThat(codes(get(http, MINE + "&category=B01"))).containsExactly(FIRST, SECOND, OTHER);
        assertThat(codes(get(http, "/api/v1/components?code=119901010100"))).containsExactly(FIRST, SECOND);
        assertThat(codes(get(http, MINE + "&status=丢失"))).containsExactly(FIRST);
        assertThat(codes(get(http, MINE + "&owner=通州区排水集团"))).containsExactly(OTHER);
        assertThat(codes(get(http, MINE + "&bbox=116.77,39.75,116.775,39.76"))).containsExactly(FIRST);
        assertThat(codes(get(http, MINE + "&order=newest&limit=1"))).containsExactly(FIRST);
        assertThat(codes(get(http, MINE + "&offset=1&limit=1"))).containsExactly(SECOND);
        Map first = (Map) ((List<Map>) all.getBody().get("features")).get(0).get("properties");
        assertThat(codes(get(http, MINE + "&cell=" + first.get("gridCellCode")))).contains(FIRST).doesNotContain(OTHER);
        assertThat(first).containsEntry("categoryName", "上水井盖").containsEntry("version", 1);
    }

    @Test
    void oneComponentComesWithItsHistory() {
        ResponseEntity<Map> one = get(DemoServerForTest.asDemoUser("zuoxi"), "/api/v1/components/" + FIRST);

        assertThat(one.getStatusCode().value()).isEqualTo(200);
        Map properties = (Map) one.getBody().get("properties");
        assertThat(properties).containsEntry("status", "丢失");
        List<Map> history = (List<Map>) properties.get("history");
        assertThat(history).extracting(h -> h.get("kind")).containsExactly("created", "status");
        assertThat(history.get(1)).containsEntry("oldStatus", "完好").containsEntry("newStatus", "丢失")
                .containsEntry("kindName", "状态变更").containsEntry("changedBy", "test");
        assertThat((String) history.get(0).get("newWkt")).startsWith("POINT (116.7726 39.7588");
    }

    @Test
    void badRequestsAndUnknownCodesAreProblemsInChinese() {
        RestClient http = DemoServerForTest.asDemoUser("zuoxi");

        refused(get(http, "/api/v1/components/1199010101999999"), 404, "没有标识码为 1199010101999999 的部件");
        refused(get(http, "/api/v1/components/12345"), 400, "部件标识码应为 16 位数字");
        refused(get(http, "/api/v1/components?limit=501"), 400, "每页部件数应在 1 到 500 之间");
        refused(get(http, "/api/v1/components?category=井盖"), 400, "小类代码应为 B 加 4 位数字");
        refused(get(http, "/api/v1/components?code=11%25"), 400, "前缀应为 1 到 16 位数字");
        refused(get(http, "/api/v1/components?order=random"), 400, "排序应为 code 或 newest");
        refused(get(http, "/api/v1/components?bbox=1,2,3"), 400, "范围应为");
        assertThat(get(DemoServerForTest.http(), "/api/v1/components").getStatusCode().value()).isEqualTo(401);
    }

    private static void refused(ResponseEntity<Map> response, int status, String words) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat((String) response.getBody().get("detail")).contains(words);
    }
}
