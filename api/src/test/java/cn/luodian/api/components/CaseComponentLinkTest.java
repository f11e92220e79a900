package cn.luodian.api.components;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.security.Actor;
import cn.luodian.api.storage.Database;
import cn.luodian.geo.crs.Datum;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A case about a 部件 on the demo server, on H2GIS and on PostGIS: a hotline report of a missing
 * water cover is offered the covers within 30 m, links the nearest, is dispatched to the cover's
 * owner by default and, when closed, sets the cover's status back to 完好, with the case in the
 * cover's history and case list. Components of their own (district code 119902) beside the demo's.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class CaseComponentLinkTest {
    static final String COVER = "1199020101000001";
    static final String FAR_COVER = "1199020101000002";
    static final String OTHER_DISTRICT_COVER = "1199020101000003";
    static final String LAMP = "1199020112000001";
    static final String OWNER = "通州区自来水公司（示例）";
    // In 漷县镇, about 60 m from the points other component tests use (their covers must not be the nearest).
    static final double LON = 116.7731, LAT = 39.7592;

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static final String ZUOXI = basic("zuoxi", "zuoxi-demo");
    static final String ADMIN = basic("admin", DemoServerForTest.ADMIN_PASSWORD);

    private static ResponseEntity<Map> send(RestClient http, HttpMethod method, String path, String auth, Object body) {
        var request = http.method(method).uri(path).header(HttpHeaders.AUTHORIZATION, auth);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(Map.class);
    }

    private static ResponseEntity<Map> get(RestClient http, String path) {
        return send(http, HttpMethod.GET, path, ZUOXI, null);
    }

    private static ResponseEntity<Map> step(RestClient http, long id, String auth, String action, String componentStatus) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        body.put("note", "测试");
        body.put("componentStatus", componentStatus);
        return send(http, HttpMethod.POST, "/api/v1/cases/" + id + "/transitions", auth, body);
    }

    private static Map<String, Object> report(String category, double lon, double lat, String componentCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("category", category);
        body.put("description", "上水井盖丢失");
        body.put("source", "hotline_12345");
        body.put("location", Map.of("lon", lon, "lat", lat, "crs", "wgs84"));
        body.put("componentCode", componentCode);
        return body;
    }

    private static void refused(ResponseEntity<Map> response, int status, String words) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat((String) response.getBody().get("detail")).contains(words);
    }

    private static Map component(RestClient http, String code) {
        return (Map) get(http, "/api/v1/components/" + code).getBody().get("properties");
    }

    private static void importOwn(Database database) {
        String csv = "部件编码,名称,经度,纬度,状态,权属单位,养护单位\n"
                + COVER + ",," + LON + "," + LAT + ",完好," + OWNER + ",通州区自来水公司管网所（示例）\n"
                + FAR_COVER + ",,116.7760,39.7600,完好," + OWNER + ",\n"
                + OTHER_DISTRICT_COVER + ",,116.66,39.90,完好," + OWNER + ",\n"
                + LAMP + ",," + (LON + 0.0001) + "," + LAT + ",完好,通州区城市管理委员会（示例）,\n";
        DemoServerForTest.bean(database, ComponentImport.class).importBytes("测试部件.csv", csv.getBytes(StandardCharsets.UTF_8),
                Datum.WGS84, null, null, Actor.system("test"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aMissingCoverIsLinkedDispatchedToItsOwnerAndRepairedOnClosure(Database database) {
        RestClient http = DemoServerForTest.http(database);
        importOwn(database);
        double reportLon = LON + 0.0001; // about 8.5 m east of the cover

        List<Map> near = (List<Map>) get(http, "/api/v1/components/near?category=B0101&lon=" + reportLon + "&lat=" + LAT)
                .getBody().get("features");
        assertThat(near).isNotEmpty();
        Map nearest = (Map) near.get(0).get("properties");
        assertThat(nearest).containsEntry("code", COVER).containsEntry("ownerUnit", OWNER);
        assertThat(((Number) nearest.get("distanceMetres")).doubleValue()).isBetween(7.0, 10.0);
        assertThat(near).extracting(f -> ((Map) f.get("properties")).get("code")).doesNotContain(FAR_COVER, LAMP);

        // A cover imported once the index is built is offered at once (the import rebuilt it).
        String added = "1199020101000009";
        DemoServerForTest.bean(database, ComponentImport.class).importBytes("补测部件.csv",
                ("部件编码,经度,纬度,权属单位\n" + added + "," + (LON + 0.0002) + "," + LAT + "," + OWNER + "\n").getBytes(StandardCharsets.UTF_8),
                Datum.WGS84, null, null, Actor.system("test"));
        List<Map> again = (List<Map>) get(http, "/api/v1/components/near?category=B0101&lon=" + reportLon + "&lat=" + LAT)
                .getBody().get("features");
        assertThat(again).extracting(f -> ((Map) f.get("properties")).get("code")).contains(COVER, added);

        ResponseEntity<Map> created = send(http, HttpMethod.POST, "/api/v1/cases", ZUOXI, report("B0101", reportLon, LAT, COVER));
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        long id = ((Number) created.getBody().get("id")).longValue();
        String number = (String) created.getBody().get("number");
        assertThat(created.getBody()).containsEntry("componentCode", COVER);
        assertThat((Map) created.getBody().get("component")).containsEntry("ownerUnit", OWNER).containsEntry("status", "完好")
                .containsEntry("categoryName", "上水井盖");

        assertThat(step(http, id, ZUOXI, "register", "丢失").getStatusCode().value()).isEqualTo(200);
        assertThat(component(http, COVER)).containsEntry("status", "丢失");

        Map options = get(http, "/api/v1/cases/" + id + "/dispatch-options").getBody();
        assertThat((String) options.get("suggestedReason")).isEqualTo("按部件权属：" + OWNER);
        ResponseEntity<Map> dispatched = step(http, id, ZUOXI, "dispatch", null);
        assertThat(dispatched.getStatusCode().value()).as(String.valueOf(dispatched.getBody())).isEqualTo(200);
        assertThat((Map) dispatched.getBody().get("unit")).containsEntry("name", OWNER)
                .containsEntry("id", options.get("suggestedUnitId"));

        for (String[] s : new String[][] {{ADMIN, "accept"}, {ADMIN, "reply"}, {ZUOXI, "verify"}, {ZUOXI, "close"}}) {
            ResponseEntity<Map> done = step(http, id, s[0], s[1], null);
            assertThat(done.getStatusCode().value()).as(s[1] + " " + done.getBody()).isEqualTo(200);
        }
        Map cover = component(http, COVER);
        assertThat(cover).containsEntry("status", "完好");
        List<Map> history = (List<Map>) cover.get("history");
        assertThat(history).extracting(h -> h.get("kind")).containsExactly("created", "status", "status");
        assertThat(history.get(1)).containsEntry("newStatus", "丢失").containsEntry("changedBy", "zuoxi")
                .containsEntry("changedByName", "坐席员（示例）")
                .containsEntry("note", "案件 " + number + " 立案");
        assertThat(history.get(2)).containsEntry("oldStatus", "丢失").containsEntry("newStatus", "完好")
                .containsEntry("note", "案件 " + number + " 结案");

        List<Map> cases = (List<Map>) get(http, "/api/v1/components/" + COVER + "/cases").getBody().get("cases");
        assertThat(cases).extracting(c -> c.get("number")).contains(number);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aLinkThatDoesNotFitIsRefusedAndStoresNothing(Database database) {
        RestClient http = DemoServerForTest.http(database);
        importOwn(database);
        Map before = get(http, "/api/v1/cases?limit=1").getBody();

        refused(send(http, HttpMethod.POST, "/api/v1/cases", ZUOXI, report("B0101", LON, LAT, LAMP)), 400,
                "部件 " + LAMP + " 是“路灯”，与案件小类“上水井盖”不符");
        refused(send(http, HttpMethod.POST, "/api/v1/cases", ZUOXI, report("B0101", LON, LAT, "1199020101999999")), 400,
                "没有标识码为 1199020101999999 的部件");
        refused(send(http, HttpMethod.POST, "/api/v1/cases", ZUOXI, report("B0101", LON, LAT, OTHER_DISTRICT_COVER)), 400,
                "超过 500 米");
        refused(send(http, HttpMethod.POST, "/api/v1/cases", ZUOXI, report("B0101", LON, LAT, "12ab")), 400,
                "部件标识码应为 16 位数字");
        assertThat(get(http, "/api/v1/cases?limit=1").getBody().get("total")).isEqualTo(before.get("total"));

        ResponseEntity<Map> plain = send(http, HttpMethod.POST, "/api/v1/cases", ZUOXI, report("B0101", LON, LAT, null));
        long id = ((Number) plain.getBody().get("id")).longValue();
        assertThat(plain.getBody().get("component")).isNull();
        refused(step(http, id, ZUOXI, "register", "丢失"), 400, "没有关联部件");
        refused(step(http, id, ZUOXI, "register", "坏了"), 400, "部件状态应为 完好、破损、丢失、占用、废弃");
        assertThat(get(http, "/api/v1/cases/" + id).getBody()).containsEntry("state", "received");

        refused(get(http, "/api/v1/components/near?category=井盖&lon=116.77&lat=39.75"), 400, "小类代码应为");
        refused(get(http, "/api/v1/components/near?category=B0101&lon=NaN&lat=39.75"), 400, "有限数");
        refused(get(http, "/api/v1/components/12ab/cases"), 400, "部件标识码应为 16 位数字");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theDemoHasAnInventoryLabelledAsDemoWithItsOwnersAsUnits(Database database) {
        RestClient http = DemoServerForTest.http(database);
        List<Map> covers = (List<Map>) get(http, "/api/v1/components?code=1101120101&limit=500").getBody().get("features");
        assertThat(covers).hasSizeGreaterThan(400);
        Map first = (Map) covers.get(0).get("properties");
        assertThat(first).containsEntry("source", "示例数据").containsEntry("ownerUnit", OWNER);
        List<Map> units = (List<Map>) send(http, HttpMethod.GET, "/api/v1/admin/units", ADMIN, null).getBody().get("units");
        assertThat(units).extracting(u -> u.get("name")).contains(OWNER, "北京城市排水集团通州分公司（示例）");
    }
}
