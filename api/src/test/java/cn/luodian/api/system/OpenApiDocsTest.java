package cn.luodian.api.system;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document lists every public area of the API, and Swagger UI serves it. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocsTest {
    @Autowired MockMvc http;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        String dir = TempDirsForTest.create("luodian-openapi").toString();
        registry.add("luodian.data-dir", () -> dir);
    }

    @Test
    void theDocumentListsCasesDescribeLocateLayersAndOpen311() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("落点 Luodian API"))
                .andExpect(jsonPath("$.info.description").value(containsString("落点")))
                .andExpect(jsonPath("$.paths['/api/v1/cases'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/import'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/describe'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/locate'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/layers'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/components'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/components/{code}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/layers/{layer}'].get").exists())
                .andExpect(jsonPath("$.paths['/open311/v2/services.json'].get").exists())
                .andExpect(jsonPath("$.paths['/open311/v2/services/{code}.json'].get").exists())
                .andExpect(jsonPath("$.paths['/open311/v2/requests.json'].get").exists())
                .andExpect(jsonPath("$.paths['/open311/v2/requests.json'].post").exists())
                .andExpect(jsonPath("$.paths['/open311/v2/requests/{id}.json'].get").exists())
                .andExpect(jsonPath("$.paths['/open311/v2/services.xml']").doesNotExist())
                // The signed-in actor comes from the session, not from the client.
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}'].get.parameters[*].name", not(hasItem("username"))))
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}'].get.parameters[*].name", not(hasItem("role"))))
                .andExpect(jsonPath("$.paths['/api/v1/grids'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/grids'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/grids/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/grids/{id}/people'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/grids/{id}/history'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/grids/import'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/grids/{id}'].get.parameters[*].name", not(hasItem("username"))))
                .andExpect(jsonPath("$.paths['/api/v1/grids/assessment'].get.parameters[*].name",
                        contains("by", "month", "from", "to", "township")))
                .andExpect(jsonPath("$.paths['/api/v1/grids/assessment.csv'].get").exists());
    }

    @Test
    void theDocumentListsEveryHotspotAnalysis() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/hotspots/{analysis}'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/hotspots/{analysis}'].post.parameters[0].schema.enum",
                        contains("gi-star", "local-moran", "kernel-density", "emerging", "warnings", "monthly-topics")));
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        http.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")));
    }
}
