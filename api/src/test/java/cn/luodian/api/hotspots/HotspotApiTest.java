package cn.luodian.api.hotspots;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hotspot endpoints as served (security filters, JSON binding, problem+json) by the demo
 * application with its 300 sample cases and demo users: who may ask, CSV, and every bad input.
 */
class HotspotApiTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final RestClient http = DemoServerForTest.http();

    ResponseEntity<byte[]> post(String path, String body, String user, MediaType accept) {
        return http.post().uri("/api/v1/hotspots/" + path).contentType(MediaType.APPLICATION_JSON).accept(accept)
                .headers(h -> {
                    if (user != null) {
                        h.setBasicAuth(user, user + "-demo");
                    }
                })
                .body(body).retrieve().toEntity(byte[].class);
    }

    JsonNode json(ResponseEntity<byte[]> answer) {
        return MAPPER.readTree(answer.getBody());
    }

    @Test
    void signInFirstAndNotAsAResponsibleUnit() {
        ResponseEntity<byte[]> anonymous = post("gi-star", "{\"units\": \"township\", \"k\": 4}", null, MediaType.ALL);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        ResponseEntity<byte[]> unit = post("gi-star", "{\"units\": \"township\", \"k\": 4}", "chengguan", MediaType.ALL);
        assertThat(unit.getStatusCode().value()).isEqualTo(403);
        assertThat(json(unit).get("title").asString()).isEqualTo("无权限");
        for (String user : new String[] {"fenxi", "zuoxi", "duban"}) {
            assertThat(post("gi-star", "{\"units\": \"township\", \"k\": 4}", user, MediaType.ALL).getStatusCode().value())
                    .as(user).isEqualTo(200);
        }
    }

    @Test
    void thePlannerGetsTheDistrictAndTownshipStaffTheirTownship() {
        JsonNode district = json(post("gi-star", "{\"units\": \"village\", \"distanceBandMetres\": 2000, \"fdr\": true}",
                "fenxi", MediaType.ALL));
        assertThat(district.get("features").size()).isGreaterThan(600);
        assertThat(district.get("summary").get("cases").asInt()).isGreaterThan(200);
        JsonNode first = district.get("features").get(0).get("properties");
        assertThat(first.propertyNames()).containsExactly("unitId", "name", "value", "z", "p", "bin", "label", "neighbours");
        JsonNode township = json(post("gi-star", "{\"units\": \"village\", \"distanceBandMetres\": 2000}", "huoxian",
                MediaType.ALL));
        assertThat(township.get("parameters").get("filter").get("scope").asString()).isEqualTo("110112106");
        for (JsonNode f : township.get("features")) {
            assertThat(f.get("properties").get("unitId").asString()).startsWith("110112106");
        }
        assertThat(post("gi-star", "{\"units\": \"village\", \"k\": 4, \"filter\": {\"admin\": \"110112121\"}}", "huoxian",
                MediaType.ALL).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void everyEndpointAnswersOnTheSampleCasesAndAsCsv() {
        String[][] requests = {
            {"gi-star", "{\"units\": \"h3\", \"h3Resolution\": 8, \"k\": 6}"},
            {"local-moran", "{\"units\": \"township\", \"k\": 4}"},
            {"kernel-density", "{\"bandwidthMetres\": 1000, \"cellSizeMetres\": 500}"},
            {"emerging", "{\"units\": \"township\", \"k\": 4, \"timeStep\": \"week\", \"steps\": 12}"},
            {"warnings", "{\"units\": \"village\", \"windowHours\": 168, \"baselineWindows\": 8}"},
            {"monthly-topics", "{}"},
        };
        for (String[] request : requests) {
            ResponseEntity<byte[]> answer = post(request[0], request[1], "fenxi", MediaType.ALL);
            assertThat(answer.getStatusCode().value()).as(request[0]).isEqualTo(200);
            ResponseEntity<byte[]> csv = post(request[0], request[1], "fenxi", MediaType.parseMediaType("text/csv"));
            assertThat(csv.getStatusCode().value()).as(request[0]).isEqualTo(200);
            assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
            String text = new String(csv.getBody(), StandardCharsets.UTF_8);
            assertThat(text).as(request[0]).startsWith("\uFEFF");
            assertThat(text).doesNotContain("reporter").doesNotContain("phone");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gi-star | {\"units\": \"street\", \"k\": 4} | 无法识别的分析单元 'street'",
        "gi-star | {\"k\": 4} | 缺少分析单元",
        "gi-star | {\"units\": \"township\"} | 请给出邻域：距离带（米，如 500）或最近邻个数（如 8）",
        "gi-star | {\"units\": \"township\", \"k\": 4, \"distanceBandMetres\": 500} | 请给出距离带或最近邻个数之一，不要同时给出",
        "gi-star | {\"units\": \"township\", \"distanceBandMetres\": 0} | 距离带应大于 0 米",
        "gi-star | {\"units\": \"township\", \"distanceBandMetres\": 100000} | 不超过 50000",
        "gi-star | {\"units\": \"township\", \"k\": 30} | 最近邻个数 k 应至少为 1 且小于分析单元数",
        "gi-star | {\"units\": \"township\", \"k\": 4, \"weights\": \"inverse\"} | 权重方式应为二值或行标准化",
        "gi-star | {\"units\": \"h3\", \"h3Resolution\": 16, \"k\": 4} | 六边形格网分辨率 16 超出范围",
        "gi-star | {\"units\": \"h3\", \"h3Resolution\": 2, \"k\": 4} | 六边形格网分辨率 2 超出范围",
        "gi-star | {\"units\": \"h3\", \"k\": 4} | 按六边形格网分析时须给出分辨率",
        "gi-star | {\"units\": \"grid\", \"k\": 4, \"filter\": {\"from\": \"2026-12-01T00:00:00Z\", \"to\": \"2026-11-01T00:00:00Z\"}} | 晚于结束时间",
        "gi-star | {\"units\": \"grid\", \"k\": 4, \"filter\": {\"state\": \"lost\"}} | lost",
        "gi-star | {\"units\": \"grid\", \"k\": 4, \"filter\": {\"to\": \"2001-01-01T00:00:00Z\"}} | 个数值都相等（0.0）",
        "gi-star | {\"units\": \"upload\", \"k\": 1, \"valueProperty\": \"n\", \"features\": \"hello\"} | 不是 GeoJSON",
        "gi-star | {\"units\": \"upload\", \"k\": 1, \"features\": {\"type\": \"FeatureCollection\", \"features\": []}} | 须指明数值属性",
        "gi-star | {\"units\": \"upload\", \"k\": 1, \"valueProperty\": \"n\", \"features\": {\"type\": \"FeatureCollection\", \"features\": []}} | 中没有要素",
        "gi-star | {\"units\": \"upload\", \"k\": 1, \"valueProperty\": \"n\", \"features\": {\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [116.7, 39.8]}, \"properties\": {\"n\": 1}}, {\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [116.8, 39.8]}, \"properties\": {\"n\": \"many\"}}]}} | 第 2 个要素：属性 'n' 不是数字",
        "gi-star | {\"units\": \"upload\", \"k\": 1, \"valueProperty\": \"n\", \"features\": {\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [116.7, 39.8]}, \"properties\": {}}]}} | 第 1 个要素：缺少属性 'n'",
        "local-moran | {\"units\": \"township\", \"k\": 4, \"permutations\": 1000000} | 置换次数应在 0 到 9999 之间",
        "kernel-density | {\"bandwidthMetres\": 0} | 带宽应大于 0 米",
        "kernel-density | {\"bandwidthMetres\": 100000} | 不超过 50000",
        "kernel-density | {\"bandwidthMetres\": 500, \"cellSizeMetres\": 1} | 格网单元太多",
        "kernel-density | {\"bandwidthMetres\": 500, \"bbox\": \"117,40,116,39\"} | 最小值大于最大值",
        "emerging | {\"units\": \"township\", \"k\": 4, \"timeStep\": \"hour\"} | 时间步长应为天、周或月",
        "emerging | {\"units\": \"township\", \"k\": 4, \"steps\": 2} | 时间步数应在 3 到",
        "emerging | {\"units\": \"upload\", \"k\": 4} | 这种分析单元不能做时间分析",
        "warnings | {\"units\": \"township\", \"windowHours\": 0} | 时间窗应大于 0 小时",
        "warnings | {\"units\": \"township\", \"threshold\": 2} | ",
        "warnings | {\"units\": \"township\", \"end\": \"yesterday\"} | 结束时间应为 ISO-8601 时间",
        "monthly-topics | {\"month\": \"2026-13\"} | 月份应形如 2026-11",
        "monthly-topics | {\"filter\": {\"from\": \"2026-11-01T00:00:00Z\"}} | 请给出月份",
        "gi-star | {\"units\": | ",
    })
    void badInputIs400ProblemJson(String path, String body, String detail) {
        ResponseEntity<byte[]> answer = post(path, body, "fenxi", MediaType.ALL);
        assertThat(answer.getStatusCode().value()).as(body).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        if (detail != null) {
            assertThat(json(answer).get("detail").asString()).as(body).contains(detail);
        }
        ResponseEntity<byte[]> asCsv = post(path, body, "fenxi", MediaType.parseMediaType("text/csv"));
        assertThat(asCsv.getStatusCode().value()).as("with Accept: text/csv " + body).isEqualTo(400);
    }
}
