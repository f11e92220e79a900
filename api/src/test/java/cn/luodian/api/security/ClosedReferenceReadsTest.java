package cn.luodian.api.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luodian.api.system.TempDirsForTest;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** {@code luodian.security.open-reference-reads=false}: reference reads and tiles need a sign-in too. */
@SpringBootTest
@AutoConfigureMockMvc
class ClosedReferenceReadsTest {
    @Autowired
    MockMvc http;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        Path dir = TempDirsForTest.create("luodian-closed-test");
        registry.add("luodian.data-dir", dir::toString);
        registry.add("luodian.demo", () -> "false");
        registry.add("luodian.security.open-reference-reads", () -> "false");
    }

    @BeforeEach
    void users() {
        UsersForTest.createAll(accounts, jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/layers", "/api/v1/layers/roads", "/api/v1/places/110112",
        "/api/v1/places?lon=116.7&lat=39.7", "/api/v1/grid/cells/110112106213001", "/api/v1/describe?lon=116.7&lat=39.7",
        "/api/v1/locate?text=漷县镇", "/api/v1/categories", "/tiles/roads/12/3400/1550.mvt", "/tiles/catalog",
        "/tiles/cases.json"})
    void anonymousGets401(String path) throws Exception {
        http.perform(get(path))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("未登录"));
    }

    @Test
    void anonymousCannotPostToDescribeOrLocate() throws Exception {
        http.perform(post("/api/v1/describe").contentType(MediaType.APPLICATION_JSON).content("{\"points\": []}"))
                .andExpect(status().isUnauthorized());
        http.perform(post("/api/v1/locate").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"漷县镇\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void signedInUsersReadAndThePageStaysOpen() throws Exception {
        http.perform(get("/api/v1/layers").with(httpBasic(UsersForTest.username(Role.PLANNER),
                UsersForTest.password(Role.PLANNER)))).andExpect(status().isOk());
        http.perform(get("/")).andExpect(status().isOk());
        http.perform(get("/login")).andExpect(status().isOk());
        http.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}
