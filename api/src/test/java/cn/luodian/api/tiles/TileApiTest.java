package cn.luodian.api.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luodian.api.cases.CaseAction;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseTransitions;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.cases.TransitionRequest;
import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.layers.JdbcLayerStore;
import cn.luodian.api.storage.PostgisForTest;
import cn.luodian.api.system.TempDirsForTest;
import cn.luodian.geo.crs.ChinaOffsets;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.WebMercator;
import cn.luodian.geo.tile.mvt.VectorTileReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The tile endpoints over HTTP on a small district, on H2GIS and on PostGIS; tiles decoded and checked. */
class TileApiTest {

    /** About what the tiles hold, so the case layer is open here as a district may configure it (CaseTilesSignInTest). */
    @SpringBootTest(properties = "luodian.security.open-case-tiles=true")
    @AutoConfigureMockMvc
    abstract static class Endpoints {
        @Autowired MockMvc http;
        @Autowired JdbcLayerStore store;
        @Autowired ReferenceIndexHolder reference;
        @Autowired CaseService cases;
        @Autowired CaseTransitions transitions;
        @Autowired CasePointIndex index;
        @Autowired TileCache cache;

        @BeforeEach
        void load() {
            if (store.count(Layer.ADMIN) == 0) {
                TileDataForTest.loadReference(store, reference);
                TileDataForTest.reportCases(cases);
            }
        }

        MvcResult tile(String path) throws Exception {
            return http.perform(get(path)).andReturn();
        }

        Map<String, List<Geometry>> decode(String path) throws Exception {
            MvcResult result = http.perform(get(path)).andExpect(status().isOk())
                    .andExpect(content().contentType("application/vnd.mapbox-vector-tile")).andReturn();
            return VectorTileReader.read(result.getResponse().getContentAsByteArray());
        }

        @Test
        void catalogListsTheVectorLayers() throws Exception {
            http.perform(get("/tiles/catalog")).andExpect(status().isOk())
                    .andExpect(jsonPath("$.layers[*].id", contains("admin", "grid", "roads", "waterways", "landmarks", "cases", "basemap", "heat", "hotspots", "patrols", "grids")))
                    .andExpect(jsonPath("$.layers[6].kind").value("raster"))
                    .andExpect(jsonPath("$.layers[6].tiles").value("/tiles/basemap/{z}/{x}/{y}.png"))
                    .andExpect(jsonPath("$.layers[1].kind").value("vector"))
                    .andExpect(jsonPath("$.layers[1].minzoom").value(13))
                    .andExpect(jsonPath("$.layers[5].tiles").value("/tiles/cases/{z}/{x}/{y}.mvt"));
        }

        @Test
        void tileJsonDescribesTheLayersAndMarksDemoData() throws Exception {
            http.perform(get("/tiles/admin,cases.json").param("crs", "gcj02").param("state", "received"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.tilejson").value("3.0.0"))
                    .andExpect(jsonPath("$.tiles[0]").value("/tiles/admin,cases/{z}/{x}/{y}.mvt?crs=gcj02&state=received"))
                    .andExpect(jsonPath("$.vector_layers[*].id", contains("admin", "cases")))
                    .andExpect(jsonPath("$.vector_layers[1].fields.count").exists())
                    .andExpect(jsonPath("$.bounds", contains(116.5, 39.6, 117.0, 40.0)))
                    .andExpect(jsonPath("$.attribution").value(containsString("示意数据")));
            http.perform(get("/tiles/roads.json"))
                    .andExpect(jsonPath("$.attribution").value(not(containsString("示意数据"))))
                    .andExpect(jsonPath("$.minzoom").value(5));
        }

        @Test
        void referenceLayersAreOnTheTileAtTheirPixels() throws Exception {
            TileAddress address = TileAddress.containing(TileDataForTest.ROAD_START_LON, TileDataForTest.ROAD_LAT, 14);
            TileFrame frame = TileFrame.of(address, 4096);

            Map<String, List<Geometry>> tile = decode("/tiles/admin,grid,roads/" + address + ".mvt");

            assertThat(tile.keySet()).containsExactly("admin", "grid", "roads");
            assertThat(tile.get("admin")).extracting(g -> VectorTileReader.properties(g).get("name"))
                    .containsExactly("通州区", "漷县镇", "长凌营村");
            assertThat(VectorTileReader.properties(tile.get("grid").get(0))).containsEntry("code", "110112106213001");
            Geometry road = tile.get("roads").get(0);
            assertThat(VectorTileReader.properties(road)).containsEntry("name", "长凌营环路").containsEntry("class", "residential");
            assertThat(road.getCoordinates()[0].x).isEqualTo(Math.round(frame.pixelX(WebMercator.xMetres(TileDataForTest.ROAD_START_LON))));
            assertThat(road.getCoordinates()[0].y).isEqualTo(Math.round(frame.pixelY(WebMercator.yMetres(TileDataForTest.ROAD_LAT))));
        }

        @Test
        void aCaseIsAPointWithPublicFieldsAtItsPixelAndGcj02MovesIt() throws Exception {
            CityCase first = index.snapshot().find(firstCaseId()).map(p -> cases.findByNumber(p.number(),
                    TileDataForTest.DISPATCHER).orElseThrow()).orElseThrow();
            TileAddress address = TileAddress.containing(first.lon(), first.lat(), 17);
            TileFrame frame = TileFrame.of(address, 4096);

            Geometry point = decode("/tiles/cases/" + address + ".mvt").get("cases").stream()
                    .filter(g -> VectorTileReader.properties(g).get("id").equals(first.id())).findFirst().orElseThrow();

            assertThat(point.getCoordinate().x).isEqualTo(Math.round(frame.pixelX(WebMercator.xMetres(first.lon()))));
            assertThat(point.getCoordinate().y).isEqualTo(Math.round(frame.pixelY(WebMercator.yMetres(first.lat()))));
            assertThat(VectorTileReader.properties(point)).containsOnlyKeys("id", "number", "category", "state", "urgency",
                    "overdue", "count").containsEntry("number", first.number()).containsEntry("state", "received");

            Coordinate gcj = ChinaOffsets.wgs84ToGcj02(first.lon(), first.lat());
            TileAddress shiftedAddress = TileAddress.containing(gcj.x, gcj.y, 17);
            TileFrame shiftedFrame = TileFrame.of(shiftedAddress, 4096);
            Geometry shifted = decode("/tiles/cases/" + shiftedAddress + ".mvt?crs=gcj02").get("cases").stream()
                    .filter(g -> VectorTileReader.properties(g).get("id").equals(first.id())).findFirst().orElseThrow();
            assertThat(shiftedAddress).isNotEqualTo(address); // the offset is hundreds of metres: several z17 tiles
            assertThat(shifted.getCoordinate().x).isEqualTo(Math.round(shiftedFrame.pixelX(WebMercator.xMetres(gcj.x))));
            assertThat(shifted.getCoordinate().y).isEqualTo(Math.round(shiftedFrame.pixelY(WebMercator.yMetres(gcj.y))));
        }

        @Test
        void atLowZoomClusterCountsAddUpToTheCasesAndFiltersApply() throws Exception {
            TileAddress address = TileAddress.containing(116.75, 39.75, 10);
            List<Geometry> all = decode("/tiles/cases/" + address + ".mvt").get("cases");
            List<Geometry> garbage = decode("/tiles/cases/" + address + ".mvt?category=RX01").get("cases");

            int total = index.snapshot().size();
            assertThat(all.stream().mapToLong(g -> (Long) VectorTileReader.properties(g).get("count")).sum()).isEqualTo(total);
            assertThat(all).anySatisfy(g -> assertThat(VectorTileReader.properties(g)).containsEntry("cluster", true));
            assertThat(garbage.stream().mapToLong(g -> (Long) VectorTileReader.properties(g).get("count")).sum())
                    .isEqualTo(index.snapshot().list().stream().filter(p -> p.category().startsWith("RX01")).count())
                    .isBetween(1L, total - 1L);
            assertThat(tile("/tiles/cases/" + address + ".mvt?state=closed").getResponse().getStatus()).isEqualTo(204);
        }

        @Test
        void emptyNotModifiedUnknownAndOutOfRange() throws Exception {
            http.perform(get("/tiles/admin/14/0/0.mvt")).andExpect(status().isNoContent());
            TileAddress address = TileAddress.containing(116.75, 39.75, 12);
            MvcResult first = tile("/tiles/admin,cases/" + address + ".mvt");
            String etag = first.getResponse().getHeader("ETag");
            assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
            assertThat(first.getResponse().getHeader("Cache-Control")).contains("max-age=10");
            http.perform(get("/tiles/admin,cases/" + address + ".mvt").header("If-None-Match", etag))
                    .andExpect(status().isNotModified()).andExpect(header().string("ETag", etag));
            http.perform(get("/tiles/roads/" + address + ".mvt")).andExpect(header().string("Cache-Control", containsString("max-age=3600")));

            int cached = cache.size();
            http.perform(get("/tiles/admin,rivers/12/3376/1553.mvt")).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.detail").value(containsString("没有瓦片图层 'rivers'")))
                    .andExpect(jsonPath("$.knownLayers", hasItem("cases")));
            http.perform(get("/tiles/admin/23/0/0.mvt")).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
            http.perform(get("/tiles/admin/3/8/0.mvt")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("瓦片列号 x=8 超出范围")));
            http.perform(get("/tiles/admin/3/x/0.mvt")).andExpect(status().isBadRequest());
            http.perform(get("/tiles/admin/" + address + ".mvt?crs=bd09")).andExpect(status().isBadRequest());
            http.perform(get("/tiles/cases/" + address + ".mvt?state=lost")).andExpect(status().isBadRequest());
            http.perform(get("/tiles/cases/" + address + ".mvt?overdue=maybe")).andExpect(status().isBadRequest());
            http.perform(get("/tiles/cases/" + address + ".mvt?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z"))
                    .andExpect(status().isBadRequest());
            http.perform(get("/tiles/admin,admin/" + address + ".mvt")).andExpect(status().isBadRequest());
            assertThat(cache.size()).isEqualTo(cached);
        }

        @Test
        void aNewOrChangedCaseIsOnTheNextTile() throws Exception {
            TileAddress address = TileAddress.containing(116.7531, 39.7571, 15);
            String path = "/tiles/cases/" + address + ".mvt";
            byte[] before = tile(path).getResponse().getContentAsByteArray();

            CityCase added = TileDataForTest.report(cases, "S0102", 116.7531, 39.7571);
            Map<String, Object> shown = propertiesOf(path, added.id());
            assertThat(shown).containsEntry("state", "received").containsEntry("category", "S0102");
            assertThat(tile(path).getResponse().getContentAsByteArray()).isNotEqualTo(before);

            transitions.apply(added.id(), new TransitionRequest(CaseAction.REGISTER, null, null, null, null),
                    TileDataForTest.DISPATCHER);
            assertThat(propertiesOf(path, added.id())).containsEntry("state", "registered");

            // The index read back from the store agrees with the one kept by the events.
            var kept = index.snapshot().find(added.id()).orElseThrow();
            index.reload();
            assertThat(index.snapshot().find(added.id()).orElseThrow().state()).isEqualTo(kept.state()).isEqualTo("registered");
            assertThat(index.snapshot().find(added.id()).orElseThrow().number()).isEqualTo(added.number());
        }

        @Test
        void reimportingALayerClearsItsTilesOnly() throws Exception {
            TileAddress address = TileAddress.containing(TileDataForTest.ROAD_START_LON, TileDataForTest.ROAD_LAT, 14);
            String roads = "/tiles/roads/" + address + ".mvt";
            String admin = "/tiles/admin/" + address + ".mvt";
            String roadsBefore = tile(roads).getResponse().getHeader("ETag");
            String adminBefore = tile(admin).getResponse().getHeader("ETag");

            store.write(cn.luodian.geo.layer.LayerBatch.builder()
                    .add(new cn.luodian.geo.layer.Road("长凌营环路", cn.luodian.geo.layer.RoadClass.RESIDENTIAL, "",
                            TileDataForTest.wkt("LINESTRING (116.7501 39.7501, 116.7599 39.7501)")))
                    .add(new cn.luodian.geo.layer.Road("新修路", cn.luodian.geo.layer.RoadClass.RESIDENTIAL, "",
                            TileDataForTest.wkt("LINESTRING (116.7501 39.7521, 116.7599 39.7521)")))
                    .build(), cn.luodian.geo.layer.WriteMode.REPLACE, cn.luodian.geo.layer.LayerStore.Origin.IMPORT, "roads again");
            reference.invalidate();

            assertThat(decode(roads).get("roads")).extracting(g -> VectorTileReader.properties(g).get("name"))
                    .contains("长凌营环路", "新修路");
            assertThat(tile(roads).getResponse().getHeader("ETag")).isNotEqualTo(roadsBefore);
            // The admin tile stayed cached: only the changed layer's tiles were evicted.
            assertThat(cache.get(new TileKey(List.of("admin"), address, cn.luodian.geo.tile.PointShift.NONE,
                    cn.luodian.geo.points.CasePointFilter.ALL))).isPresent();
            assertThat(tile(admin).getResponse().getHeader("ETag")).isEqualTo(adminBefore);
        }

        private Map<String, Object> propertiesOf(String path, long id) throws Exception {
            return decode(path).get("cases").stream().map(VectorTileReader::properties)
                    .filter(p -> p.get("id").equals(id)).findFirst().orElseThrow();
        }

        private long firstCaseId() {
            return index.snapshot().list().stream().mapToLong(p -> p.id()).min().orElseThrow();
        }
    }

    @Nested
    class OnH2gis extends Endpoints {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) throws Exception {
            registry.add("luodian.data-dir", TempDirsForTest.create("luodian-tiles-test")::toString);
            registry.add("luodian.demo", () -> "false");
        }
    }

    @Nested
    class OnPostgis extends Endpoints {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) {
            registry.add("luodian.demo", () -> "false");
            registry.add("spring.datasource.url", () -> PostgisForTest.get().createDatabase());
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        }
    }
}
