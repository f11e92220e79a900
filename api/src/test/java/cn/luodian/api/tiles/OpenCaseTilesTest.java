package cn.luodian.api.tiles;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luodian.api.system.TempDirsForTest;
import java.nio.file.Path;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** {@code luodian.security.open-case-tiles=true}: the district publishes its case tiles to anyone. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenCaseTilesTest {
    @Autowired
    MockMvc http;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        Path dir = TempDirsForTest.create("luodian-open-case-tiles");
        registry.add("luodian.data-dir", dir::toString);
        registry.add("luodian.demo", () -> "false");
        registry.add("luodian.security.open-case-tiles", () -> "true");
    }

    @Test
    void anonymousCallersReadCaseTilesAndTheCatalogueListsThem() throws Exception {
        http.perform(get("/tiles/cases/12/3375/1553.mvt")).andExpect(status().is2xxSuccessful())
                .andExpect(header().string("Cache-Control", Matchers.containsString("public")));
        http.perform(get("/tiles/heat/12/3375/1553.png")).andExpect(status().is2xxSuccessful());
        http.perform(get("/tiles/catalog")).andExpect(jsonPath("$.layers[*].id", Matchers.hasItems("cases", "heat", "hotspots")));
    }
}
