package cn.luodian.api.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The administrator's endpoints for units, dispatch rules and users against the demo server on
 * H2GIS and PostGIS: other roles get 403 in Chinese, bad input 400 and clashes 409 as problem+json
 * in Chinese, and a refused change changes nothing; a disabled unit is neither chosen nor offered;
 * a disabled user cannot sign in and an open session ends.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class AdminApiTest {
    private static final String ADMIN = "admin";
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String admin() {
        return basic(ADMIN, DemoServerForTest.ADMIN_PASSWORD);
    }

    private static ResponseEntity<Map> send(RestClient http, String method, String path, String auth, Object body) {
        var request = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .header(HttpHeaders.AUTHORIZATION, auth);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(Map.class);
    }

    private static List<Map> units(RestClient http) {
        return (List<Map>) send(http, "GET", "/api/v1/admin/units", admin(), null).getBody().get("units");
    }

    private static List<Map> rules(RestClient http) {
        return (List<Map>) send(http, "GET", "/api/v1/admin/dispatch-rules", admin(), null).getBody().get("rules");
    }

    /** A refusal: the status, problem+json, and a Chinese detail containing {@code words}. */
    private static void refused(ResponseEntity<Map> response, int status, String words) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().isCompatibleWith(PROBLEM)).isTrue();
        assertThat((String) response.getBody().get("detail")).contains(words);
    }

    private static Map unit(String code, String name, String township) {
        return Map.of("code", code, "name", name, "townshipCode", township, "contact", "");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void unitsAreCheckedAndOnlyForAdministrators(Database database) {
        RestClient http = DemoServerForTest.http(database);
        List<Map> before = units(http);
        refused(send(http, "GET", "/api/v1/admin/units", basic("zuoxi", "zuoxi-demo"), null), 403, "只有系统管理员");
        refused(send(http, "POST", "/api/v1/admin/units", basic("zuoxi", "zuoxi-demo"), unit("T-A1", "甲", "")), 403, "只有系统管理员");
        refused(send(http, "POST", "/api/v1/admin/units", admin(), unit("T-A1", "", "")), 400, "单位名称不能为空");
        refused(send(http, "POST", "/api/v1/admin/units", admin(), unit("T-A1", "甲\n乙", "")), 400, "控制字符");
        refused(send(http, "POST", "/api/v1/admin/units", admin(), unit("T-A1", "长".repeat(101), "")), 400, "不能超过 100 个字");
        refused(send(http, "POST", "/api/v1/admin/units", admin(), unit("测试", "甲", "")), 400, "单位编码应为");
        refused(send(http, "POST", "/api/v1/admin/units", admin(), unit("T-A1", "甲", "110112999")), 400, "没有代码为 110112999 的街乡镇");
        refused(send(http, "POST", "/api/v1/admin/units", admin(), unit("T-A1", "甲", "110112")), 400, "9 位街乡镇代码");
        String existing = (String) before.get(0).get("code");
        refused(send(http, "POST", "/api/v1/admin/units", admin(), unit(existing, "甲", "")), 409, "已被使用");
        refused(send(http, "POST", "/api/v1/admin/units", admin(), unit("T-A1", (String) before.get(0).get("name"), "")), 409, "同名");
        refused(send(http, "PUT", "/api/v1/admin/units/999999", admin(), unit("", "甲", "")), 404, "没有编号为 999999 的责任单位");
        assertThat(units(http)).isEqualTo(before);

        ResponseEntity<Map> created = send(http, "POST", "/api/v1/admin/units", admin(),
                Map.of("code", "T-API-" + database, "name", "接口测试单位 " + database, "townshipCode", "110112106", "contact", "电话 1"));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getBody()).containsEntry("kind", "属地单位").containsEntry("townshipName", "漷县镇").containsEntry("enabled", true);
        long id = ((Number) created.getBody().get("id")).longValue();
        ResponseEntity<Map> edited = send(http, "PUT", "/api/v1/admin/units/" + id, admin(),
                Map.of("name", "接口测试单位（改） " + database, "townshipCode", "", "contact", "电话 2"));
        assertThat(edited.getBody()).containsEntry("kind", "职能部门").containsEntry("contact", "电话 2")
                .containsEntry("code", "T-API-" + database);
        assertThat(send(http, "POST", "/api/v1/admin/units/" + id + "/disable", admin(), null).getBody()).containsEntry("enabled", false);
        refused(send(http, "POST", "/api/v1/admin/units/" + id + "/disable", admin(), null), 409, "已经是停用状态");
        assertThat(audit(http, "unit", id)).containsExactly("unit.disable", "unit.update", "unit.create");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void rulesAreCheckedAndADisabledUnitIsNeitherChosenNorOffered(Database database) {
        RestClient http = DemoServerForTest.http(database);
        long unit = ((Number) send(http, "POST", "/api/v1/admin/units", admin(),
                unit("T-RULE-" + database, "规则测试单位 " + database, "")).getBody().get("id")).longValue();
        String preview = "/api/v1/admin/dispatch-preview?category=B0112&place=110112106";
        Map home = (Map) send(http, "GET", preview, admin(), null).getBody().get("unit");
        assertThat((String) home.get("name")).contains("漷县镇");

        List<Map> before = rules(http);
        refused(send(http, "POST", "/api/v1/admin/dispatch-rules", basic("duban", "duban-demo"), rule("B0112", "110112106", unit, 0)), 403, "只有系统管理员");
        refused(send(http, "POST", "/api/v1/admin/dispatch-rules", admin(), rule("Z99", "", unit, 0)), 400, "没有代码为 Z99 的案件类别");
        refused(send(http, "POST", "/api/v1/admin/dispatch-rules", admin(), rule("B0112", "110112999", unit, 0)), 400, "没有代码为 110112999 的行政区划");
        refused(send(http, "POST", "/api/v1/admin/dispatch-rules", admin(), rule("B0112", "11011", unit, 0)), 400, "6、9 或 12 位");
        refused(send(http, "POST", "/api/v1/admin/dispatch-rules", admin(), rule("B0112", "", 999999, 0)), 400, "没有编号为 999999 的责任单位");
        refused(send(http, "POST", "/api/v1/admin/dispatch-rules", admin(), rule("B0112", "", unit, 1000)), 400, "优先级");
        refused(send(http, "POST", "/api/v1/admin/dispatch-rules", admin(), rule("B01'--", "", unit, 0)), 400, "案件类别应为");
        refused(send(http, "GET", "/api/v1/admin/dispatch-preview?category=B0112&place=110112", admin(), null), 400, "街乡镇");
        assertThat(rules(http)).isEqualTo(before);

        ResponseEntity<Map> created = send(http, "POST", "/api/v1/admin/dispatch-rules", admin(), rule("B0112", "110112106", unit, 0));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        long ruleId = ((Number) created.getBody().get("id")).longValue();
        assertThat(created.getBody()).containsEntry("categoryName", "路灯").containsEntry("jurisdictionName", "漷县镇");
        refused(send(http, "POST", "/api/v1/admin/dispatch-rules", admin(), rule("B0112", "110112106", unit, 5)), 409, "已有类别和区域都相同的规则");
        Map chosen = send(http, "GET", preview, admin(), null).getBody();
        assertThat(((Map) chosen.get("unit")).get("id")).isEqualTo((int) unit);
        assertThat(((Number) chosen.get("ruleId")).longValue()).isEqualTo(ruleId);

        // Disabled: the rule is passed over (the township's own office again) and 派遣 does not offer it.
        send(http, "POST", "/api/v1/admin/units/" + unit + "/disable", admin(), null);
        assertThat(((Map) send(http, "GET", preview, admin(), null).getBody().get("unit")).get("id")).isEqualTo(home.get("id"));
        refused(send(http, "PUT", "/api/v1/admin/dispatch-rules/" + ruleId, admin(), rule("B0112", "110112106", unit, 1)), 400, "已停用");
        Map page = send(http, "GET", "/api/v1/cases?limit=1", basic("zuoxi", "zuoxi-demo"), null).getBody();
        Object caseId = ((Map) ((List) page.get("cases")).get(0)).get("id");
        List<Map> offered = (List<Map>) send(http, "GET", "/api/v1/cases/" + caseId + "/dispatch-options",
                basic("zuoxi", "zuoxi-demo"), null).getBody().get("units");
        assertThat(offered).isNotEmpty().noneMatch(u -> ((Number) u.get("id")).longValue() == unit);

        assertThat(send(http, "DELETE", "/api/v1/admin/dispatch-rules/" + ruleId, admin(), null).getStatusCode().value()).isEqualTo(204);
        refused(send(http, "DELETE", "/api/v1/admin/dispatch-rules/" + ruleId, admin(), null), 404, "派遣规则");
        assertThat(audit(http, "dispatch-rule", ruleId)).containsExactly("dispatch-rule.delete", "dispatch-rule.create");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void usersAreManagedAndADisabledUserIsSignedOut(Database database) throws Exception {
        RestClient http = DemoServerForTest.http(database);
        String name = "api.user." + database.name().toLowerCase();
        assertThat(send(http, "POST", "/api/v1/users", admin(), Map.of("username", name, "password", "first-password-1",
                "role", "PLANNER", "displayName", "接口测试", "scopeCode", "110112")).getStatusCode().value()).isEqualTo(201);
        List<Map> before = (List<Map>) (List) http.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, admin())
                .retrieve().body(List.class);

        refused(send(http, "POST", "/api/v1/users/" + name + "/password", admin(), Map.of("password", "short")), 400, "至少要有 10 个字符");
        refused(send(http, "POST", "/api/v1/users/" + name + "/password", admin(), Map.of("password", name.toUpperCase())), 400, "不能包含用户名");
        refused(send(http, "POST", "/api/v1/users/" + name + "/password", admin(), Map.of("password", "tab\tin-password")), 400, "控制字符");
        refused(send(http, "POST", "/api/v1/users/nobody-here/password", admin(), Map.of("password", "long-enough-1")), 404, "没有用户");
        refused(send(http, "PUT", "/api/v1/users/" + name, admin(), Map.of("role", "MAYOR", "scopeCode", "")), 400, "角色应为");
        refused(send(http, "PUT", "/api/v1/users/" + name, admin(), Map.of("role", "PLANNER", "scopeCode", "12")), 400, "辖区");
        refused(send(http, "PUT", "/api/v1/users/" + name, admin(), Map.of("role", "RESPONSIBLE_UNIT", "scopeCode", "")), 400, "所属责任单位");
        refused(send(http, "PUT", "/api/v1/users/" + name, admin(), Map.of("role", "RESPONSIBLE_UNIT", "scopeCode", "", "unitId", 999999)), 400, "没有编号为 999999");
        refused(send(http, "POST", "/api/v1/users/" + ADMIN + "/disable", admin(), null), 409, "不能停用自己的账号");
        refused(send(http, "PUT", "/api/v1/users/" + ADMIN, admin(), Map.of("role", "PLANNER", "scopeCode", "")), 409, "不能取消自己的系统管理员角色");
        assertThat(http.get().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, admin()).retrieve().body(List.class))
                .isEqualTo(before);

        // A temporary password works; the browser session it opens ends when the user is disabled.
        assertThat(send(http, "POST", "/api/v1/users/" + name + "/password", admin(), Map.of("password", "temporary-pass-2"))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(send(http, "GET", "/api/v1/users/me", basic(name, "first-password-1"), null).getStatusCode().value()).isEqualTo(401);
        String session = signInWithTheForm(database, name, "temporary-pass-2");
        assertThat(me(database, session)).isEqualTo(200);
        Map changed = send(http, "PUT", "/api/v1/users/" + name, admin(), Map.of("role", "SUPERVISOR", "displayName", "改后", "scopeCode", "110112106")).getBody();
        assertThat(changed).containsEntry("role", "SUPERVISOR").containsEntry("scopeCode", "110112106").containsEntry("displayName", "改后");
        assertThat(me(database, session)).as("a changed role ends the session").isEqualTo(401);
        session = signInWithTheForm(database, name, "temporary-pass-2");
        assertThat(me(database, session)).isEqualTo(200);
        assertThat(send(http, "POST", "/api/v1/users/" + name + "/disable", admin(), null).getBody()).containsEntry("enabled", false);
        assertThat(me(database, session)).isEqualTo(401);
        assertThat(send(http, "GET", "/api/v1/users/me", basic(name, "temporary-pass-2"), null).getStatusCode().value()).isEqualTo(401);
        assertThat(send(http, "POST", "/api/v1/users/" + name + "/enable", admin(), null).getBody()).containsEntry("enabled", true);
        assertThat(send(http, "GET", "/api/v1/users/me", basic(name, "temporary-pass-2"), null).getStatusCode().value()).isEqualTo(200);

        List<String> actions = audit(http, "user", name);
        assertThat(actions).containsExactly("user.enable", "user.disable", "user.update", "user.password-reset", "user.create");
        String details = String.valueOf(send(http, "GET", "/api/v1/audit?entityType=user&entityId=" + name, admin(), null).getBody());
        assertThat(details).doesNotContain("temporary-pass-2").doesNotContain("first-password-1");
    }

    private static Map<String, Object> rule(String category, String area, long unit, int priority) {
        return Map.of("categoryPrefix", category, "jurisdictionPrefix", area, "unitId", unit, "priority", priority);
    }

    private static List<String> audit(RestClient http, String type, Object id) {
        Map body = send(http, "GET", "/api/v1/audit?entityType=" + type + "&entityId=" + id, admin(), null).getBody();
        return ((List<Map>) body.get("entries")).stream().map(e -> (String) e.get("action")).toList();
    }

    private static final HttpClient RAW = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** Signs in through the form as a browser does; returns the session cookie. */
    private static String signInWithTheForm(Database database, String user, String password) throws Exception {
        String base = base(database);
        HttpResponse<String> page = RAW.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(page);
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + user + "&password=" + password + "&_csrf=" + token.group(1);
        HttpResponse<String> signedIn = RAW.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return sessionCookie(signedIn);
    }

    private static int me(Database database, String cookie) throws Exception {
        return RAW.send(HttpRequest.newBuilder(URI.create(base(database) + "/api/v1/users/me")).header("Cookie", cookie)
                .header("X-Requested-With", "XMLHttpRequest").build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private static String base(Database database) {
        return DemoServerForTest.baseUrl(database);
    }
}
