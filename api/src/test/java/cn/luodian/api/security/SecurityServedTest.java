package cn.luodian.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.demo.DemoUsers;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Sign-in as the real server answers it (Tomcat, the demo region loaded): the demo users of each
 * role, 401 problem+json for scripts, the login page and its cookie.
 */
@SuppressWarnings("rawtypes")
class SecurityServedTest {
    private final RestClient http = DemoServerForTest.http();

    private ResponseEntity<Map> me(String username, String password) {
        return http.get().uri("/api/v1/users/me").headers(h -> h.setBasicAuth(username, password))
                .retrieve().toEntity(Map.class);
    }

    @Test
    void everyDemoUserSignsInWithTheDocumentedPassword() {
        for (DemoUsers.Demo demo : DemoUsers.USERS) {
            ResponseEntity<Map> me = me(demo.username(), demo.username() + "-demo");
            assertThat(me.getStatusCode().value()).as(demo.username()).isEqualTo(200);
            assertThat(me.getBody()).containsEntry("role", demo.role().name())
                    .containsEntry("scopeCode", demo.scopeCode());
            assertThat(me.getBody().get("unitId") != null).as(demo.username() + " has a unit").isEqualTo(demo.unit());
        }
        assertThat(DemoUsers.USERS).extracting(DemoUsers.Demo::role).containsOnly(Role.DISPATCHER,
                Role.TOWNSHIP_STAFF, Role.RESPONSIBLE_UNIT, Role.SUPERVISOR, Role.PLANNER, Role.GRID_WORKER);
    }

    @Test
    void theDocumentedScopes() {
        assertThat(DemoUsers.USERS).extracting(DemoUsers.Demo::username, DemoUsers.Demo::scopeCode)
                .contains(tuple("huoxian", "110112106"), tuple("liyuan", "110112121"), tuple("zuoxi", "110112"));
    }

    @Test
    void scriptsGetProblemJson() {
        ResponseEntity<Map> anonymous = http.get().uri("/api/v1/users/me").accept(MediaType.TEXT_HTML, MediaType.ALL)
                .retrieve().toEntity(Map.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().get(HttpHeaders.SET_COOKIE)).as("no session for scripts").isNull();
        assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(anonymous.getBody()).containsEntry("title", "未登录");

        ResponseEntity<Map> wrong = me("zuoxi", "not-the-password");
        assertThat(wrong.getStatusCode().value()).isEqualTo(401);
        assertThat(wrong.getBody()).containsEntry("title", "未登录");

        ResponseEntity<Map> forbidden = http.get().uri("/api/v1/users").headers(h -> h.setBasicAuth("fenxi", "fenxi-demo"))
                .retrieve().toEntity(Map.class);
        assertThat(forbidden.getStatusCode().value()).isEqualTo(403);
        assertThat(forbidden.getBody()).containsEntry("title", "无权限");
    }

    /**
     * The firewall's own rule ({@link RequestFirewall}) is the one in force: a header value with a C1
     * control character (U+0085, which Tomcat passes as obs-text) is refused as soon as a filter reads it.
     */
    @Test
    void aHeaderWithAControlCharacterIsRefusedByTheFirewall() throws Exception {
        assertThat(rawStatus("Authorization: Bearer ld_a\u0085b")).startsWith("HTTP/1.1 400");
        assertThat(rawStatus("Authorization: Bearer ld_ab")).startsWith("HTTP/1.1 401");
    }

    /** The status line for GET /api/v1/categories with one extra header, its value sent as ISO-8859-1 bytes. */
    private static String rawStatus(String header) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", DemoServerForTest.port())) {
            socket.setSoTimeout(10_000);
            String request = "GET /api/v1/categories HTTP/1.1\r\nHost: 127.0.0.1\r\n" + header + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
        }
    }

    @Test
    void theLoginPageSetsAStrictSessionCookie() {
        ResponseEntity<String> page = http.get().uri("/login").accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("落点 · 登录").contains("name=\"_csrf\"");
        List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
                .containsIgnoringCase("SameSite=Strict").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void aBrowserPageNeedingSignInRedirectsToLogin() {
        ResponseEntity<String> page = http.get().uri("/api-docs-that-do-not-exist").accept(MediaType.TEXT_HTML)
                .retrieve().toEntity(String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(302);
        assertThat(page.getHeaders().getLocation().getPath()).isEqualTo("/login");
    }
}
