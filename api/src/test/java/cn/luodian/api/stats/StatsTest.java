package cn.luodian.api.stats;

import cn.luodian.api.system.SettableClock;
import static cn.luodian.api.stats.NovemberCasesForTest.DISPATCHER;
import static cn.luodian.api.stats.NovemberCasesForTest.HUOXIAN;
import static cn.luodian.api.stats.NovemberCasesForTest.HUOXIAN_STAFF;
import static cn.luodian.api.stats.NovemberCasesForTest.LIYUAN;
import static cn.luodian.api.stats.NovemberCasesForTest.LIYUAN_STAFF;
import static cn.luodian.api.stats.NovemberCasesForTest.PLANNER;
import static cn.luodian.api.stats.NovemberCasesForTest.SONGZHUANG;
import static cn.luodian.api.stats.NovemberCasesForTest.SUPERVISOR;
import static cn.luodian.api.stats.NovemberCasesForTest.ZHANGJIAWAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseTransitions;
import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.storage.PostgisForTest;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.TempDirsForTest;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rates and the ranking over {@link NovemberCasesForTest}, built through the real workflow with
 * a movable clock, on H2GIS and PostGIS. The endpoint tests are in {@link StatsApiTest}.
 */
class StatsTest {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Period NOVEMBER = Period.ofMonth(YearMonth.of(2026, 11), BEIJING);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock(NovemberCasesForTest.AS_OF);
        }
    }

    @SpringBootTest(classes = {cn.luodian.api.LuodianApplication.class, Clocks.class})
    abstract static class OnStore {
        @Autowired CaseService service;
        @Autowired CaseTransitions transitions;
        @Autowired ResponsibleUnits units;
        @Autowired SettableClock clock;
        @Autowired JdbcTemplate jdbc;
        @Autowired RatesService rates;
        @Autowired RankingService ranking;
        NovemberCasesForTest month;

        @BeforeEach
        void buildTheMonth() {
            month = new NovemberCasesForTest(service, transitions, units, clock, jdbc).build();
        }

        RatesReport report(GroupBy groupBy, Actor actor) {
            return rates.rates(groupBy, NOVEMBER, null, actor);
        }

        @Test
        void byTownship() {
            RatesReport report = report(GroupBy.TOWNSHIP, DISPATCHER);
            assertThat(report.asOf()).isEqualTo(NovemberCasesForTest.AS_OF);
            assertThat(report.groups()).extracting(GroupRates::code).containsExactly(SONGZHUANG, ZHANGJIAWAN, HUOXIAN, LIYUAN);
            assertThat(report.groups()).extracting(GroupRates::name)
                    .containsExactly("宋庄镇", "张家湾镇", "漷县镇", "梨园镇");
            // H7 was received a second before November began in Beijing, D1 as December began: neither counts.
            check(group(report, HUOXIAN), 6, rate(2, 4), rate(3, 4), rate(2, 3), rate(1, 2));
            // L2 is dispatched but still inside its response deadline: pending, not in 响应率.
            check(group(report, LIYUAN), 2, rate(1, 1), rate(1, 2), rate(1, 1), rate(1, 1));
            check(group(report, ZHANGJIAWAN), 2, rate(2, 2), rate(2, 2), rate(2, 2), rate(2, 2));
            check(group(report, SONGZHUANG), 1, rate(1, 1), rate(1, 1), rate(1, 1), rate(1, 1));
            check(report.total(), 11, rate(6, 8), rate(7, 9), rate(6, 7), rate(5, 6));
            assertThat(group(report, HUOXIAN).satisfaction().value()).isCloseTo(2.0 / 3, within(1e-12));
        }

        @Test
        void pendingResponsesAreJudgedOnceTheirDeadlinePasses() {
            clock.set(Instant.parse("2026-12-01T01:30:01Z")); // L2's response deadline has passed, still unanswered
            check(group(report(GroupBy.TOWNSHIP, DISPATCHER), LIYUAN), 2, rate(1, 2), rate(1, 2), rate(1, 1), rate(1, 1));
        }

        @Test
        void byUnit() {
            RatesReport report = report(GroupBy.UNIT, DISPATCHER);
            assertThat(report.groups()).extracting(GroupRates::code)
                    .containsExactly("T-HUOXIAN", "T-LIYUAN", "T-SONGZHUANG", "T-WATER", "T-ZJW", null);
            check(group(report, "T-HUOXIAN"), 3, rate(1, 3), rate(2, 3), rate(1, 2), rate(1, 2));
            check(group(report, "T-LIYUAN"), 2, rate(1, 1), rate(1, 2), rate(1, 1), rate(1, 1));
            // Verified and rated, not closed yet: 按期结案率 has no denominator and no value.
            GroupRates water = group(report, "T-WATER");
            check(water, 1, rate(1, 1), rate(1, 1), rate(1, 1), rate(0, 0));
            assertThat(water.name()).isEqualTo("区水务局");
            assertThat(water.onTimeClosure().value()).isNull();
            // The rejected H5 and the merged H6 were never dispatched.
            GroupRates none = group(report, null);
            assertThat(none.name()).isEqualTo("未派遣");
            check(none, 2, rate(0, 0), rate(0, 0), rate(0, 0), rate(0, 0));
            check(report.total(), 11, rate(6, 8), rate(7, 9), rate(6, 7), rate(5, 6));
        }

        @Test
        void byCategoryAndSubcategory() {
            RatesReport top = report(GroupBy.CATEGORY, DISPATCHER);
            assertThat(top.groups()).extracting(GroupRates::code).containsExactly("B01", "S04");
            assertThat(top.groups()).extracting(GroupRates::name).containsExactly("公用设施", "突发事件");
            check(group(top, "B01"), 10, rate(5, 7), rate(6, 8), rate(5, 6), rate(5, 6));
            check(group(top, "S04"), 1, rate(1, 1), rate(1, 1), rate(1, 1), rate(0, 0));

            RatesReport sub = report(GroupBy.SUBCATEGORY, DISPATCHER);
            assertThat(sub.groups()).extracting(GroupRates::code).containsExactly("B0101", "B0102", "B0112", "S0401");
            check(group(sub, "B0101"), 7, rate(4, 5), rate(5, 6), rate(4, 5), rate(4, 5));
            check(group(sub, "B0102"), 1, rate(1, 1), rate(1, 1), rate(1, 1), rate(1, 1));
            check(group(sub, "B0112"), 2, rate(0, 1), rate(0, 1), rate(0, 0), rate(0, 0));
            assertThat(group(sub, "B0112").name()).isEqualTo("路灯");

            RatesReport ofB01 = rates.rates(GroupBy.SUBCATEGORY, NOVEMBER, "B01", DISPATCHER);
            assertThat(ofB01.groups()).extracting(GroupRates::code).containsExactly("B0101", "B0102", "B0112");
            RatesReport ofS04 = rates.rates(GroupBy.TOWNSHIP, NOVEMBER, "S04", DISPATCHER);
            assertThat(ofS04.groups()).extracting(GroupRates::code).containsExactly(HUOXIAN);
            check(ofS04.total(), 1, rate(1, 1), rate(1, 1), rate(1, 1), rate(0, 0));
            assertThatThrownBy(() -> rates.rates(GroupBy.TOWNSHIP, NOVEMBER, "X99", DISPATCHER))
                    .isInstanceOf(BadRequestException.class).hasMessageContaining("没有小类 'X99'");
        }

        @Test
        void overallAndPeriodBoundaries() {
            check(only(report(GroupBy.OVERALL, PLANNER)), 11, rate(6, 8), rate(7, 9), rate(6, 7), rate(5, 6));
            check(only(rates.rates(GroupBy.OVERALL, Period.ofMonth(YearMonth.of(2026, 10), BEIJING), null, DISPATCHER)),
                    1, rate(1, 1), rate(1, 1), rate(1, 1), rate(1, 1));
            assertThat(only(rates.rates(GroupBy.OVERALL, Period.ofMonth(YearMonth.of(2026, 12), BEIJING), null, DISPATCHER))
                    .cases()).isEqualTo(1);
            // [from, to): the case received at `to` belongs to the next period.
            Period lastSecondOfOctober = new Period(Instant.parse("2026-10-31T15:59:59Z"),
                    Instant.parse("2026-10-31T16:00:00Z"), null, BEIJING);
            check(only(rates.rates(GroupBy.OVERALL, lastSecondOfOctober, null, DISPATCHER)),
                    1, rate(1, 1), rate(1, 1), rate(1, 1), rate(1, 1));
            Period nothing = new Period(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-02-01T00:00:00Z"), null, BEIJING);
            GroupRates empty = only(rates.rates(GroupBy.OVERALL, nothing, null, DISPATCHER));
            check(empty, 0, rate(0, 0), rate(0, 0), rate(0, 0), rate(0, 0));
            assertThat(empty.response().value()).isNull();
            assertThat(rates.rates(GroupBy.TOWNSHIP, nothing, null, DISPATCHER).groups()).isEmpty();
        }

        @Test
        void everyoneCountsOnlyTheirJurisdiction() {
            RatesReport huoxian = report(GroupBy.TOWNSHIP, HUOXIAN_STAFF);
            assertThat(huoxian.groups()).extracting(GroupRates::code).containsExactly(HUOXIAN);
            check(huoxian.total(), 6, rate(2, 4), rate(3, 4), rate(2, 3), rate(1, 2));
            assertThat(report(GroupBy.UNIT, LIYUAN_STAFF).groups()).extracting(GroupRates::code).containsExactly("T-LIYUAN");
            check(only(report(GroupBy.OVERALL, LIYUAN_STAFF)), 2, rate(1, 1), rate(1, 2), rate(1, 1), rate(1, 1));
            // A unit sees the cases dispatched to it, wherever they are.
            RatesReport water = report(GroupBy.TOWNSHIP, month.waterUnitActor());
            assertThat(water.groups()).extracting(GroupRates::code).containsExactly(HUOXIAN);
            check(water.total(), 1, rate(1, 1), rate(1, 1), rate(1, 1), rate(0, 0));
            // Every 漷县镇 case lies at the same point, so in one village; a village's staff count its cases.
            List<String> villages = jdbc.queryForList("SELECT DISTINCT village_code FROM city_case WHERE township_code = ?",
                    String.class, HUOXIAN);
            assertThat(villages).hasSize(1);
            Actor village = new Actor("cunwei", Role.TOWNSHIP_STAFF, villages.get(0), null);
            check(report(GroupBy.TOWNSHIP, village).total(), 6, rate(2, 4), rate(3, 4), rate(2, 3), rate(1, 2));
            Actor otherVillage = new Actor("cunwei2", Role.TOWNSHIP_STAFF, HUOXIAN + "999", null);
            assertThat(report(GroupBy.TOWNSHIP, otherVillage).groups()).isEmpty();
            Actor elsewhere = new Actor("chaoyang", Role.DISPATCHER, "110105", null);
            assertThat(report(GroupBy.TOWNSHIP, elsewhere).groups()).isEmpty();
        }

        @Test
        void townshipsAreRankedByTheirMeanRate() {
            RankingReport report = ranking.ranking(YearMonth.of(2026, 11), BEIJING, SUPERVISOR);
            // 张家湾镇 and 宋庄镇 both score 1: the one with more cases first.
            assertThat(report.entries()).extracting(e -> e.township().code())
                    .containsExactly(ZHANGJIAWAN, SONGZHUANG, LIYUAN, HUOXIAN);
            assertThat(report.entries()).extracting(TownshipRanking.Entry::rank).containsExactly(1, 2, 3, 4);
            assertThat(report.entries()).extracting(TownshipRanking.Entry::score).startsWith(1.0, 1.0, 0.875);
            assertThat(report.entries().get(3).score()).isCloseTo((0.5 + 0.75 + 2.0 / 3 + 0.5) / 4, within(1e-12));
            assertThat(report.entries().get(3).township().cases()).isEqualTo(6);
            assertThat(report.ranked()).isEqualTo(4);
        }

        @Test
        void townshipStaffSeeTheirOwnPlaceAndUnitsNone() {
            RankingReport own = ranking.ranking(YearMonth.of(2026, 11), BEIJING, HUOXIAN_STAFF);
            assertThat(own.entries()).singleElement().satisfies(e -> {
                assertThat(e.township().code()).isEqualTo(HUOXIAN);
                assertThat(e.rank()).isEqualTo(4);
            });
            assertThat(own.ranked()).isEqualTo(4);
            assertThatThrownBy(() -> ranking.ranking(YearMonth.of(2026, 11), BEIJING, month.waterUnitActor()))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(ranking.ranking(YearMonth.of(2030, 1), BEIJING, DISPATCHER).entries()).isEmpty();
        }
    }

    static Rate rate(long numerator, long denominator) {
        return new Rate(numerator, denominator);
    }

    static void check(GroupRates g, long cases, Rate response, Rate resolution, Rate satisfaction, Rate onTimeClosure) {
        assertThat(List.of(g.cases(), g.response(), g.resolution(), g.satisfaction(), g.onTimeClosure()))
                .as("cases, 响应率, 解决率, 满意率, 按期结案率 of %s %s", g.code(), g.name())
                .containsExactly(cases, response, resolution, satisfaction, onTimeClosure);
    }

    static GroupRates group(RatesReport report, String code) {
        return report.groups().stream().filter(g -> Objects.equals(g.code(), code)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + code + " in " + report.groups()));
    }

    static GroupRates only(RatesReport report) {
        assertThat(report.groups()).hasSize(1);
        return report.groups().get(0);
    }

    @Nested
    class OnH2gis extends OnStore {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) {
            registry.add("luodian.data-dir", StatsTest::tempDir);
        }
    }

    @Nested
    class OnPostgis extends OnStore {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) {
            registry.add("luodian.data-dir", StatsTest::tempDir);
            registry.add("spring.datasource.url", () -> PostgisForTest.get().createDatabase());
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    static String tempDir() {
        return TempDirsForTest.create("luodian-stats").toString();
    }
}
