package cn.luodian.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.system.TempDirsForTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Behind a configured trusted proxy ({@code server.forward-headers-strategy=native}, the proxy at
 * 127.0.0.1): its {@code X-Forwarded-Proto: https} makes the session cookie Secure, its forwarded
 * host goes into TileJSON links, and its {@code X-Forwarded-For} is the client address the login
 * throttle counts. (AccountProtectionTest shows the same headers ignored without the setting.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrustedProxyTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        Path dir = TempDirsForTest.create("luodian-trusted-proxy");
        registry.add("luodian.data-dir", dir::toString);
        registry.add("luodian.demo", () -> "false");
        registry.add("luodian.security.admin-password", () -> "test-root-mima-2026");
        registry.add("luodian.security.login.max-failures-per-address", () -> "3");
        registry.add("server.forward-headers-strategy", () -> "native");
        registry.add("server.tomcat.remoteip.internal-proxies", () -> "127\\.0\\.0\\.1");
    }

    @BeforeEach
    void users() {
        UsersForTest.createAll(accounts, jdbc);
    }

    @Test
    void httpsAtTheProxyMakesTheSessionCookieSecure() throws Exception {
        HttpResponse<String> page = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "luodian.example.cn");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .containsIgnoringCase("; Secure").containsIgnoringCase("SameSite=Strict"));
    }

    @Test
    void theProxysHostGoesIntoTileJsonLinks() throws Exception {
        HttpResponse<String> tileJson = get("/tiles/admin.json", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "luodian.example.cn");
        assertThat(tileJson.body()).contains("\"https://luodian.example.cn/tiles/admin/{z}/{x}/{y}.mvt\"");
    }

    @Test
    void theForwardedClientIsTheAddressTheThrottleCounts() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/v1/users/me", "X-Forwarded-For", "203.0.113.7",
                    "Authorization", basic("nobody" + i, "wrong-guess")).statusCode()).isEqualTo(401);
        }
        String user = UsersForTest.username(Role.PLANNER);
        String password = UsersForTest.password(Role.PLANNER);
        assertThat(get("/api/v1/users/me", "X-Forwarded-For", "203.0.113.7", "Authorization", basic(user, password))
                .statusCode()).as("that client is locked").isEqualTo(429);
        assertThat(get("/api/v1/users/me", "X-Forwarded-For", "203.0.113.8", "Authorization", basic(user, password))
                .statusCode()).as("another client behind the same proxy is not").isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).headers(headers).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
