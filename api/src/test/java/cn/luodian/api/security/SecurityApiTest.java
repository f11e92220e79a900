package cn.luodian.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luodian.api.demo.DemoUsers;
import cn.luodian.api.system.TempDirsForTest;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who may call what, with the default settings (reference reads open), on H2GIS without the demo. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SecurityApiTest {
    @Autowired
    MockMvc http;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        Path dir = TempDirsForTest.create("luodian-security-test");
        registry.add("luodian.data-dir", dir::toString);
        registry.add("luodian.demo", () -> "false");
        registry.add("luodian.security.admin-password", () -> "test-root-mima-2026");
    }

    @BeforeEach
    void users() {
        UsersForTest.createAll(accounts, jdbc);
    }

    private static MockHttpServletRequestBuilder as(Role role, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(UsersForTest.username(role), UsersForTest.password(role)));
    }

    private static String newUser(String username, String password, String role, String scope, String unitId) {
        return """
                {"username": "%s", "password": "%s", "role": "%s", "displayName": "测试", "scopeCode": "%s", "unitId": %s}
                """.formatted(username, password, role, scope, unitId);
    }

    @Test
    void anonymousReadsReferenceData() throws Exception {
        http.perform(get("/api/v1/layers")).andExpect(status().isOk());
        http.perform(get("/api/v1/layers/roads")).andExpect(status().isOk());
        http.perform(get("/api/v1/describe").param("lon", "116.72").param("lat", "39.76")).andExpect(status().isOk());
        http.perform(post("/api/v1/describe").contentType(MediaType.APPLICATION_JSON)
                .content("{\"points\": [[116.72, 39.76]]}")).andExpect(status().isOk());
        http.perform(get("/actuator/health")).andExpect(status().isOk());
        http.perform(get("/")).andExpect(status().isOk());
        http.perform(get("/js/main.js")).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/users/me", "/api/v1/users", "/api/v1/cases", "/api/v1/cases/1",
        "/api/v1/stats/rates"})
    void anonymousGets401ProblemJsonWhereASignInIsNeeded(String path) throws Exception {
        http.perform(get(path))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("未登录"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString("请先登录")))
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
    }

    @Test
    void theBrowsersOwnRequestsGetNoPasswordDialog() throws Exception {
        http.perform(get("/api/v1/users/me").header("X-Requested-With", "XMLHttpRequest"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void aWrongPasswordIs401AndNotAnError(CapturedOutput output) throws Exception {
        int before = output.getOut().length();
        http.perform(get("/api/v1/users/me").with(httpBasic("admin", "not-the-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("未登录"))
                .andExpect(jsonPath("$.detail").value(containsString("用户名或密码错误")));
        http.perform(get("/api/v1/users/me").with(httpBasic("nobody", "not-the-password")))
                .andExpect(status().isUnauthorized());
        // Even on an open endpoint, bad credentials are refused rather than ignored.
        http.perform(get("/api/v1/layers").with(httpBasic("admin", "not-the-password")))
                .andExpect(status().isUnauthorized());
        assertThat(output.getAll().substring(Math.min(before, output.getAll().length()))).doesNotContain(" ERROR ");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleSeesItself(Role role) throws Exception {
        http.perform(as(role, get("/api/v1/users/me")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(UsersForTest.username(role)))
                .andExpect(jsonPath("$.role").value(role.name()))
                .andExpect(jsonPath("$.scopeCode").value(UsersForTest.scope(role)))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
    }

    @Test
    void theUnitUserCarriesTheUnit() throws Exception {
        http.perform(as(Role.RESPONSIBLE_UNIT, get("/api/v1/users/me")))
                .andExpect(jsonPath("$.unitId").value(UsersForTest.unitId(jdbc)));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAdminManagesUsers(Role role) throws Exception {
        http.perform(as(role, post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(newUser("intruder", "long-enough-password", "ADMIN", "", "null")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("无权限"));
        http.perform(as(role, get("/api/v1/users"))).andExpect(status().isForbidden());
        http.perform(as(role, get("/api/v1/audit"))).andExpect(status().isForbidden());
        assertThat(accounts.find("intruder")).isEmpty();
    }

    @Test
    void adminReadsTheAuditLogByPersonEntityAndTime() throws Exception {
        http.perform(as(Role.ADMIN, post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(newUser("audit.reader", "a-good-long-password", "planner", "", "null")))
                .andExpect(status().isCreated());
        String admin = UsersForTest.username(Role.ADMIN);
        http.perform(as(Role.ADMIN, get("/api/v1/audit").param("entityType", "user").param("entityId", "audit.reader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.entries[0].actor").value(admin))
                .andExpect(jsonPath("$.entries[0].action").value("user.create"));
        http.perform(as(Role.ADMIN, get("/api/v1/audit").param("actor", admin).param("limit", "1")))
                .andExpect(jsonPath("$.entries.length()").value(1));
        http.perform(as(Role.ADMIN, get("/api/v1/audit").param("entityId", "audit.reader").param("from", "2999-01-01T00:00:00Z")))
                .andExpect(jsonPath("$.entries.length()").value(0));
        http.perform(as(Role.ADMIN, get("/api/v1/audit").param("from", "昨天")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("ISO-8601")));
        http.perform(as(Role.ADMIN, get("/api/v1/audit").param("limit", "501"))).andExpect(status().isBadRequest());
        http.perform(as(Role.ADMIN, get("/api/v1/audit").param("actor", "a\u0000b"))).andExpect(status().isBadRequest());
    }

    @Test
    void adminCreatesAUserWhoCanSignInAndTheCreationIsAudited() throws Exception {
        http.perform(as(Role.ADMIN, post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(newUser("wang.li", "a-good-long-password", "township_staff", "110112121", "null")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("wang.li"))
                .andExpect(jsonPath("$.role").value("TOWNSHIP_STAFF"))
                .andExpect(jsonPath("$.roleName").value("街乡镇工作人员"))
                .andExpect(jsonPath("$.password").doesNotExist());
        http.perform(get("/api/v1/users/me").with(httpBasic("wang.li", "a-good-long-password")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scopeCode").value("110112121"));
        http.perform(as(Role.ADMIN, get("/api/v1/users")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("wang.li")))
                .andExpect(jsonPath("$[*].passwordHash").doesNotExist());

        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'wang.li'", String.class))
                .startsWith("{bcrypt}").doesNotContain("a-good-long-password");
        assertThat(audit.list("user", "wang.li")).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(UsersForTest.username(Role.ADMIN));
            assertThat(entry.action()).isEqualTo("user.create");
            assertThat(entry.detailJson()).contains("\"scopeCode\":\"110112121\"").doesNotContain("password");
        });
    }

    @Test
    void aTakenNameIs409() throws Exception {
        http.perform(as(Role.ADMIN, post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(newUser("test.planner", "another-long-password", "PLANNER", "110112", "null")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Upper|a-good-long-password|PLANNER|110112|null|用户名应为",
        "x|a-good-long-password|PLANNER|110112|null|用户名应为",
        "shorty|too-short|PLANNER|110112|null|至少要有 10 个字符",
        "samenamexx|SameNameXX|PLANNER|110112|null|不能包含用户名",
        "li.ming|Li.Ming-zhuhai-9|PLANNER|110112|null|不能包含用户名",
        "mayor|a-good-long-password|MAYOR|110112|null|角色无效",
        "wide|a-good-long-password|PLANNER|1101|null|辖区应为",
        "unitless|a-good-long-password|RESPONSIBLE_UNIT|110112|null|责任单位角色须指定所属责任单位",
        "staff|a-good-long-password|PLANNER|110112|1|只有责任单位角色才能指定",
        "ghostunit|a-good-long-password|RESPONSIBLE_UNIT|110112|987654|不是责任单位",
    })
    void badUsersAre400AndNothingIsStored(String line) throws Exception {
        String[] f = line.split("\\|");
        http.perform(as(Role.ADMIN, post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(newUser(f[0], f[1], f[2], f[3], f[4])))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString(f[5])));
        assertThat(accounts.find(f[0])).isEmpty();
        assertThat(audit.list("user", f[0])).isEmpty();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIs400() throws Exception {
        http.perform(as(Role.ADMIN, post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(newUser("verbose", "密码".repeat(13), "PLANNER", "110112", "null")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("72 字节")));
        http.perform(get("/api/v1/users/me").with(httpBasic("admin", "x".repeat(100))))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theBrowserIsSentToTheLoginPage() throws Exception {
        http.perform(get("/some/page").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        http.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void theLoginFormSignsInWithItsCsrfToken() throws Exception {
        http.perform(post("/login").param("username", "admin").param("password", "test-root-mima-2026").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        http.perform(post("/login").param("username", "admin").param("password", "wrong-password").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        http.perform(post("/login").param("username", "admin").param("password", "test-root-mima-2026"))
                .andExpect(status().isForbidden());
        http.perform(get("/logout")).andExpect(content().string(containsString("退出登录")));
        http.perform(post("/logout").with(csrf()).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void withoutTheDemoThereAreNoDemoUsers() {
        assertThat(DemoUsers.USERS).allSatisfy(demo -> assertThat(accounts.find(demo.username())).isEmpty());
    }

    @Test
    void scriptsNeedNoCsrfToken() throws Exception {
        http.perform(as(Role.ADMIN, post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content(newUser("script.made", "a-good-long-password", "PLANNER", "110112", "null")))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }
}
