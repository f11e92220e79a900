package cn.luodian.api.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * API tokens on both stores: issued once and stored only as a hash, a request signed with one acts
 * as its user within its scope, a read token cannot write, a token cannot issue tokens, revoked,
 * expired and disabled-user tokens are refused with a Chinese 401 (never passed on as anonymous),
 * administrators see and revoke everyone's, and issuing and revoking are audited.
 */
class TokenApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Nested
    class OnH2gis extends Tokens {
        OnH2gis() {
            super(Database.H2GIS);
        }
    }

    @Nested
    class OnPostgis extends Tokens {
        OnPostgis() {
            super(Database.POSTGIS);
        }
    }

    abstract static class Tokens {
        private final RestClient http;
        private final JdbcTemplate jdbc;

        Tokens(Database database) {
            http = DemoServerForTest.http(database);
            jdbc = DemoServerForTest.bean(database, JdbcTemplate.class);
        }

        @Test
        void aReadTokenReadsAsItsUserAndCannotWrite() throws Exception {
            JsonNode issued = issue(basic("fenxi"), "研判脚本（测试）", "read");
            String token = issued.get("token").asText();
            assertThat(token).startsWith("ld_").hasSize(46);
            assertThat(issued.get("scopeName").asText()).isEqualTo("只读");
            assertThat(issued.get("statusName").asText()).isEqualTo("有效");

            ResponseEntity<String> me = call(HttpMethod.GET, "/api/v1/users/me", bearer(token), null);
            assertThat(me.getStatusCode().value()).isEqualTo(200);
            assertThat(JSON.readTree(me.getBody()).get("username").asText()).isEqualTo("fenxi");
            assertThat(call(HttpMethod.GET, "/api/v1/cases?limit=5", bearer(token), null).getStatusCode().value())
                    .isEqualTo(200);

            int cases = count("city_case");
            ResponseEntity<String> write = call(HttpMethod.POST, "/api/v1/cases", bearer(token), newCase());
            assertProblem(write, 403, "此令牌只读，不能修改数据");
            assertThat(count("city_case")).isEqualTo(cases);
            assertThat(write.getHeaders().get(HttpHeaders.SET_COOKIE)).as("no session for a token").isNull();
        }

        @Test
        void aWriteTokenWritesWithItsUsersRoleButCannotIssueTokens() throws Exception {
            String token = issue(basic("zuoxi"), "12345 热线对接（测试）", "write").get("token").asText();
            ResponseEntity<String> created = call(HttpMethod.POST, "/api/v1/cases", bearer(token), newCase());
            assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
            long caseId = JSON.readTree(created.getBody()).get("id").asLong();
            assertThat(jdbc.queryForObject("SELECT created_by FROM city_case WHERE id = ?", String.class, caseId))
                    .isEqualTo("zuoxi");

            int tokens = count("api_token");
            assertProblem(call(HttpMethod.POST, "/api/v1/users/me/tokens", bearer(token),
                    Map.of("name", "再造一个", "scope", "write")), 403, "不能用接口令牌创建令牌");
            assertThat(count("api_token")).isEqualTo(tokens);
            // The role still decides: a dispatcher's token cannot manage users.
            assertProblem(call(HttpMethod.GET, "/api/v1/users", bearer(token), null), 403, "无权");
        }

        @Test
        void onlyTheHashIsStoredAndTheSecretIsShownOnce() throws Exception {
            JsonNode issued = issue(basic("fenxi"), "只存校验值（测试）", "read");
            String token = issued.get("token").asText();
            long id = issued.get("id").asLong();
            Map<String, Object> row = jdbc.queryForMap("SELECT * FROM api_token WHERE id = ?", id);
            assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(token.substring(3)));
            assertThat(String.valueOf(row.get(row.containsKey("token_hash") ? "token_hash" : "TOKEN_HASH")).strip())
                    .isEqualTo(TokenSecrets.hash(token));
            JsonNode listed = JSON.readTree(call(HttpMethod.GET, "/api/v1/users/me/tokens", basic("fenxi"), null).getBody());
            JsonNode mine = find(listed.get("tokens"), id);
            assertThat(mine.get("token").isNull()).as("lists never carry the secret").isTrue();
            assertThat(mine.get("prefix").asText()).isEqualTo(token.substring(0, 9));
        }

        @Test
        void aRevokedTokenIsRefusedAndBothStepsAreAudited() throws Exception {
            JsonNode issued = issue(basic("fenxi"), "用完即撤（测试）", "read");
            String token = issued.get("token").asText();
            long id = issued.get("id").asLong();
            assertThat(call(HttpMethod.GET, "/api/v1/users/me", bearer(token), null).getStatusCode().value()).isEqualTo(200);

            // Another user's token is not theirs to know of.
            assertProblem(call(HttpMethod.DELETE, "/api/v1/users/me/tokens/" + id, basic("zuoxi"), null), 404, "没有编号为");
            ResponseEntity<String> revoked = call(HttpMethod.DELETE, "/api/v1/users/me/tokens/" + id, basic("fenxi"), null);
            assertThat(revoked.getStatusCode().value()).isEqualTo(200);
            assertThat(JSON.readTree(revoked.getBody()).get("statusName").asText()).isEqualTo("已撤销");

            assertProblem(call(HttpMethod.GET, "/api/v1/users/me", bearer(token), null), 401, "接口令牌无效、已过期或已撤销");
            // Refused, not passed on as anonymous: even an open read answers 401.
            assertProblem(call(HttpMethod.GET, "/api/v1/categories", bearer(token), null), 401, "接口令牌无效");
            assertThat(jdbc.queryForList("SELECT action FROM audit_log WHERE entity_type = 'api_token' AND entity_id = ?"
                    + " ORDER BY id", String.class, Long.toString(id))).containsExactly("token.create", "token.revoke");
        }

        @Test
        void expiredMalformedAndDisabledUsersTokensAreRefused() throws Exception {
            JsonNode expiring = issue(basic("fenxi"), "已过期（测试）", "read");
            jdbc.update("UPDATE api_token SET expires_at = created_at - INTERVAL '1' DAY WHERE id = ?",
                    expiring.get("id").asLong());
            assertProblem(call(HttpMethod.GET, "/api/v1/users/me", bearer(expiring.get("token").asText()), null),
                    401, "已过期");
            for (String bad : List.of("ld_", "ld_" + "A".repeat(43), "x".repeat(5000), "ld_" + "é".repeat(43))) {
                assertProblem(call(HttpMethod.GET, "/api/v1/users/me", bearer(bad), null), 401, "接口令牌无效");
            }

            String user = "token-user-" + NAMES.incrementAndGet() + "-" + System.nanoTime() % 100000;
            ResponseEntity<String> made = call(HttpMethod.POST, "/api/v1/users", admin(), Map.of("username", user,
                    "password", "Tongzhou-Token-Kq7x", "role", "PLANNER", "scopeCode", "110112"));
            assertThat(made.getStatusCode().value()).as(made.getBody()).isEqualTo(201);
            JsonNode forService = issue(admin(), "/api/v1/tokens", Map.of("username", user, "name", "服务账号（测试）",
                    "scope", "read", "expiresInDays", 30));
            String token = forService.get("token").asText();
            assertThat(forService.get("username").asText()).isEqualTo(user);
            assertThat(call(HttpMethod.GET, "/api/v1/users/me", bearer(token), null).getStatusCode().value()).isEqualTo(200);
            assertThat(call(HttpMethod.POST, "/api/v1/users/" + user + "/disable", admin(), null).getStatusCode().value())
                    .isEqualTo(200);
            assertProblem(call(HttpMethod.GET, "/api/v1/users/me", bearer(token), null), 401, "接口令牌无效");
        }

        @Test
        void administratorsListAndRevokeEveryonesTokensAndOthersCannot() throws Exception {
            JsonNode issued = issue(basic("zuoxi"), "管理员可见（测试）", "read");
            long id = issued.get("id").asLong();
            JsonNode all = JSON.readTree(call(HttpMethod.GET, "/api/v1/tokens", admin(), null).getBody());
            assertThat(find(all.get("tokens"), id).get("username").asText()).isEqualTo("zuoxi");
            assertProblem(call(HttpMethod.GET, "/api/v1/tokens", basic("zuoxi"), null), 403, "无权");
            assertProblem(call(HttpMethod.DELETE, "/api/v1/tokens/" + id, basic("zuoxi"), null), 403, "无权");
            assertThat(call(HttpMethod.DELETE, "/api/v1/tokens/" + id, admin(), null).getStatusCode().value()).isEqualTo(200);
            assertProblem(call(HttpMethod.GET, "/api/v1/users/me", bearer(issued.get("token").asText()), null), 401, "令牌");
            assertThat(jdbc.queryForObject("SELECT revoked_by FROM api_token WHERE id = ?", String.class, id)).isEqualTo("admin");
        }

        @Test
        void badRequestsAreRefusedAndStoreNothing() {
            int before = count("api_token");
            assertProblem(call(HttpMethod.POST, "/api/v1/users/me/tokens", basic("fenxi"), Map.of("scope", "read")),
                    400, "名称不能为空");
            assertProblem(call(HttpMethod.POST, "/api/v1/users/me/tokens", basic("fenxi"),
                    Map.of("name", "x".repeat(61), "scope", "read")), 400, "最多 60 个字符");
            assertProblem(call(HttpMethod.POST, "/api/v1/users/me/tokens", basic("fenxi"),
                    Map.of("name", "a\u0000b", "scope", "read")), 400, "控制字符");
            assertProblem(call(HttpMethod.POST, "/api/v1/users/me/tokens", basic("fenxi"),
                    Map.of("name", "全部权限", "scope", "admin")), 400, "令牌权限应为只读或读写");
            assertProblem(call(HttpMethod.POST, "/api/v1/users/me/tokens", basic("fenxi"),
                    Map.of("name", "永久", "scope", "read", "expiresInDays", 3650)), 400, "1 到 365 天");
            assertProblem(call(HttpMethod.POST, "/api/v1/tokens", admin(),
                    Map.of("username", "nobody-here", "name", "无主", "scope", "read")), 400, "要为其创建令牌的用户不存在");
            assertThat(count("api_token")).isEqualTo(before);
        }

        private JsonNode issue(String authorization, String name, String scope) throws Exception {
            return issue(authorization, "/api/v1/users/me/tokens", Map.of("name", name, "scope", scope));
        }

        private JsonNode issue(String authorization, String path, Map<String, Object> body) throws Exception {
            ResponseEntity<String> answer = call(HttpMethod.POST, path, authorization, body);
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
            return JSON.readTree(answer.getBody());
        }

        private ResponseEntity<String> call(HttpMethod method, String path, String authorization, Object body) {
            var request = http.method(method).uri(path).header(HttpHeaders.AUTHORIZATION, authorization);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.retrieve().toEntity(String.class);
        }

        private int count(String table) {
            return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        }

        private static Map<String, Object> newCase() {
            return Map.of("category", "B0102", "description", "测试：令牌写入", "urgency", "normal", "source", "staff",
                    "location", Map.of("lon", 116.70, "lat", 39.80, "crs", "wgs84"));
        }
    }

    static JsonNode find(JsonNode tokens, long id) {
        for (JsonNode token : tokens) {
            if (token.get("id").asLong() == id) {
                return token;
            }
        }
        throw new AssertionError("token " + id + " is not listed in " + tokens);
    }

    static void assertProblem(ResponseEntity<String> answer, int status, String detailPart) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(String.valueOf(answer.getHeaders().getContentType())).startsWith("application/problem+json");
        assertThat(answer.getBody()).contains(detailPart);
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String basic(String demoUser) {
        return basic(demoUser, demoUser + "-demo");
    }

    static String admin() {
        return basic("admin", DemoServerForTest.ADMIN_PASSWORD);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
