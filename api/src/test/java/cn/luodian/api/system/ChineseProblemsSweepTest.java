package cn.luodian.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.text.LatinWords;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error a user can read is Chinese: bad requests across the API families (cases, locate and
 * describe, places, layers, hotspots, hotline import, exposure, Open311, tiles, statistics, users),
 * sign-in and permission refusals, unknown paths, wrong methods, bodies that are not JSON, wrong
 * media types and uploads over the limit, sent to the demo server as `java -jar` runs it. Each
 * answer must be a 4xx problem+json (Open311: its own error list) whose title and detail hold no
 * Latin-script word except codes, numbers, units and format names ({@link LatinWords}). What the
 * request itself sent and the server echoes back ('abc', 'mars') is the user's, not the server's
 * text, and is taken out before the check.
 */
class ChineseProblemsSweepTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final RestClient HTTP = DemoServerForTest.http();
    /** The one request sent with an Accept header the endpoint cannot serve (a GIF image). */
    private static final String NOT_ACCEPTABLE = "无法提供所要求的格式";

    /** One bad request: who sends what, and the parts of it the answer may quote back. */
    record Bad(String name, HttpMethod method, String path, String user, MediaType type, Object body, String... echoes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Bad get(String name, String path, String user, String... echoes) {
        return new Bad(name, HttpMethod.GET, path, user, null, null, echoes);
    }

    static Bad post(String name, String path, String user, String json, String... echoes) {
        return new Bad(name, HttpMethod.POST, path, user, MediaType.APPLICATION_JSON, json, echoes);
    }

    static Bad upload(String name, String path, String user, String fileName, byte[] content) {
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        if (fileName != null) {
            parts.add("file", new org.springframework.core.io.ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        } else {
            parts.add("encoding", "utf-8");
        }
        return new Bad(name, HttpMethod.POST, path, user, MediaType.MULTIPART_FORM_DATA, parts,
                fileName == null ? new String[0] : new String[] {fileName});
    }

    static Stream<Bad> badRequests() {
        String aCase = "{\"category\":\"B0101\",\"description\":\"井盖缺失\",\"location\":{\"lon\":116.70,\"lat\":39.80,\"crs\":\"wgs84\"}}";
        return Stream.of(
                // cases
                get("页大小为 0", "/api/v1/cases?limit=0", "zuoxi"),
                get("未知的导出格式", "/api/v1/cases?format=kml", "zuoxi", "kml"),
                get("开始时间不是时间", "/api/v1/cases?from=yesterday", "zuoxi", "yesterday"),
                get("开始晚于结束", "/api/v1/cases?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z", "zuoxi"),
                get("行政区划代码位数不对", "/api/v1/cases?admin=1101", "zuoxi"),
                get("没有这个案件", "/api/v1/cases/987654", "zuoxi"),
                get("案件编号不是数字", "/api/v1/cases/abc", "zuoxi", "abc"),
                get("不是案件编号", "/api/v1/cases/by-number/XYZ", "zuoxi", "XYZ"),
                get("没有这个编号的案件", "/api/v1/cases/by-number/TZ-19990101-00001", "zuoxi"),
                post("未知小类", "/api/v1/cases", "zuoxi", aCase.replace("B0101", "X99")),
                post("位置在本区之外", "/api/v1/cases", "zuoxi", aCase.replace("116.70", "113.30").replace("39.80", "23.10")),
                post("描述为空", "/api/v1/cases", "zuoxi", aCase.replace("井盖缺失", " ")),
                post("缺少位置", "/api/v1/cases", "zuoxi", "{\"category\":\"B0101\",\"description\":\"井盖缺失\"}"),
                post("未知坐标系", "/api/v1/cases", "zuoxi", aCase.replace("wgs84", "mars"), "mars"),
                post("分析研判不能上报", "/api/v1/cases", "fenxi", aCase),
                post("请求体不是 JSON", "/api/v1/cases", "zuoxi", "{not json"),
                post("请求体为空", "/api/v1/cases", "zuoxi", ""),
                post("字段类型不对", "/api/v1/cases", "zuoxi", "{\"category\":[1,2]}"),
                new Bad("请求体格式不对", HttpMethod.POST, "/api/v1/cases", "zuoxi", MediaType.TEXT_PLAIN, "井盖缺失"),
                new Bad("不支持的请求方法", HttpMethod.DELETE, "/api/v1/cases", "zuoxi", null, null),
                post("操作不存在", "/api/v1/cases/987654/transitions", "zuoxi", "{\"action\":\"fly\"}", "fly"),
                post("对不存在的案件操作", "/api/v1/cases/987654/transitions", "zuoxi", "{\"action\":\"register\"}"),
                // sign-in and permissions
                get("未登录", "/api/v1/cases", null),
                get("密码错误", "/api/v1/cases", "zuoxi:wrong-password"),
                get("非管理员看用户列表", "/api/v1/users", "zuoxi"),
                get("责任单位看排名", "/api/v1/stats/ranking", "chengguan"),
                // locate and describe
                get("位置描述为空", "/api/v1/locate?text=", null),
                get("位置描述太长", "/api/v1/locate?text=" + "长".repeat(2001), null),
                get("经度不是数字", "/api/v1/describe?lon=abc&lat=39.8", null, "abc"),
                get("经度超出范围", "/api/v1/describe?lon=200&lat=39.8", null),
                get("缺少经度", "/api/v1/describe?lat=39.8", null),
                get("描述未知坐标系", "/api/v1/describe?lon=116.7&lat=39.8&crs=mars", null, "mars"),
                post("批量描述没有点", "/api/v1/describe", null, "{\"points\":[]}"),
                post("批量描述点不完整", "/api/v1/describe", null, "{\"points\":[[116.7]]}"),
                // places, layers, grid
                get("没有这个行政区划", "/api/v1/places/110112999", null),
                get("地点经度不是数字", "/api/v1/places?lon=east&lat=39.8", null, "east"),
                get("范围少一个数", "/api/v1/layers/roads?bbox=116.6,39.7,116.8", null),
                get("范围最小大于最大", "/api/v1/layers/roads?bbox=116.8,39.9,116.6,39.7", null),
                get("图层条数为 0", "/api/v1/layers/roads?limit=0", null),
                get("单元网格代码太短", "/api/v1/grid/cells/123", null),
                get("没有这个单元网格", "/api/v1/grid/cells/110112999999999", null),
                // hotspots
                post("热点缺少邻域", "/api/v1/hotspots/gi-star", "fenxi", "{\"units\":\"township\"}"),
                post("热点分析单元未知", "/api/v1/hotspots/gi-star", "fenxi", "{\"units\":\"hexagons\",\"k\":4}", "hexagons"),
                post("热点近邻个数太大", "/api/v1/hotspots/gi-star", "fenxi", "{\"units\":\"township\",\"k\":100000}"),
                post("核密度缺少带宽", "/api/v1/hotspots/kernel-density", "fenxi", "{}"),
                post("责任单位看热点", "/api/v1/hotspots/gi-star", "chengguan", "{\"units\":\"township\",\"k\":4}"),
                post("没有这种热点分析", "/api/v1/hotspots/nothing", "fenxi", "{}"),
                post("每月一题给了时间段", "/api/v1/hotspots/monthly-topics", "fenxi",
                        "{\"filter\":{\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-12-01T00:00:00Z\"}}"),
                // hotline import
                upload("导入空文件", "/api/v1/cases/import", "zuoxi", "hotline.csv", new byte[0]),
                upload("导入缺少文件", "/api/v1/cases/import", "zuoxi", null, null),
                upload("导入 Excel 文件", "/api/v1/cases/import", "zuoxi", "hotline.xlsx",
                        new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0}),
                upload("导入表头不认识", "/api/v1/cases/import", "zuoxi", "hotline.csv",
                        "甲,乙,丙\n1,2,3\n".getBytes(StandardCharsets.UTF_8)),
                upload("分析研判导入", "/api/v1/cases/import", "fenxi", "hotline.csv",
                        "工单编号,来电时间,诉求类别,诉求内容\n".getBytes(StandardCharsets.UTF_8)),
                // exposure
                get("没有这一期", "/api/v1/exposure/periods/987654", "duban"),
                post("发布单位代码不对", "/api/v1/exposure/publishers", "duban", "{\"code\":\"X\",\"name\":\"测试\"}"),
                post("坐席员建发布单位", "/api/v1/exposure/publishers", "zuoxi", "{\"code\":\"ceshi\",\"name\":\"测试\"}"),
                get("曝光台统计给责任单位", "/api/v1/exposure/stats", "chengguan"),
                get("没有这个已发布文件", "/exposure/files/" + "0".repeat(64) + ".png", null),
                // tiles
                get("没有这个瓦片图层", "/tiles/rivers/10/843/388.mvt", null, "rivers"),
                get("瓦片缩放级别太大", "/tiles/admin/99/0/0.mvt", null),
                get("瓦片行号不是数字", "/tiles/admin/10/843/abc.mvt", null, "abc"),
                get("底图文件名不对", "/tiles/basemap/10/843/388.gif", null),
                get("热力图带宽为负", "/tiles/heat/10/843/388.png?bandwidthMetres=-5", null),
                get("瓦片坐标系不对", "/tiles/admin/10/843/388.mvt?crs=mars", null, "mars"),
                // statistics
                get("月份不对", "/api/v1/stats/rates?month=2026-13", "fenxi"),
                get("月份和时间段同时给", "/api/v1/stats/rates?month=2026-11&from=2026-11-01T00:00:00Z", "fenxi"),
                get("分组方式未知", "/api/v1/stats/rates?groupBy=planet", "fenxi", "planet"),
                get("统计未知小类", "/api/v1/stats/rates?category=X99", "fenxi"),
                // users and audit
                get("审计条数为 0", "/api/v1/audit?limit=0", "admin"),
                post("用户名不对", "/api/v1/users", "admin", "{\"username\":\"A\",\"password\":\"long-enough-password\",\"role\":\"DISPATCHER\"}"),
                // anything else
                get("没有这个地址", "/api/v1/nothing-here", "zuoxi"),
                new Bad("定位不支持修改", HttpMethod.PUT, "/api/v1/locate", null, MediaType.APPLICATION_JSON, "{}"),
                get(NOT_ACCEPTABLE, "/api/v1/categories", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void theAnswerIsAChineseProblem(Bad bad) {
        ResponseEntity<byte[]> answer = send(bad);
        int status = answer.getStatusCode().value();
        assertThat(status).as(bad.name()).isBetween(400, 499);
        assertThat(String.valueOf(answer.getHeaders().getContentType())).as(bad.name()).startsWith("application/problem+json");
        JsonNode problem = MAPPER.readTree(answer.getBody());
        assertThat(problem.get("status").asInt()).as(bad.name()).isEqualTo(status);
        assertChinese(bad, problem.get("title").asString(), problem.get("detail").asString());
    }

    @Test
    void open311AnswersInItsOwnFormatInChinese() {
        List<Bad> bad = List.of(
                get("没有这个服务", "/open311/v2/services/NOPE.json", null, "NOPE"),
                get("没有这个服务请求", "/open311/v2/requests/TZ-19990101-00001.json", null),
                get("开始日期不对", "/open311/v2/requests.json?start_date=yesterday", null, "yesterday"),
                get("状态不对", "/open311/v2/requests.json?status=maybe", null, "maybe"),
                get("不支持 XML", "/open311/v2/services.xml", null),
                new Bad("缺少服务代码", HttpMethod.POST, "/open311/v2/requests.json", null, MediaType.APPLICATION_FORM_URLENCODED,
                        "lat=39.8&long=116.7&description=%E4%BA%95%E7%9B%96"));
        for (Bad request : bad) {
            ResponseEntity<byte[]> answer = send(request);
            assertThat(answer.getStatusCode().value()).as(request.name()).isBetween(400, 499);
            JsonNode error = MAPPER.readTree(answer.getBody()).get(0);
            assertThat(error.get("code").asInt()).as(request.name()).isEqualTo(answer.getStatusCode().value());
            assertChinese(request, "", error.get("description").asString());
        }
    }

    @Test
    void anUploadOverTheLimitIsAChineseProblem() throws IOException {
        String token = Base64.getEncoder().encodeToString("zuoxi:zuoxi-demo".getBytes(StandardCharsets.UTF_8));
        String answer = raw("POST /api/v1/cases/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + token + "\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + (60L * 1024 * 1024) + "\r\n"
                + "Connection: close\r\n\r\n--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
        JsonNode problem = MAPPER.readTree(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1));
        assertChinese(get("上传超过上限", "", null), problem.get("title").asString(), problem.get("detail").asString());
    }

    @Test
    void tomcatsOwnRefusalIsAChineseProblem() throws IOException {
        String answer = raw("GET /api/v1/describe?lon=116.7&lat=39.8 HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                + "b".repeat(64 * 1024) + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        JsonNode problem = MAPPER.readTree(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1));
        assertChinese(get("请求头太大", "", null), problem.get("title").asString(), problem.get("detail").asString());
    }

    private static void assertChinese(Bad bad, String title, String detail) {
        String where = bad.name() + ": " + title + " / " + detail;
        if (!title.isEmpty()) {
            assertThat(title).as(where).containsPattern(CHINESE);
        }
        assertThat(detail).as(where).containsPattern(CHINESE);
        String serverText = title + " " + detail;
        for (String echo : bad.echoes()) {
            serverText = serverText.replace(echo, " ");
        }
        assertThat(LatinWords.in(serverText)).as(where).isEmpty();
    }

    private static ResponseEntity<byte[]> send(Bad bad) {
        var request = HTTP.method(bad.method()).uri(bad.path()).headers(h -> {
            if (bad.user() != null) {
                String[] userAndPassword = bad.user().split(":", 2);
                h.setBasicAuth(userAndPassword[0], userAndPassword.length > 1 ? userAndPassword[1]
                        : "admin".equals(bad.user()) ? DemoServerForTest.ADMIN_PASSWORD : bad.user() + "-demo");
            }
            if (bad.name().equals(NOT_ACCEPTABLE)) {
                h.setAccept(List.of(MediaType.IMAGE_GIF));
            }
        });
        if (bad.type() != null) {
            request.contentType(bad.type());
        }
        if (bad.body() != null) {
            request.body(bad.body());
        }
        return request.retrieve().toEntity(byte[].class);
    }

    /** Sends raw bytes and reads the answer; the server may answer and close before reading everything. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", DemoServerForTest.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
                // No more is coming: a server waiting for the rest of a body it refused stops waiting.
                socket.shutdownOutput();
            } catch (SocketException closedEarly) {
                // answered before everything was read
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (SocketException reset) {
                // the answer is already in hand
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSweepCoversAtLeastFortyDifferentBadRequests() {
        List<String> names = new ArrayList<>(badRequests().map(Bad::name).toList());
        assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(40);
    }
}
