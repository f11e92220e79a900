package cn.luodian.api.open311;

import cn.luodian.api.storage.CaseRowsForTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luodian.api.cases.CaseAction;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.cases.CaseTransitions;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.cases.NewCase;
import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.cases.TransitionRequest;
import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.storage.PostgisForTest;
import cn.luodian.api.system.TempDirsForTest;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.crs.GaussKrugerProjection;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import cn.luodian.api.unplaced.UnplacedReport;
import cn.luodian.api.unplaced.UnplacedReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Open311 GeoReport v2 over HTTP on the demo region (services, reports, reads, bad input), on H2GIS and on PostGIS. */
class Open311Test {
    // A point in 凌庄村 (漷县镇) and one in 西营社区 whose sentence reads back to a single place.
    static final double LON = 116.7726, LAT = 39.7588;
    static final double UNIQUE_LON = 116.66, UNIQUE_LAT = 39.90;

    @Nested
    class OnH2gis extends Endpoints {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) {
            registry.add("luodian.data-dir", Open311Test::tempDir);
        }
    }

    @Nested
    class OnPostgis extends Endpoints {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) {
            registry.add("luodian.data-dir", Open311Test::tempDir);
            registry.add("spring.datasource.url", () -> PostgisForTest.get().createDatabase());
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    static String tempDir() {
        return TempDirsForTest.create("luodian-open311").toString();
    }

    @SpringBootTest
    @AutoConfigureMockMvc
    abstract static class Endpoints {
        @Autowired MockMvc http;
        @Autowired JdbcTemplate jdbc;
        @Autowired CaseService cases;
        @Autowired CaseTransitions transitions;
        @Autowired ReferenceIndexHolder reference;
        @Autowired UnplacedReports unplaced;

        @BeforeEach
        void reset() {
            CaseRowsForTest.deleteAll(jdbc);
        }

        static MockHttpServletRequestBuilder report(String... params) {
            MockHttpServletRequestBuilder request = post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED);
            for (int i = 0; i < params.length; i += 2) {
                request.param(params[i], params[i + 1]);
            }
            return request;
        }

        String reportAndGetId(String... params) throws Exception {
            String body = http.perform(report(params)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            return JsonPath.read(body, "$[0].service_request_id");
        }

        @Test
        void servicesAreTheSubCategoriesGroupedByTheirParent() throws Exception {
            http.perform(get("/open311/v2/services.json"))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$[0].service_code").value("B0101"))
                    .andExpect(jsonPath("$[0].service_name").value("上水井盖"))
                    .andExpect(jsonPath("$[0].group").value("公用设施"))
                    .andExpect(jsonPath("$[0].metadata").value(false))
                    .andExpect(jsonPath("$[0].type").value("realtime"))
                    .andExpect(jsonPath("$[0].keywords").value(containsString("上水井盖")))
                    .andExpect(jsonPath("$[0].description").value(containsString("公用设施")))
                    .andExpect(jsonPath("$[*].service_code", everyItem(matchesPattern("[A-Z]+\\d{4}"))))
                    .andExpect(jsonPath("$[?(@.service_code == 'S0102')].group").value("市容环境"));
        }

        @Test
        void aServiceDefinitionHasNoAttributesAndUnknownServicesAre404() throws Exception {
            http.perform(get("/open311/v2/services/B0101.json"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.service_code").value("B0101"))
                    .andExpect(jsonPath("$.attributes", hasSize(0)));
            for (String code : new String[] {"B01", "NOPE"}) {
                http.perform(get("/open311/v2/services/{code}.json", code))
                        .andExpect(status().isNotFound())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                        .andExpect(jsonPath("$[0].code").value(404))
                        .andExpect(jsonPath("$[0].description").value(containsString("没有服务代码 '" + code + "'")));
            }
        }

        @Test
        void xmlIsRefusedWithAClearError() throws Exception {
            for (String path : new String[] {"/open311/v2/services.xml", "/open311/v2/services/B0101.xml",
                    "/open311/v2/requests.xml", "/open311/v2/requests/TZ-1.xml"}) {
                http.perform(get(path))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$[0].code").value(400))
                        .andExpect(jsonPath("$[0].description").value(containsString("不支持 XML")));
            }
            http.perform(post("/open311/v2/requests.xml")).andExpect(status().isBadRequest());
        }

        @Test
        void aReportBecomesAPublicCaseAndReadsBackWithoutReporterData() throws Exception {
            String id = reportAndGetId("service_code", "B0101", "lat", String.valueOf(LAT), "long", String.valueOf(LON),
                    "description", "井盖丢失，请联系我13812345678", "first_name", "小明", "last_name", "王",
                    "email", "wang@example.cn", "phone", "13900001111", "jurisdiction_id", "110112", "api_key", "ignored");
            assertThat(id).matches("TZ-\\d{8}-\\d{5}");

            CityCase stored = cases.findByNumber(id, Actor.system("test")).orElseThrow();
            assertThat(stored.source()).isEqualTo(CaseSource.PUBLIC);
            assertThat(stored.reporterName()).isEqualTo("王小明");
            assertThat(stored.reporterPhone()).isEqualTo("13900001111");

            String body = http.perform(get("/open311/v2/requests/{id}.json", id))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(1)))
                    .andExpect(jsonPath("$[0].service_request_id").value(id))
                    .andExpect(jsonPath("$[0].status").value("open"))
                    .andExpect(jsonPath("$[0].status_notes").value("受理"))
                    .andExpect(jsonPath("$[0].service_code").value("B0101"))
                    .andExpect(jsonPath("$[0].service_name").value("上水井盖"))
                    .andExpect(jsonPath("$[0].description").value("井盖丢失，请联系我138****5678"))
                    .andExpect(jsonPath("$[0].agency_responsible").value(nullValue()))
                    .andExpect(jsonPath("$[0].requested_datetime").value(matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00")))
                    .andExpect(jsonPath("$[0].updated_datetime").value(matchesPattern(".+\\+08:00")))
                    .andExpect(jsonPath("$[0].address").value(stored.townshipName() + stored.villageName() + "（位置已模糊处理）"))
                    .andExpect(jsonPath("$[0].media_url").value(nullValue()))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain("王小明", "小明", "13900001111", "wang@example.cn", "13812345678", stored.locationText());
            // The point is the centre of its 100 m square in EPSG:4548: within 71 m, never the exact spot.
            double lat = JsonPath.read(body, "$[0].lat");
            double lon = JsonPath.read(body, "$[0].long");
            Coordinate shown = GaussKrugerProjection.beijing().toMetric(lon, lat);
            Coordinate exact = GaussKrugerProjection.beijing().toMetric(LON, LAT);
            assertThat(shown.distance(exact)).isLessThanOrEqualTo(71).isGreaterThan(0.001);
            assertThat(Math.floorMod(Math.round(shown.x * 100), 10_000L)).isCloseTo(5_000L, org.assertj.core.api.Assertions.within(2L));
            assertThat(Math.floorMod(Math.round(shown.y * 100), 10_000L)).isCloseTo(5_000L, org.assertj.core.api.Assertions.within(2L));
        }

        @Test
        void staffPatrolAndHotlineCasesAreNotPublishedByDefault() throws Exception {
            String shown = reportAndGetId("service_code", "B0101", "lat", String.valueOf(LAT), "long", String.valueOf(LON), "description", "井盖丢失");
            for (CaseSource inside : List.of(CaseSource.STAFF, CaseSource.HOTLINE_12345, CaseSource.GRID_PATROL)) {
                CityCase c = cases.create(new NewCase("B0101", "内部案件：井盖缺失", Urgency.NORMAL, inside, LON, LAT, Datum.WGS84,
                        "张三", "13812345678", null, null), Actor.system("test")).value();
                http.perform(get("/open311/v2/requests/{id}.json", c.number())).andExpect(status().isNotFound());
                http.perform(get("/open311/v2/requests.json").param("service_request_id", c.number()))
                        .andExpect(jsonPath("$", hasSize(0)));
            }
            String list = http.perform(get("/open311/v2/requests.json")).andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].service_request_id").value(shown))
                    .andReturn().getResponse().getContentAsString();
            assertThat(list).doesNotContain("内部案件");
        }

        @Test
        void aReportWithOnlyAnAddressIsPlacedByTheSentence() throws Exception {
            String sentence = reference.get().describer().describe(UNIQUE_LON, UNIQUE_LAT).text();
            String id = reportAndGetId("service_code", "B0112", "description", "路灯不亮", "address_string", sentence, "email", "a@b.cn");
            CityCase stored = cases.findByNumber(id, Actor.system("test")).orElseThrow();
            assertThat(stored.lon()).isCloseTo(UNIQUE_LON, org.assertj.core.api.Assertions.within(0.0005));
            assertThat(stored.townshipName()).isEqualTo("中仓街道");
            assertThat(stored.reporterPhone()).isEqualTo("a@b.cn");
        }

        @Test
        void wordsThatFitTwoPlacesWaitForADispatcherAndTheTokenGivesTheCaseNumberOnce() throws Exception {
            // The village ring road sentence holds on both sides of the ring: two places.
            String sentence = reference.get().describer().describe(LON, LAT).text();
            String body = http.perform(report("service_code", "B0101", "description", "井盖丢失", "address_string", sentence))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$[0].service_request_id").doesNotExist())
                    .andExpect(jsonPath("$[0].service_notice").value(containsString("描述符合 2 处不同的位置")))
                    .andReturn().getResponse().getContentAsString();
            String token = body.replaceAll("(?s).*\"token\":\"(\\d+)\".*", "$1");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM city_case", Long.class)).isZero();
            http.perform(get("/open311/v2/tokens/{token}.json", token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].token").value(token))
                    .andExpect(jsonPath("$[0].service_request_id").value(nullValue()));

            Actor dispatcher = new Actor("zuoxi", Role.DISPATCHER, "110112", null);
            UnplacedReport waiting = unplaced.get(Long.parseLong(token), dispatcher);
            assertThat(waiting.candidates()).hasSize(2);
            UnplacedReport.Candidate first = waiting.candidates().get(0);
            CityCase placed = unplaced.place(waiting.id(), first.lon(), first.lat(), Datum.WGS84, dispatcher);
            assertThat(placed.description()).isEqualTo("井盖丢失\n（来电所述位置：" + sentence + "）");
            http.perform(get("/open311/v2/tokens/{token}.json", token))
                    .andExpect(jsonPath("$[0].service_request_id").value(placed.number()));
            http.perform(get("/open311/v2/tokens/{token}.json", "999999"))
                    .andExpect(status().isNotFound());
        }

        @Test
        void aReportInGcj02IsStoredInWgs84() throws Exception {
            Coordinate gcj = Datum.GCJ02.fromWgs84(LON, LAT);
            String id = reportAndGetId("service_code", "B0101", "lat", String.valueOf(gcj.y), "long", String.valueOf(gcj.x),
                    "description", "井盖丢失", "crs", "gcj02", "address_string", "凌庄村村口");
            CityCase stored = cases.findByNumber(id, Actor.system("test")).orElseThrow();
            assertThat(stored.lon()).isCloseTo(LON, org.assertj.core.api.Assertions.within(1e-6));
            assertThat(stored.description()).isEqualTo("井盖丢失\n（市民所述位置：凌庄村村口）");
            http.perform(get("/open311/v2/requests/{id}.json", id).param("crs", "gcj02"))
                    .andExpect(jsonPath("$[0].long").value(org.hamcrest.Matchers.closeTo(gcj.x, 0.001)));
        }

        static Stream<Arguments> badReports() {
            String lat = String.valueOf(LAT);
            String lon = String.valueOf(LON);
            return Stream.of(
                    Arguments.of(new String[] {"lat", lat, "long", lon, "description", "x"}, "缺少服务代码"),
                    Arguments.of(new String[] {"service_code", "X999", "lat", lat, "long", lon, "description", "x"}, "没有服务代码 'X999'"),
                    Arguments.of(new String[] {"service_code", "B01", "lat", lat, "long", lon, "description", "x"}, "没有服务代码 'B01'"),
                    Arguments.of(new String[] {"service_code", "B0101", "lat", lat, "long", lon}, "缺少问题描述"),
                    Arguments.of(new String[] {"service_code", "B0101", "lat", lat, "description", "x"}, "纬度和经度须同时给出"),
                    Arguments.of(new String[] {"service_code", "B0101", "lat", "北纬", "long", lon, "description", "x"}, "纬度 '北纬' 不是数字"),
                    Arguments.of(new String[] {"service_code", "B0101", "lat", "139.9", "long", lon, "description", "x"}, "超出经度 -180..180、纬度 -90..90 的范围"),
                    Arguments.of(new String[] {"service_code", "B0101", "lat", "39.9", "long", "116.3", "description", "x"}, "不在本区的数据范围内"),
                    Arguments.of(new String[] {"service_code", "B0101", "description", "x"}, "缺少位置"),
                    Arguments.of(new String[] {"service_code", "B0101", "description", "x", "address_string", "某某镇不存在村"}, "无法根据所述地址定位"),
                    Arguments.of(new String[] {"service_code", "B0101", "lat", lat, "long", lon, "description", "x", "crs", "mars"}, "未知的坐标系 'mars'"),
                    Arguments.of(new String[] {"service_code", "B0101", "lat", lat, "long", lon, "description", "x", "phone", "1".repeat(41)}, "电话过长"));
        }

        @ParameterizedTest
        @MethodSource("badReports")
        void badReportsAre400InTheGeoReportErrorFormatAndStoreNothing(String[] params, String message) throws Exception {
            http.perform(report(params))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$", hasSize(1)))
                    .andExpect(jsonPath("$[0].code").value(400))
                    .andExpect(jsonPath("$[0].description").value(containsString(message)));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM city_case", Long.class)).isZero();
        }

        @Test
        void aJsonBodyIsNotTheSpecsFormat() throws Exception {
            http.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_JSON).content("{\"service_code\":\"B0101\"}"))
                    .andExpect(status().isUnsupportedMediaType())
                    .andExpect(jsonPath("$[0].code").value(415));
        }

        @Test
        void requestsAreListedByIdsServiceTimeAndStatus() throws Exception {
            String open = reportAndGetId("service_code", "B0101", "lat", String.valueOf(LAT), "long", String.valueOf(LON), "description", "井盖丢失");
            String other = reportAndGetId("service_code", "S0102", "lat", String.valueOf(LAT), "long", String.valueOf(LON + 0.01), "description", "垃圾");
            CityCase rejected = cases.findByNumber(other, Actor.system("test")).orElseThrow();
            transitions.apply(rejected.id(), TransitionRequest.of(CaseAction.REJECT, "不属于城市管理范围"), Actor.system("test"));

            http.perform(get("/open311/v2/requests.json"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(2)));
            http.perform(get("/open311/v2/requests.json").param("status", "open"))
                    .andExpect(jsonPath("$", hasSize(1)))
                    .andExpect(jsonPath("$[0].service_request_id").value(open));
            http.perform(get("/open311/v2/requests.json").param("status", "closed"))
                    .andExpect(jsonPath("$", hasSize(1)))
                    .andExpect(jsonPath("$[0].service_request_id").value(other))
                    .andExpect(jsonPath("$[0].status").value("closed"))
                    .andExpect(jsonPath("$[0].status_notes").value("不予立案"))
                    .andExpect(jsonPath("$[0].expected_datetime").value(nullValue()));
            http.perform(get("/open311/v2/requests.json").param("status", "open,closed")).andExpect(jsonPath("$", hasSize(2)));
            http.perform(get("/open311/v2/requests.json").param("service_code", "S0102"))
                    .andExpect(jsonPath("$", hasSize(1)))
                    .andExpect(jsonPath("$[0].service_request_id").value(other));
            http.perform(get("/open311/v2/requests.json").param("service_request_id", open + ", TZ-19990101-00001," + other)
                            .param("status", "open"))
                    .andExpect(jsonPath("$", hasSize(2)))
                    .andExpect(jsonPath("$[0].service_request_id").value(open))
                    .andExpect(jsonPath("$[1].service_request_id").value(other));
            http.perform(get("/open311/v2/requests.json").param("start_date", "2020-01-01T00:00:00Z").param("end_date", "2020-02-01T00:00:00+08:00"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(0)));
            http.perform(get("/open311/v2/requests.json").param("end_date", "2099-01-01"))
                    .andExpect(jsonPath("$", hasSize(0)));
        }

        static Stream<Arguments> badQueries() {
            return Stream.of(
                    Arguments.of("status", "pending", "状态 'pending' 无效"),
                    Arguments.of("service_code", "X999", "没有服务代码 'X999'"),
                    Arguments.of("start_date", "last week", "开始日期 'last week' 不是 W3C 日期时间"),
                    Arguments.of("end_date", "2026-13-01", "结束日期 '2026-13-01'"),
                    Arguments.of("start_date", "2026-01-01", "超过 90 天"),
                    Arguments.of("crs", "mars", "未知的坐标系 'mars'"));
        }

        @ParameterizedTest
        @MethodSource("badQueries")
        void badQueriesAre400(String parameter, String value, String message) throws Exception {
            MockHttpServletRequestBuilder request = get("/open311/v2/requests.json").param(parameter, value);
            if (parameter.equals("start_date") && value.startsWith("2026")) {
                request.param("end_date", "2026-06-01");
            }
            http.perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$[0].code").value(400))
                    .andExpect(jsonPath("$[0].description").value(containsString(message)));
        }

        @Test
        void anUnknownRequestIs404() throws Exception {
            http.perform(get("/open311/v2/requests/TZ-19990101-00001.json"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$[0].code").value(404))
                    .andExpect(jsonPath("$[0].description", is("没有编号为 'TZ-19990101-00001' 的服务请求")));
        }

        @Test
        void errorsOutsideOpen311StayProblemJson() throws Exception {
            http.perform(get("/api/v1/locate"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400));
        }

        @Test
        void aCreatedReportHasALocation() throws Exception {
            http.perform(report("service_code", "B0101", "lat", String.valueOf(LAT), "long", String.valueOf(LON), "description", "井盖丢失"))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", matchesPattern("/open311/v2/requests/TZ-\\d{8}-\\d{5}\\.json")))
                    .andExpect(jsonPath("$[0].service_notice").value(containsString("已受理")));
        }
    }
}
