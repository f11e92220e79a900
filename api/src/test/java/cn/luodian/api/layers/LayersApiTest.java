package cn.luodian.api.layers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luodian.api.storage.PostgisForTest;
import cn.luodian.api.system.TempDirsForTest;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.LayerStore.Origin;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.WriteMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The layers and places endpoints over HTTP, on H2GIS and on PostGIS. */
class LayersApiTest {

    @SpringBootTest
    @AutoConfigureMockMvc
    abstract static class Endpoints {
        @Autowired
        MockMvc http;
        @Autowired
        JdbcLayerStore store;
        @Autowired
        JdbcTemplate jdbc;

        static Geometry wkt(String wkt) throws Exception {
            Geometry geometry = new WKTReader().read(wkt);
            geometry.setSRID(4326);
            return geometry;
        }

        @BeforeEach
        void load() throws Exception {
            store.write(LayerBatch.builder()
                    .add(new AdminArea("110112", "通州区", AdminLevel.DISTRICT, "110000",
                            wkt("POLYGON ((116.5 39.6, 117.0 39.6, 117.0 40.0, 116.5 40.0, 116.5 39.6))")))
                    .add(new AdminArea("110112106", "漷县镇", AdminLevel.TOWNSHIP, "110112",
                            wkt("POLYGON ((116.7 39.7, 116.9 39.7, 116.9 39.8, 116.7 39.8, 116.7 39.7))")))
                    .add(new Road("长凌营环路", RoadClass.RESIDENTIAL, "", wkt("LINESTRING (116.75 39.75, 116.76 39.75)")))
                    .add(new Road("京哈高速", RoadClass.MOTORWAY, "G1", wkt("LINESTRING (116.55 39.95, 116.56 39.95)")))
                    .build(), WriteMode.REPLACE, Origin.IMPORT, "test");
            store.writeDivisionCodes(List.of(new DivisionCode("110112106213", "长凌营村村委会", "110112106"),
                    new DivisionCode("110112106", "漷县镇", "110112")));
        }

        @Test
        void listsLayersWithCounts() throws Exception {
            http.perform(get("/api/v1/layers"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.demo").value(false))
                    .andExpect(jsonPath("$.layers[0].id").value("admin"))
                    .andExpect(jsonPath("$.layers[0].featureCount").value(2))
                    .andExpect(jsonPath("$.layers[2].id").value("roads"))
                    .andExpect(jsonPath("$.layers[2].featureCount").value(2));
        }

        @Test
        void layerByBoundingBoxIsGeoJson() throws Exception {
            http.perform(get("/api/v1/layers/roads").param("bbox", "116.74,39.74,116.77,39.76"))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                    .andExpect(jsonPath("$.type").value("FeatureCollection"))
                    .andExpect(jsonPath("$.features", hasSize(1)))
                    .andExpect(jsonPath("$.features[0].properties.name").value("长凌营环路"))
                    .andExpect(jsonPath("$.features[0].geometry.type").value("LineString"))
                    .andExpect(jsonPath("$.features[0].geometry.coordinates[0][0]").value(116.75));
        }

        @Test
        void adminByLevelAndLimit() throws Exception {
            http.perform(get("/api/v1/layers/admin").param("level", "township"))
                    .andExpect(jsonPath("$.features", hasSize(1)))
                    .andExpect(jsonPath("$.features[0].properties.code").value("110112106"));
            http.perform(get("/api/v1/layers/admin").param("limit", "1"))
                    .andExpect(jsonPath("$.features", hasSize(1)))
                    .andExpect(jsonPath("$.truncated").value(true));
        }

        @Test
        void placeByCodeWithParents() throws Exception {
            http.perform(get("/api/v1/places/110112106"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.type").value("Feature"))
                    .andExpect(jsonPath("$.properties.name").value("漷县镇"))
                    .andExpect(jsonPath("$.properties.level").value("township"))
                    .andExpect(jsonPath("$.properties.parents[0].name").value("通州区"))
                    .andExpect(jsonPath("$.geometry.type").value("Polygon"));
            http.perform(get("/api/v1/places/110112106213"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.properties.name").value("长凌营村"))
                    .andExpect(jsonPath("$.properties.officialName").value("长凌营村村委会"))
                    .andExpect(jsonPath("$.properties.hasGeometry").value(false))
                    .andExpect(jsonPath("$.properties.parents[1].name").value("漷县镇"));
        }

        @Test
        void badRequestsAreProblemJson() throws Exception {
            http.perform(get("/api/v1/layers/rivers"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").value(containsString("没有图层 'rivers'")));
            http.perform(get("/api/v1/layers/roads").param("bbox", "39.7,116.7,39.8"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("最小经度,最小纬度,最大经度,最大纬度")));
            http.perform(get("/api/v1/layers/roads").param("bbox", "116.8,39.7,116.7,39.8"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("最小值大于最大值")));
            http.perform(get("/api/v1/layers/roads").param("level", "township"))
                    .andExpect(status().isBadRequest());
            http.perform(get("/api/v1/layers/roads").param("limit", "0"))
                    .andExpect(status().isBadRequest());
            http.perform(get("/api/v1/places/12345"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400));
            http.perform(get("/api/v1/places/110112999999"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }

        @Test
        void healthIsUp() throws Exception {
            http.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        }
    }

    @Nested
    class OnH2gis extends Endpoints {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) throws Exception {
            Path dir = TempDirsForTest.create("luodian-api-test");
            registry.add("luodian.data-dir", dir::toString);
            registry.add("luodian.demo", () -> "false");
        }
    }

    @Nested
    class OnPostgis extends Endpoints {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) throws Exception {
            registry.add("luodian.demo", () -> "false");
            registry.add("spring.datasource.url", () -> PostgisForTest.get().createDatabase());
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        }
    }
}
