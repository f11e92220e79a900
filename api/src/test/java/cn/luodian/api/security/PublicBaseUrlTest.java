package cn.luodian.api.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.luodian.api.system.TempDirsForTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With {@code luodian.security.public-base-url} set, absolute links use it whatever the request's
 * {@code Host} (issue 15, finding 9).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicBaseUrlTest {
    @Autowired
    MockMvc http;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        Path dir = TempDirsForTest.create("luodian-public-base-url");
        registry.add("luodian.data-dir", dir::toString);
        registry.add("luodian.demo", () -> "false");
        registry.add("luodian.security.admin-password", () -> "test-root-mima-2026");
        registry.add("luodian.security.public-base-url", () -> "https://Luodian.Example.cn/gis/");
    }

    @Test
    void tileJsonAndTheFeedLinkToTheConfiguredAddressWhateverTheHostHeaderSays() throws Exception {
        http.perform(get("/tiles/admin.json").header("Host", "evil.example"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tiles[0]").value("https://luodian.example.cn/gis/tiles/admin/{z}/{x}/{y}.mvt"));
        http.perform(get("/exposure/feed.atom").header("Host", "evil.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<link rel=\"self\" href=\"https://luodian.example.cn/gis/exposure/feed.atom\"/>")))
                .andExpect(content().string(not(containsString("evil.example"))));
    }
}
