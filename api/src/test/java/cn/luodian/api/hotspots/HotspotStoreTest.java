package cn.luodian.api.hotspots;

import cn.luodian.api.security.ActorArgumentForTest;
import static cn.luodian.api.hotspots.HotspotCasesForTest.CLUSTER;
import static cn.luodian.api.hotspots.HotspotCasesForTest.DISTRICT;
import static cn.luodian.api.hotspots.HotspotCasesForTest.HUOXIAN;
import static cn.luodian.api.hotspots.HotspotCasesForTest.LIYUAN;
import static cn.luodian.api.hotspots.HotspotCasesForTest.LIYUAN_STAFF;
import static cn.luodian.api.hotspots.HotspotCasesForTest.PLANNER;
import static cn.luodian.api.hotspots.HotspotCasesForTest.SONGZHUANG;
import static cn.luodian.api.hotspots.HotspotCasesForTest.ZHANGJIAWAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luodian.api.cases.CaseService;
import cn.luodian.api.security.Actor;
import cn.luodian.api.storage.PostgisForTest;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.ProblemDetailsAdvice;
import cn.luodian.api.system.SettableClock;
import cn.luodian.api.system.TempDirsForTest;
import cn.luodian.geo.hotspot.AnalysisUnits;
import cn.luodian.geo.hotspot.GetisOrdGiStar;
import cn.luodian.geo.hotspot.GiStarResult;
import cn.luodian.geo.hotspot.SpatialWeights;
import cn.luodian.geo.hotspot.WeightStyle;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The hotspot endpoints over {@link HotspotCasesForTest} on H2GIS and PostGIS: units and their
 * counts, every analysis, reproducibility, jurisdictions. Requests go through the controller (JSON
 * binding, formats, problem+json) with the actor set by {@link ActorArgumentForTest}.
 */
class HotspotStoreTest {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Five points near 漷县镇 with a count each, as a planner would upload them. */
    static final String UPLOAD = "{\"type\": \"FeatureCollection\", \"features\": ["
            + point("A", "甲", 116.770, 39.750, 9) + "," + point("B", "乙", 116.772, 39.751, 8) + ","
            + point("C", "丙", 116.790, 39.770, 1) + "," + point("D", "丁", 116.800, 39.780, 0) + ","
            + point("E", "戊", 116.771, 39.752, 7) + "]}";

    static String point(String code, String name, double lon, double lat, double count) {
        return "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [" + lon + ", " + lat + "]}, "
                + "\"properties\": {\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"count\": " + count + "}}";
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock(HotspotCasesForTest.AS_OF);
        }
    }

    @SpringBootTest(classes = {cn.luodian.api.LuodianApplication.class, Clocks.class})
    abstract static class OnStore {
        @Autowired CaseService service;
        @Autowired SettableClock clock;
        @Autowired JdbcTemplate jdbc;
        @Autowired HotspotController controller;
        @Autowired HotspotInputs inputs;
        @Autowired HotspotUnits units;

        final ActorArgumentForTest actor = new ActorArgumentForTest();
        MockMvc http;

        @BeforeEach
        void setUp() {
            new HotspotCasesForTest(service, clock, jdbc).build();
            http = MockMvcBuilders.standaloneSetup(controller).setCustomArgumentResolvers(actor)
                    .setControllerAdvice(new ProblemDetailsAdvice()).build();
            actor.actAs(PLANNER);
        }

        ResultActions post(String path, String body) throws Exception {
            return http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/hotspots/" + path)
                    .contentType(MediaType.APPLICATION_JSON).content(body));
        }

        UnitValues values(String json, Actor who) throws Exception {
            HotspotRequest request = MAPPER.readValue(json, HotspotRequest.class);
            return inputs.values(request, inputs.select(request.filter(), who), who);
        }

        static double valueOf(UnitValues values, String unitId) {
            for (int i = 0; i < values.size(); i++) {
                if (values.units().get(i).id().equals(unitId)) {
                    return values.value(i);
                }
            }
            throw new AssertionError("no unit " + unitId);
        }

        JsonNode json(ResultActions result) throws Exception {
            return MAPPER.readTree(result.andReturn().getResponse().getContentAsByteArray());
        }

        static JsonNode featureWithLargestValue(JsonNode collection) {
            JsonNode best = null;
            for (JsonNode f : collection.get("features")) {
                if (best == null || f.get("properties").get("value").asDouble() > best.get("properties").get("value").asDouble()) {
                    best = f;
                }
            }
            return best;
        }

        @Test
        void giStarFindsTheClusterAndAgreesWithTheCore() throws Exception {
            String body = "{\"units\": \"grid\", \"filter\": {\"admin\": \"" + HUOXIAN + "\"}, \"distanceBandMetres\": 500}";
            JsonNode result = json(post("gi-star", body).andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                    .andExpect(jsonPath("$.type").value("FeatureCollection"))
                    .andExpect(jsonPath("$.parameters.units").value("grid"))
                    .andExpect(jsonPath("$.parameters.distanceBandMetres").value(500.0))
                    .andExpect(jsonPath("$.parameters.weights").value("binary"))
                    .andExpect(jsonPath("$.parameters.fdr").value(false))
                    .andExpect(jsonPath("$.parameters.crs").value("EPSG:4548"))
                    // every state but merged: a merged case is counted in the case it was merged into
                    .andExpect(jsonPath("$.parameters.filter.state", hasSize(cn.luodian.api.cases.CaseState.values().length - 1)))
                    .andExpect(jsonPath("$.summary.cases").value(12))
                    .andExpect(jsonPath("$.features[0].geometry.type").value("Polygon")));
            JsonNode hot = featureWithLargestValue(result).get("properties");
            assertThat(hot.get("bin").asInt()).isEqualTo(3);
            assertThat(hot.get("label").asString()).isEqualTo("热点（99%置信度）");
            assertThat(hot.get("z").asDouble()).isGreaterThan(2.58);
            assertThat(result.get("summary").get("bins").get("3").asInt()).isGreaterThanOrEqualTo(1);

            // The same units, values and weights given to the core directly give the same z-scores.
            List<AnalysisUnit> cells = units.grid(HUOXIAN);
            JsonNode features = result.get("features");
            assertThat(features.size()).isEqualTo(cells.size());
            double[] values = new double[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                assertThat(features.get(i).get("properties").get("unitId").asString()).isEqualTo(cells.get(i).id());
                values[i] = features.get(i).get("properties").get("value").asDouble();
            }
            AnalysisUnits core = AnalysisUnits.of(cells.stream().map(AnalysisUnit::id).toList(),
                    cells.stream().mapToDouble(AnalysisUnit::xMetres).toArray(),
                    cells.stream().mapToDouble(AnalysisUnit::yMetres).toArray(), values);
            GiStarResult expected = GetisOrdGiStar.compute(core,
                    SpatialWeights.distanceBand(core, 500, true, WeightStyle.BINARY), false);
            for (int i = 0; i < cells.size(); i++) {
                JsonNode p = features.get(i).get("properties");
                assertThat(p.get("z").asDouble()).isEqualTo(expected.unit(i).zScore());
                assertThat(p.get("bin").asInt()).isEqualTo(expected.unit(i).bin());
            }
        }

        @Test
        void everyKindOfUnitsAndTheSameAnswerTwice() throws Exception {
            String[] bodies = {
                "{\"units\": \"township\", \"k\": 4, \"weights\": \"row\", \"fdr\": true}",
                "{\"units\": \"village\", \"distanceBandMetres\": 3000}",
                "{\"units\": \"h3\", \"h3Resolution\": 7, \"k\": 6}",
                "{\"units\": \"upload\", \"valueProperty\": \"count\", \"idProperty\": \"code\", \"k\": 2, "
                        + "\"features\": " + UPLOAD + "}",
            };
            for (String body : bodies) {
                byte[] first = post("gi-star", body).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                byte[] again = post("gi-star", body).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                assertThat(again).as(body).isEqualTo(first);
                byte[] moran = post("local-moran", body).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                assertThat(post("local-moran", body).andReturn().getResponse().getContentAsByteArray()).as(body).isEqualTo(moran);
            }
            post("gi-star", bodies[0]).andExpect(jsonPath("$.parameters.weights").value("row"))
                    .andExpect(jsonPath("$.parameters.fdr").value(true))
                    .andExpect(jsonPath("$.features", hasSize(22)));
            post("gi-star", bodies[3]).andExpect(jsonPath("$.parameters.units").value("upload"))
                    .andExpect(jsonPath("$.features[*].properties.unitId").value(contains("A", "B", "C", "D", "E")))
                    .andExpect(jsonPath("$.features[0].properties.name").value("甲"))
                    .andExpect(jsonPath("$.summary.cases").doesNotExist());
        }

        @Test
        void localMoranMarksTheClusterHighHighWithASeededPseudoP() throws Exception {
            String body = "{\"units\": \"grid\", \"filter\": {\"admin\": \"" + HUOXIAN + "\"}, \"k\": 8, "
                    + "\"permutations\": 199, \"seed\": 7}";
            JsonNode result = json(post("local-moran", body).andExpect(status().isOk())
                    .andExpect(jsonPath("$.parameters.weights").value("row"))
                    .andExpect(jsonPath("$.parameters.permutations").value(199))
                    .andExpect(jsonPath("$.parameters.seed").value(7)));
            JsonNode hot = featureWithLargestValue(result).get("properties");
            assertThat(hot.get("quadrant").asString()).isIn("HH", "HL");
            assertThat(hot.get("pseudoP").asDouble()).isBetween(1.0 / 200, 1.0);
            JsonNode defaults = json(post("local-moran", "{\"units\": \"township\", \"k\": 3}").andExpect(status().isOk()));
            assertThat(defaults.get("parameters").get("permutations").asInt()).isEqualTo(999);
            assertThat(defaults.get("parameters").get("seed").asLong()).isEqualTo(LocalMoranAnalysis.DEFAULT_SEED);
        }

        @Test
        void csvOfTheSameRows() throws Exception {
            String body = "{\"units\": \"township\", \"k\": 4}";
            byte[] csv = http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .post("/api/v1/hotspots/gi-star").contentType(MediaType.APPLICATION_JSON)
                            .accept("text/csv").content(body))
                    .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                    .andReturn().getResponse().getContentAsByteArray();
            String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFFunitId,name,value,z,p,bin,label,neighbours,lon,lat\r\n");
            assertThat(text.split("\r\n")).hasSize(23);
            assertThat(text).contains(HUOXIAN + ",漷县镇,12.0,");
            byte[] byParameter = post("gi-star?format=csv", body).andReturn().getResponse().getContentAsByteArray();
            assertThat(byParameter).isEqualTo(csv);
        }

        @Test
        void kernelDensityPeaksAtTheClusterAndHoldsEveryCase() throws Exception {
            String body = "{\"filter\": {\"admin\": \"" + HUOXIAN + "\"}, \"bandwidthMetres\": 500, \"cellSizeMetres\": 100}";
            JsonNode result = json(post("kernel-density", body).andExpect(status().isOk())
                    .andExpect(jsonPath("$.parameters.kernel").value("quartic"))
                    .andExpect(jsonPath("$.parameters.cellSizeMetres").value(100.0))
                    .andExpect(jsonPath("$.summary.cases").value(12)));
            double total = 0;
            JsonNode peak = null;
            for (JsonNode f : result.get("features")) {
                double density = f.get("properties").get("density").asDouble();
                total += density * 0.01; // a 100 m cell is 0.01 km²
                if (peak == null || density > peak.get("properties").get("density").asDouble()) {
                    peak = f;
                }
            }
            assertThat(total).isCloseTo(12, org.assertj.core.data.Offset.offset(0.3));
            JsonNode corner = peak.get("geometry").get("coordinates").get(0).get(0);
            assertThat(corner.get(0).asDouble()).isCloseTo(CLUSTER[0], org.assertj.core.data.Offset.offset(0.003));
            assertThat(corner.get(1).asDouble()).isCloseTo(CLUSTER[1], org.assertj.core.data.Offset.offset(0.003));
            byte[] again = post("kernel-density", body).andReturn().getResponse().getContentAsByteArray();
            assertThat(again).isEqualTo(MAPPER.writeValueAsBytes(result));
        }

        @Test
        void emergingCountsACubeOfWeeks() throws Exception {
            String body = "{\"units\": \"township\", \"k\": 3, \"timeStep\": \"week\", \"steps\": 5, "
                    + "\"end\": \"2026-12-01T00:00:00Z\"}";
            JsonNode result = json(post("emerging", body).andExpect(status().isOk())
                    .andExpect(jsonPath("$.parameters.stepStarts", hasSize(5)))
                    .andExpect(jsonPath("$.parameters.stepStarts[0]").value("2026-10-27T00:00:00Z"))
                    .andExpect(jsonPath("$.parameters.fdr").value(true))
                    .andExpect(jsonPath("$.summary.cases").value(18))
                    .andExpect(jsonPath("$.features", hasSize(22))));
            for (JsonNode f : result.get("features")) {
                JsonNode p = f.get("properties");
                if (p.get("unitId").asString().equals(HUOXIAN)) {
                    assertThat(p.get("counts").toString()).isEqualTo("[10,0,0,0,0]");
                    assertThat(p.get("pattern").asString()).isNotBlank();
                    assertThat(p.get("label").asString()).isNotBlank();
                }
            }
            assertThat(post("emerging", body).andReturn().getResponse().getContentAsByteArray())
                    .isEqualTo(MAPPER.writeValueAsBytes(result));
        }

        @Test
        void warningsNameTheCasesBehindThem() throws Exception {
            String body = "{\"units\": \"township\", \"end\": \"2026-11-03T00:00:00Z\"}";
            post("warnings", body).andExpect(status().isOk())
                    .andExpect(jsonPath("$.parameters.windowHours").value(24.0))
                    .andExpect(jsonPath("$.parameters.baselineWindows").value(28))
                    .andExpect(jsonPath("$.parameters.windowStart").value("2026-11-02T00:00:00Z"))
                    .andExpect(jsonPath("$.summary.warnings").value(1))
                    .andExpect(jsonPath("$.features", hasSize(1)))
                    .andExpect(jsonPath("$.features[0].properties.unitId").value(HUOXIAN))
                    .andExpect(jsonPath("$.features[0].properties.categoryCode").value("B0101"))
                    .andExpect(jsonPath("$.features[0].properties.category").value("上水井盖"))
                    .andExpect(jsonPath("$.features[0].properties.count").value(10))
                    .andExpect(jsonPath("$.features[0].properties.baselineMean").value(2.0 / 28))
                    .andExpect(jsonPath("$.features[0].properties.caseNumbers", hasSize(10)))
                    .andExpect(jsonPath("$.features[0].properties.caseNumbers[0]").value("TZ-20261102-00001"));
            post("warnings", "{\"units\": \"township\", \"end\": \"2026-11-03T00:00:00Z\", \"minCount\": 11}")
                    .andExpect(status().isOk()).andExpect(jsonPath("$.features", hasSize(0)));
            actor.actAs(LIYUAN_STAFF);
            post("warnings", body).andExpect(status().isOk()).andExpect(jsonPath("$.features", hasSize(0)))
                    .andExpect(jsonPath("$.parameters.unitCount").value(1));
        }

        @Test
        void townshipsAndVillagesCountTheirCasesAndTheRestZero() throws Exception {
            UnitValues townships = values("{\"units\": \"township\"}", PLANNER);
            assertThat(townships.size()).isEqualTo(22);
            assertThat(valueOf(townships, HUOXIAN)).isEqualTo(12);
            assertThat(valueOf(townships, LIYUAN)).isEqualTo(4);
            assertThat(valueOf(townships, ZHANGJIAWAN)).isEqualTo(4);
            assertThat(valueOf(townships, SONGZHUANG)).isEqualTo(1);
            assertThat(Arrays.stream(townships.values()).sum()).isEqualTo(21);
            assertThat(townships.casesCounted()).isEqualTo(21);
            assertThat(townships.casesOutsideUnits()).isZero();
            assertThat(townships.units().get(0).xMetres()).isBetween(400_000.0, 600_000.0);

            UnitValues villages = values("{\"units\": \"village\", \"filter\": {\"admin\": \"" + HUOXIAN + "\"}}", PLANNER);
            assertThat(villages.units()).allSatisfy(u -> assertThat(u.id()).startsWith(HUOXIAN));
            assertThat(Arrays.stream(villages.values()).sum()).isEqualTo(12);
            assertThat(Arrays.stream(villages.values()).filter(v -> v > 0).count()).isEqualTo(1);
        }

        @Test
        void gridCellsAndHexagonsUnderAFilter() throws Exception {
            String november = "\"filter\": {\"admin\": \"" + HUOXIAN + "\", \"from\": \"2026-10-31T16:00:00Z\", "
                    + "\"to\": \"2026-11-30T16:00:00Z\", \"category\": \"B01\", \"state\": \"received\"}";
            UnitValues grid = values("{\"units\": \"grid\", " + november + "}", PLANNER);
            assertThat(grid.units()).allSatisfy(u -> assertThat(u.id()).hasSize(15).startsWith(HUOXIAN));
            assertThat(Arrays.stream(grid.values()).sum()).isEqualTo(10);
            assertThat(Arrays.stream(grid.values()).max().orElseThrow()).isEqualTo(10);

            UnitValues hexagons = values("{\"units\": \"h3\", \"h3Resolution\": 8, " + november + "}", PLANNER);
            String clusterCell = H3Cells.address(H3Cells.cellOf(CLUSTER[0], CLUSTER[1], 8));
            assertThat(valueOf(hexagons, clusterCell)).isEqualTo(10);
            assertThat(Arrays.stream(hexagons.values()).sum()).isEqualTo(10);
            // 漷县镇 is about 110 km²; a resolution-8 hexagon about 0.74 km².
            assertThat(hexagons.size()).isBetween(60, 400);
            assertThat(hexagons.units().get(0).geometry().getNumPoints()).isEqualTo(7);
        }

        @Test
        void townshipStaffCountOnlyTheirTownship() throws Exception {
            UnitValues townships = values("{\"units\": \"township\"}", LIYUAN_STAFF);
            assertThat(townships.units()).extracting(AnalysisUnit::id).containsExactly(LIYUAN);
            assertThat(townships.values()).containsExactly(4);
            assertThatThrownBy(() -> values("{\"units\": \"grid\", \"filter\": {\"admin\": \"" + HUOXIAN + "\"}}", LIYUAN_STAFF))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> values("{\"units\": \"township\"}", HotspotCasesForTest.UNIT))
                    .isInstanceOf(ForbiddenException.class);
            UnitValues district = values("{\"units\": \"township\", \"filter\": {\"admin\": \"" + DISTRICT + "\"}}", LIYUAN_STAFF);
            assertThat(district.units()).extracting(AnalysisUnit::id).containsExactly(LIYUAN);
        }

        @Test
        void monthlyTopicsRankByCountAndByGrowth() throws Exception {
            post("monthly-topics", "{}").andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.parameters.month").value("2026-11"))
                    .andExpect(jsonPath("$.parameters.from").value("2026-10-31T16:00:00Z"))
                    .andExpect(jsonPath("$.summary.cases").value(18))
                    .andExpect(jsonPath("$.summary.previousCases").value(3))
                    .andExpect(jsonPath("$.byCount", hasSize(4)))
                    .andExpect(jsonPath("$.byCount[0].township").value("漷县镇"))
                    .andExpect(jsonPath("$.byCount[0].category").value("上水井盖"))
                    .andExpect(jsonPath("$.byCount[0].parentCategory").value("公用设施"))
                    .andExpect(jsonPath("$.byCount[0].count").value(10))
                    .andExpect(jsonPath("$.byCount[0].previousCount").value(2))
                    .andExpect(jsonPath("$.byCount[0].growthRate").value(4.0))
                    .andExpect(jsonPath("$.byCount[1].townshipCode").value(ZHANGJIAWAN))
                    .andExpect(jsonPath("$.byCount[2].townshipCode").value(LIYUAN))
                    .andExpect(jsonPath("$.byCount[3].townshipCode").value(SONGZHUANG))
                    .andExpect(jsonPath("$.byGrowth[*].townshipCode").value(contains(HUOXIAN, ZHANGJIAWAN, LIYUAN, SONGZHUANG)))
                    .andExpect(jsonPath("$.byGrowth[0].growth").value(8))
                    .andExpect(jsonPath("$.byGrowth[1].growthRate").doesNotExist());
            post("monthly-topics", "{\"month\": \"2026-10\", \"filter\": {\"category\": \"RX\"}}").andExpect(status().isOk())
                    .andExpect(jsonPath("$.byCount", hasSize(1)))
                    .andExpect(jsonPath("$.byCount[0].category").value("垃圾清运不及时"))
                    .andExpect(jsonPath("$.byGrowth[0].growth").value(1));
            actor.actAs(LIYUAN_STAFF);
            post("monthly-topics", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.byCount", hasSize(1)))
                    .andExpect(jsonPath("$.summary.cases").value(3));
        }
    }

    @Nested
    class OnH2gis extends OnStore {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) {
            registry.add("luodian.data-dir", HotspotStoreTest::tempDir);
        }
    }

    @Nested
    class OnPostgis extends OnStore {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) {
            registry.add("luodian.data-dir", HotspotStoreTest::tempDir);
            registry.add("spring.datasource.url", () -> PostgisForTest.get().createDatabase());
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    static String tempDir() {
        return TempDirsForTest.create("luodian-hotspots").toString();
    }
}
