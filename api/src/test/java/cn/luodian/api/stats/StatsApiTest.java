package cn.luodian.api.stats;

import cn.luodian.api.security.ActorArgumentForTest;
import cn.luodian.api.system.SettableClock;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseTransitions;
import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.system.ProblemDetailsAdvice;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * {@code /api/v1/stats/rates} and {@code /ranking} over HTTP: parameters, JSON and problem+json.
 * The counting itself is checked on both stores in {@link StatsTest}; the web layer is the same on
 * either, so this runs on H2GIS. The signed-in actor comes from {@link ActorArgumentForTest}.
 */
@SpringBootTest(classes = {cn.luodian.api.LuodianApplication.class, StatsTest.Clocks.class})
class StatsApiTest {
    @Autowired StatsController controller;
    @Autowired CaseService service;
    @Autowired CaseTransitions transitions;
    @Autowired ResponsibleUnits units;
    @Autowired SettableClock clock;
    @Autowired JdbcTemplate jdbc;

    final ActorArgumentForTest actor = new ActorArgumentForTest();
    MockMvc http;
    NovemberCasesForTest month;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("luodian.data-dir", StatsTest::tempDir);
    }

    @BeforeEach
    void setUp() {
        month = new NovemberCasesForTest(service, transitions, units, clock, jdbc).build();
        http = MockMvcBuilders.standaloneSetup(controller).setCustomArgumentResolvers(actor)
                .setControllerAdvice(new ProblemDetailsAdvice()).build();
        actor.actAs(NovemberCasesForTest.DISPATCHER);
    }

    ResultActions get(String url, Object... params) throws Exception {
        return http.perform(MockMvcRequestBuilders.get(url, params));
    }

    @Test
    void ratesByTownshipForAMonth() throws Exception {
        get("/api/v1/stats/rates?groupBy=township&month=2026-11")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.period.from").value("2026-10-31T16:00:00Z"))
                .andExpect(jsonPath("$.period.to").value("2026-11-30T16:00:00Z"))
                .andExpect(jsonPath("$.period.month").value("2026-11"))
                .andExpect(jsonPath("$.period.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.asOf").value("2026-12-01T00:00:00Z"))
                .andExpect(jsonPath("$.groupBy").value("township"))
                .andExpect(jsonPath("$.groups", hasSize(4)))
                .andExpect(jsonPath("$.groups[2].code").value("110112106"))
                .andExpect(jsonPath("$.groups[2].name").value("漷县镇"))
                .andExpect(jsonPath("$.groups[2].cases").value(6))
                .andExpect(jsonPath("$.groups[2].response.label").value("响应率"))
                .andExpect(jsonPath("$.groups[2].response.numerator").value(2))
                .andExpect(jsonPath("$.groups[2].response.denominator").value(4))
                .andExpect(jsonPath("$.groups[2].response.rate").value(0.5))
                .andExpect(jsonPath("$.groups[2].satisfaction.rate").value(closeTo(2.0 / 3, 1e-9)))
                .andExpect(jsonPath("$.groups[2].onTimeClosure.label").value("按期结案率"))
                .andExpect(jsonPath("$.total.cases").value(11))
                .andExpect(jsonPath("$.total.resolution.numerator").value(7))
                .andExpect(jsonPath("$.total.resolution.denominator").value(9));
    }

    @Test
    void aRateWithoutDenominatorIsNull() throws Exception {
        get("/api/v1/stats/rates?groupBy=unit&from=2026-11-04T00:00:00Z&to=2026-11-05T00:00:00Z")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.month").value(nullValue()))
                .andExpect(jsonPath("$.groups", hasSize(1)))
                .andExpect(jsonPath("$.groups[0].name").value("区水务局"))
                .andExpect(jsonPath("$.groups[0].onTimeClosure.denominator").value(0))
                .andExpect(jsonPath("$.groups[0].onTimeClosure.rate").value(nullValue()));
    }

    @Test
    void townshipStaffGetTheirTownshipOnly() throws Exception {
        actor.actAs(NovemberCasesForTest.LIYUAN_STAFF);
        get("/api/v1/stats/rates?groupBy=township&month=2026-11")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups", hasSize(1)))
                .andExpect(jsonPath("$.groups[0].name").value("梨园镇"))
                .andExpect(jsonPath("$.total.cases").value(2));
        get("/api/v1/stats/ranking?month=2026-11")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranked").value(4))
                .andExpect(jsonPath("$.townships", hasSize(1)))
                .andExpect(jsonPath("$.townships[0].rank").value(3));
    }

    @Test
    void rankingOfAMonth() throws Exception {
        get("/api/v1/stats/ranking?month=2026-11")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value("2026-11"))
                .andExpect(jsonPath("$.score", containsString("加权平均")))
                .andExpect(jsonPath("$.weights.response").value(1.0))
                .andExpect(jsonPath("$.townships[*].name").value(contains("张家湾镇", "宋庄镇", "梨园镇", "漷县镇")))
                .andExpect(jsonPath("$.townships[0].rank").value(1))
                .andExpect(jsonPath("$.townships[0].score").value(1.0))
                .andExpect(jsonPath("$.townships[0].cases").value(2))
                .andExpect(jsonPath("$.townships[2].score").value(0.875))
                .andExpect(jsonPath("$.townships[3].resolution.numerator").value(3));
    }

    @Test
    void theCurrentMonthWhenNoPeriodIsGiven() throws Exception {
        clock.set(Instant.parse("2026-11-15T00:00:00Z"));
        get("/api/v1/stats/rates").andExpect(status().isOk())
                .andExpect(jsonPath("$.groupBy").value("overall"))
                .andExpect(jsonPath("$.period.month").value("2026-11"))
                .andExpect(jsonPath("$.groups[0].name").value("全部"));
        get("/api/v1/stats/ranking").andExpect(status().isOk()).andExpect(jsonPath("$.month").value("2026-11"));
    }

    @Test
    void unitsMayNotReadTheTownshipRanking() throws Exception {
        actor.actAs(month.waterUnitActor());
        get("/api/v1/stats/ranking?month=2026-11").andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/stats/rates?groupBy=street | 分组方式 'street' 无效",
            "/api/v1/stats/rates?month=2026-13 | 月份应形如 2026-11",
            "/api/v1/stats/rates?month=2026-1 | 月份应形如 2026-11",
            "/api/v1/stats/rates?month=11-2026 | 月份应形如 2026-11",
            "/api/v1/stats/rates?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z | 晚于结束时间",
            "/api/v1/stats/rates?from=2026-11-01T00:00:00Z | 开始和结束时间须同时给出",
            "/api/v1/stats/rates?month=2026-11&from=2026-11-01T00:00:00Z | 不要同时给出",
            "/api/v1/stats/rates?from=2026-11-01&to=2026-12-01 | 开始时间应为 ISO-8601 时间",
            "/api/v1/stats/rates?groupBy=township&category=X99 | 没有小类 'X99'",
            "/api/v1/stats/ranking?month=2026/11 | 月份应形如 2026-11",
    })
    void badInputIs400ProblemJson(String url, String detail) throws Exception {
        get(url).andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("请求参数有误"))
                .andExpect(jsonPath("$.detail", containsString(detail)));
    }
}
