package cn.luodian.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.system.SettableClock;
import cn.luodian.api.system.TempDirsForTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 15, findings 2, 7 and 9 against a real Tomcat (real cookies, real socket addresses), H2GIS
 * without the demo: wrong passwords lock the account and the address (Basic and form, audited),
 * the password policy, one's own password change, the session's cross-site requests refused,
 * the security headers, and the Host header kept out of absolute links. The locks live in memory
 * (no store); the clock is moved a day at each test so that no lock carries over.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {cn.luodian.api.LuodianApplication.class, AccountProtectionTest.Clocks.class})
class AccountProtectionTest {
    /** The clock every thread sees (the server's too), moved by the tests. */
    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(Instant.parse("2030-01-01T00:00:00Z"));
        }
    }

    private static final AtomicInteger DAY = new AtomicInteger();
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SettableClock clock;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        Path dir = TempDirsForTest.create("luodian-account-protection");
        registry.add("luodian.data-dir", dir::toString);
        registry.add("luodian.demo", () -> "false");
        registry.add("luodian.security.admin-password", () -> "test-root-mima-2026");
        registry.add("luodian.security.login.max-failures-per-account", () -> "4");
        registry.add("luodian.security.login.max-failures-per-address", () -> "12");
        registry.add("luodian.security.login.lock-duration", () -> "15m");
    }

    @BeforeEach
    void freshDay() {
        UsersForTest.createAll(accounts, jdbc);
        clock.set(Instant.parse("2030-01-01T00:00:00Z").plus(Duration.ofDays(DAY.incrementAndGet())));
    }

    // ---- finding 2: brute force ------------------------------------------------------------

    @Test
    void wrongBasicPasswordsLockTheAccountWithAChineseProblemAndAnAuditEntry() throws Exception {
        String user = newUser("correct-horse-7");
        for (int i = 0; i < 4; i++) {
            assertThat(basic("GET", "/api/v1/users/me", user, "wrong-guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = basic("GET", "/api/v1/users/me", user, "correct-horse-7");
        assertThat(locked.statusCode()).as("the right password is refused while locked").isEqualTo(429);
        assertThat(locked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(locked.body()).contains("\"title\":\"尝试次数过多\"").contains("该账号密码错误次数过多，已暂时锁定，请 15 分钟后再试");
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(800L, 900L);
        assertThat(auditActions("user", user)).contains("user.lock");

        clock.set(clock.instant().plus(Duration.ofMinutes(16)));
        assertThat(basic("GET", "/api/v1/users/me", user, "correct-horse-7").statusCode()).as("the lock ends").isEqualTo(200);
    }

    @Test
    void wrongFormPasswordsLockTheAccountAndThePageSaysSoInChinese() throws Exception {
        String user = newUser("correct-horse-8");
        String location = "";
        for (int i = 0; i < 4; i++) {
            location = formSignIn(user, "wrong-guess-" + i).headers().firstValue("Location").orElse("");
            assertThat(location).as("attempt " + (i + 1)).endsWith(i < 3 ? "/login?error" : "/login?locked=15");
        }
        assertThat(formSignIn(user, "correct-horse-8").headers().firstValue("Location").orElse("")).endsWith("/login?locked=15");
        String page = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/login?locked=15")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("密码错误次数过多，账号已暂时锁定，请 15 分钟后再试");
        assertThat(auditActions("user", user)).contains("user.lock");
    }

    @Test
    void manyWrongPasswordsFromOneAddressLockThatAddressWhateverXForwardedForSays() throws Exception {
        String user = newUser("correct-horse-9");
        for (int i = 0; i < 12; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/api/v1/users/me"))
                    .header("Authorization", basicHeader("nobody" + i, "wrong-guess"))
                    .header("X-Forwarded-For", "203.0.113." + i).build();
            assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = basic("GET", "/api/v1/users/me", user, "correct-horse-9");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("您所在的网络地址密码错误次数过多");
        assertThat(jdbc.queryForList("SELECT entity_id FROM audit_log WHERE action = 'address.lock'", String.class))
                .as("the socket's address, not the forwarded one").contains("127.0.0.1").noneMatch(a -> a.startsWith("203."));
    }

    @Test
    void theAdministratorsResetEndsTheLock() throws Exception {
        String user = newUser("correct-horse-10");
        for (int i = 0; i < 4; i++) {
            basic("GET", "/api/v1/users/me", user, "wrong-guess-" + i);
        }
        assertThat(basic("GET", "/api/v1/users/me", user, "correct-horse-10").statusCode()).isEqualTo(429);
        HttpResponse<String> reset = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/users/" + user + "/password"))
                .header("Authorization", admin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"password\": \"temporary-zhuhai-4\"}")));
        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(basic("GET", "/api/v1/users/me", user, "temporary-zhuhai-4").statusCode()).isEqualTo(200);
    }

    // ---- finding 2: the password policy and one's own password --------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaa", "1234567890", "0987654321", "qwertyuiop", "abcabcabcabc", "1212121212",
        "password2026!", "Iloveyou1314", "qweasdzxc123", "{user}-secret-zx"})
    void weakPasswordsAreRefusedInChineseAndNothingIsStored(String password) throws Exception {
        String name = "weak" + NAMES.incrementAndGet();
        String body = """
                {"username": "%s", "password": "%s", "role": "DISPATCHER", "scopeCode": ""}
                """.formatted(name, password.replace("{user}", name));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/users"))
                .header("Authorization", admin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"detail\":\"密码").doesNotContain(password.replace("{user}", name));
        assertThat(accounts.find(name)).isEmpty();
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheCurrentOneAndItIsAudited() throws Exception {
        String user = newUser("correct-horse-11");
        String session = signedIn(user, "correct-horse-11");
        assertThat(changeOwn(session, "not-my-password", "brand-new-hutong-7").body()).contains("当前密码不正确");
        assertThat(changeOwn(session, "correct-horse-11", "1234567890").body()).contains("新密码是键盘、字母或数字的连续序列");
        assertThat(changeOwn(session, "correct-horse-11", "brand-new-hutong-7").statusCode()).isEqualTo(204);

        assertThat(me(session)).as("every session ends with the change").isEqualTo(401);
        assertThat(basic("GET", "/api/v1/users/me", user, "correct-horse-11").statusCode()).isEqualTo(401);
        assertThat(basic("GET", "/api/v1/users/me", user, "brand-new-hutong-7").statusCode()).isEqualTo(200);
        assertThat(me(signedIn(user, "brand-new-hutong-7"))).isEqualTo(200);
        assertThat(auditActions("user", user)).contains("user.password-change");
        assertThat(jdbc.queryForList("SELECT detail FROM audit_log WHERE entity_id = ?", String.class, user))
                .noneMatch(d -> d.contains("brand-new") || d.contains("correct-horse"));
    }

    @Test
    void wrongCurrentPasswordsCountAsFailedSignIns() throws Exception {
        String user = newUser("correct-horse-12");
        String session = signedIn(user, "correct-horse-12");
        for (int i = 0; i < 4; i++) {
            assertThat(changeOwn(session, "guess-number-" + i, "brand-new-hutong-8").statusCode()).isEqualTo(400);
        }
        HttpResponse<String> locked = changeOwn(session, "correct-horse-12", "brand-new-hutong-8");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(basic("GET", "/api/v1/users/me", user, "correct-horse-12").statusCode()).isEqualTo(429);
    }

    // ---- finding 7: cross-site requests and headers --------------------------------------------

    @Test
    void aForeignOriginCannotImportWithTheSessionCookie() throws Exception {
        String session = signedIn(UsersForTest.username(Role.DISPATCHER), UsersForTest.password(Role.DISPATCHER));
        long before = cases();
        for (String[] origin : List.of(new String[] {"Origin", "https://evil.example"}, new String[] {"Origin", "null"},
                new String[] {"Referer", "http://evil.example/page"}, new String[0])) {
            HttpRequest.Builder request = importRequest().header("Cookie", session);
            if (origin.length == 2) {
                request.header(origin[0], origin[1]);
            }
            HttpResponse<String> refused = send(request);
            assertThat(refused.statusCode()).as(String.join(" ", origin)).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("已拒绝来自其他网站的请求");
        }
        assertThat(cases()).isEqualTo(before);

        HttpResponse<String> own = send(importRequest().header("Cookie", session).header("Origin", base()));
        assertThat(own.statusCode()).as("the workspace's own page passes: " + own.body()).isNotEqualTo(403);
        HttpResponse<String> ownReferer = send(importRequest().header("Cookie", session).header("Referer", base() + "/"));
        assertThat(ownReferer.statusCode()).isNotEqualTo(403);
        HttpResponse<String> script = send(importRequest().header("Origin", "https://evil.example")
                .header("Authorization", basicHeader(UsersForTest.username(Role.DISPATCHER), UsersForTest.password(Role.DISPATCHER))));
        assertThat(script.statusCode()).as("HTTP Basic without a cookie is a script, not a forged request").isNotEqualTo(403);
    }

    @Test
    void pagesAndAnswersCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'self'")
                .doesNotContain("unsafe-eval");
        Matcher importMap = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        assertThat(importMap.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(importMap.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(csp).as("the import map, and no other inline script").contains("script-src 'self' 'sha256-" + hash + "';");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");

        HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/layers")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self';");
        assertThat(api.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void overPlainHttpWithoutATrustedProxyTheCookieIsNotSecureWhateverXForwardedProtoSays() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .doesNotContainIgnoringCase("Secure"));
    }

    // ---- finding 9: the Host header ---------------------------------------------------------------

    @Test
    void aHostileHostHeaderNeverReachesAbsoluteLinks() throws Exception {
        String tileJson = raw("/tiles/admin.json", "evil.example");
        assertThat(tileJson).contains("\"/tiles/admin/{z}/{x}/{y}.mvt\"").doesNotContain("evil.example");
        String feed = raw("/exposure/feed.atom", "evil.example");
        assertThat(feed).contains("<feed").contains("href=\"/exposure/feed.atom\"").doesNotContain("evil.example");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private String newUser(String password) {
        String name = "lock" + NAMES.incrementAndGet();
        accounts.create(Actor.system("test"), new NewUser(name, password, "DISPATCHER", null, "", null));
        return name;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String basicHeader(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String admin() {
        return basicHeader("admin", "test-root-mima-2026");
    }

    private HttpResponse<String> basic(String method, String path, String user, String password) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", basicHeader(user, password))
                .header("X-Requested-With", "XMLHttpRequest").method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the sign-in form as a browser does (its cookie and CSRF token from the page). */
    private HttpResponse<String> formSignIn(String user, String password) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        return send(HttpRequest.newBuilder(URI.create(base() + "/login")).header("Cookie", cookie(page))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private String signedIn(String user, String password) throws Exception {
        HttpResponse<String> answer = formSignIn(user, password);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error").doesNotContain("locked");
        return cookie(answer);
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private int me(String session) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/users/me")).header("Cookie", session)
                .header("X-Requested-With", "XMLHttpRequest")).statusCode();
    }

    private HttpResponse<String> changeOwn(String session, String current, String next) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/users/me/password")).header("Cookie", session)
                .header("Origin", base()).header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\": \"" + current + "\", \"newPassword\": \"" + next + "\"}")));
    }

    private HttpRequest.Builder importRequest() {
        String boundary = "----luodian-test";
        String csv = "工单编号,来电时间,诉求类别,诉求内容,紧急程度,经度,纬度,坐标系,位置描述,联系人,联系电话\n"
                + "X-1,2026-11-20 09:00,B0101,跨站伪造的工单,一般,116.72,39.76,wgs84,,,\n";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(URI.create(base() + "/api/v1/cases/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private long cases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM city_case", Long.class);
    }

    private List<String> auditActions(String type, String id) {
        return jdbc.queryForList("SELECT action FROM audit_log WHERE entity_type = ? AND entity_id = ?", String.class, type, id);
    }

    /** A GET with a Host header of our choosing (java.net.http refuses to send one). */
    private String raw(String path, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}
