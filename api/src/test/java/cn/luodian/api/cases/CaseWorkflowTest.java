package cn.luodian.api.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.clocks.SupervisionKind;
import cn.luodian.api.clocks.Supervisions;
import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.storage.PostgisForTest;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.NotFoundException;
import cn.luodian.api.system.SettableClock;
import cn.luodian.api.system.TempDirsForTest;
import cn.luodian.geo.crs.Datum;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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

/** Cases through the workflow with a clock the test moves, on the demo region, on H2GIS and PostGIS. */
class CaseWorkflowTest {
    static final Instant START = Instant.parse("2026-11-22T02:00:00Z"); // 10:00 in Beijing
    // A point in 长凌营村 (漷县镇) of the demo region, and one in 梨园镇.
    static final double HUOXIAN_LON = 116.7726, HUOXIAN_LAT = 39.7588;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock(START);
        }
    }

    @SpringBootTest(classes = {cn.luodian.api.LuodianApplication.class, Clocks.class})
    abstract static class Workflow {
        @Autowired CaseService service;
        @Autowired CaseTransitions transitions;
        @Autowired CaseClockCheck clockCheck;
        @Autowired Supervisions supervisions;
        @Autowired ResponsibleUnits units;
        @Autowired SettableClock clock;
        @Autowired JdbcTemplate jdbc;
        @Autowired cn.luodian.api.security.AuditLog audit;

        final Actor dispatcher = new Actor("zuoxi", Role.DISPATCHER, "110112", null);
        final Actor supervisor = new Actor("duban", Role.SUPERVISOR, "110112", null);
        final Actor huoxianStaff = new Actor("huoxian", Role.TOWNSHIP_STAFF, "110112106", null);
        final Actor liyuanStaff = new Actor("liyuan", Role.TOWNSHIP_STAFF, "110112121", null);
        long homeUnit;
        long waterUnit;

        @BeforeEach
        void reset() {
            clock.set(START);
            jdbc.update("DELETE FROM supervision");
            jdbc.update("DELETE FROM case_event");
            jdbc.update("DELETE FROM city_case");
            jdbc.update("DELETE FROM case_number");
            jdbc.update("DELETE FROM dispatch_rule");
            jdbc.update("DELETE FROM responsible_unit WHERE code = 'T-WATER'");
            homeUnit = units.findHomeUnit("110112106").orElseThrow().id(); // the demo's township office (属地)
            waterUnit = units.insertUnit("T-WATER", "区水务局", null);
            units.insertRule("S04", "", waterUnit, 0);
        }

        NewCase report(String category, Urgency urgency) {
            return new NewCase(category, "井盖缺失，存在安全隐患", urgency, CaseSource.HOTLINE_12345, HUOXIAN_LON, HUOXIAN_LAT,
                    Datum.WGS84, "张三", "13812345678", null, null);
        }

        CityCase act(CityCase c, CaseAction action, Actor actor) {
            return transitions.apply(c.id(), TransitionRequest.of(action, "ok"), actor);
        }

        @Test
        void aReportedCaseIsNumberedPlacedAndClocked() {
            CityCase c = service.create(report("B0101", Urgency.NORMAL), dispatcher).value();
            assertThat(c.number()).isEqualTo("TZ-20261122-00001");
            assertThat(service.create(report("B0101", Urgency.NORMAL), dispatcher).value().number()).isEqualTo("TZ-20261122-00002");
            assertThat(c.state()).isEqualTo(CaseState.RECEIVED);
            assertThat(c.townshipCode()).isEqualTo("110112106");
            assertThat(c.locationText()).startsWith("漷县镇");
            assertThat(c.gridCellCode()).startsWith(c.villageCode());
            assertThat(c.dispatchDueAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
            assertThat(c.resolveDueAt()).isEqualTo(START.plus(Duration.ofDays(7)));
            assertThat(c.feedbackDueAt()).isNull();
            CityCase urgent = service.create(report("B0101", Urgency.URGENT), dispatcher).value();
            assertThat(urgent.feedbackDueAt()).isEqualTo(START.plus(Duration.ofHours(24)));
        }

        @Test
        void theFirstCasesOfADayReportedAtOnceGetDistinctNumbers() throws Exception {
            int reporters = 8;
            CyclicBarrier together = new CyclicBarrier(reporters);
            ExecutorService pool = Executors.newFixedThreadPool(reporters);
            try {
                List<Future<String>> numbers = new ArrayList<>();
                for (int i = 0; i < reporters; i++) {
                    numbers.add(pool.submit(() -> {
                        together.await();
                        return service.create(report("B0101", Urgency.NORMAL), dispatcher).value().number();
                    }));
                }
                List<String> taken = new ArrayList<>();
                for (Future<String> number : numbers) {
                    taken.add(number.get(60, TimeUnit.SECONDS));
                }
                assertThat(taken).containsExactlyInAnyOrder(IntStream.rangeClosed(1, reporters)
                        .mapToObj(n -> String.format("TZ-20261122-%05d", n)).toArray(String[]::new));
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void badReportsAreRejectedAndStoreNothing() {
            assertThatThrownBy(() -> service.create(report("X99", Urgency.NORMAL), dispatcher))
                    .isInstanceOf(BadRequestException.class).hasMessageContaining("没有小类 'X99'");
            NewCase outside = new NewCase("B0101", "x", Urgency.NORMAL, CaseSource.STAFF, 116.3, 39.9, Datum.WGS84,
                    null, null, null, null);
            assertThatThrownBy(() -> service.create(outside, dispatcher)).isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("不在本区的数据范围内");
            assertThatThrownBy(() -> service.create(report("B0101", Urgency.NORMAL), liyuanStaff))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM city_case", Long.class)).isZero();
        }

        @Test
        void theWholeFlowFromReceiptToClosure() {
            CityCase c = service.create(report("B0101", Urgency.NORMAL), dispatcher).value();
            c = act(c, CaseAction.REGISTER, dispatcher);
            c = act(c, CaseAction.DISPATCH, dispatcher);
            assertThat(c.unitId()).isEqualTo(homeUnit); // no rule for B01: the home township's unit (属地)
            assertThat(c.responseDueAt()).isEqualTo(START.plus(Duration.ofHours(2)));
            clock.advance(Duration.ofMinutes(30));
            c = act(c, CaseAction.ACCEPT, huoxianStaff);
            assertThat(c.respondedAt()).isEqualTo(START.plus(Duration.ofMinutes(30)));
            c = act(c, CaseAction.REPLY, huoxianStaff);
            c = act(c, CaseAction.VERIFY, supervisor);
            c = transitions.apply(c.id(), new TransitionRequest(CaseAction.CLOSE, "回访满意", null, Satisfaction.SATISFIED, null), dispatcher);
            assertThat(c.state()).isEqualTo(CaseState.CLOSED);
            assertThat(c.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
            assertThat(service.history(c.id(), dispatcher)).extracting(CaseEvent::action)
                    .containsExactly("create", "register", "dispatch", "accept", "reply", "verify", "close");
            assertThat(audit.list("case", String.valueOf(c.id()))).extracting(e -> e.action())
                    .containsExactly("case.create", "case.register", "case.dispatch", "case.accept", "case.reply",
                            "case.verify", "case.close");
            c = act(c, CaseAction.REOPEN, supervisor);
            assertThat(c.state()).isEqualTo(CaseState.REGISTERED);
            assertThat(c.closedAt()).isNull();
        }

        @Test
        void illegalTransitionsAre409AndWrongRolesAre403() {
            CityCase c = service.create(report("B0101", Urgency.NORMAL), dispatcher).value();
            CityCase received = c;
            assertThatThrownBy(() -> act(received, CaseAction.CLOSE, dispatcher)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("处于“受理”状态，不能结案");
            assertThatThrownBy(() -> act(received, CaseAction.REJECT, huoxianStaff)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> transitions.apply(received.id(), TransitionRequest.of(CaseAction.REJECT, " "), dispatcher))
                    .isInstanceOf(BadRequestException.class).hasMessageContaining("需要填写理由");
            assertThatThrownBy(() -> act(received, CaseAction.REGISTER, liyuanStaff)).isInstanceOf(NotFoundException.class);
            assertThat(service.get(c.id(), dispatcher).state()).isEqualTo(CaseState.RECEIVED);
        }

        @Test
        void dispatchRulesPickTheUnitAndTownshipStaffCannotHandleOtherUnitsCases() {
            CityCase c = service.create(report("S0401", Urgency.URGENT), dispatcher).value();
            c = act(act(c, CaseAction.REGISTER, dispatcher), CaseAction.DISPATCH, dispatcher);
            assertThat(c.unitId()).isEqualTo(waterUnit);
            CityCase dispatched = c;
            assertThatThrownBy(() -> act(dispatched, CaseAction.ACCEPT, huoxianStaff)).isInstanceOf(ForbiddenException.class);
            Actor water = new Actor("shuiwu", Role.RESPONSIBLE_UNIT, "110112", waterUnit);
            Actor other = new Actor("other", Role.RESPONSIBLE_UNIT, "110112", homeUnit);
            assertThat(act(c, CaseAction.ACCEPT, water).state()).isEqualTo(CaseState.IN_PROGRESS);
            assertThatThrownBy(() -> service.get(dispatched.id(), other)).isInstanceOf(NotFoundException.class);
            assertThat(service.list(CaseFilter.none(), other, 0, 100)).isEmpty();
            assertThat(service.list(CaseFilter.none(), water, 0, 100)).hasSize(1);
        }

        @Test
        void jurisdictionLimitsWhatTownshipStaffSee() {
            CityCase c = service.create(report("B0101", Urgency.NORMAL), dispatcher).value();
            assertThatThrownBy(() -> service.get(c.id(), liyuanStaff)).isInstanceOf(NotFoundException.class);
            assertThat(service.get(c.id(), huoxianStaff).id()).isEqualTo(c.id());
            assertThat(service.list(CaseFilter.none(), liyuanStaff, 0, 10)).isEmpty();
            assertThat(service.count(CaseFilter.none(), huoxianStaff)).isEqualTo(1);
        }

        @Test
        void duplicatesAreHintedAndCanBeMerged() {
            CityCase first = service.create(report("B0101", Urgency.NORMAL), dispatcher).value();
            NewCase near = new NewCase("B0101", "又一个", Urgency.NORMAL, CaseSource.HOTLINE_12345, HUOXIAN_LON + 0.0002,
                    HUOXIAN_LAT, Datum.WGS84, null, null, "RX-2", null);
            CaseService.Created second = service.create(near, dispatcher);
            assertThat(second.duplicateCandidates()).extracting(CityCase::id).containsExactly(first.id());
            CaseService.Created again = service.create(near, dispatcher);
            assertThat(again.created()).isFalse();
            assertThat(again.value().id()).isEqualTo(second.value().id());

            CityCase merged = transitions.apply(second.value().id(),
                    new TransitionRequest(CaseAction.MERGE, "同一井盖", null, null, first.id()), dispatcher);
            assertThat(merged.state()).isEqualTo(CaseState.MERGED);
            assertThat(service.get(first.id(), dispatcher).mergedCount()).isEqualTo(1);
            NewCase farther = new NewCase("B0101", "远处", Urgency.NORMAL, CaseSource.STAFF, HUOXIAN_LON + 0.002, HUOXIAN_LAT,
                    Datum.WGS84, null, null, null, null);
            assertThat(service.create(farther, dispatcher).duplicateCandidates()).isEmpty();
        }

        @Test
        void clocksCreateSupervisionsEscalateAndMarkOverdue() {
            CityCase late = service.create(report("B0101", Urgency.NORMAL), dispatcher).value();
            clock.advance(Duration.ofMinutes(6));
            assertThat(clockCheck.run().supervisionsCreated()).isEqualTo(1);
            assertThat(clockCheck.run().supervisionsCreated()).isZero();
            assertThat(supervisions.list(late.id())).extracting(s -> s.kind()).containsExactly(SupervisionKind.DISPATCH_OVERDUE);

            late = act(act(late, CaseAction.REGISTER, dispatcher), CaseAction.DISPATCH, dispatcher);
            assertThat(supervisions.list(late.id()).get(0).resolvedAt()).isNotNull();
            clock.advance(Duration.ofHours(2).plusMinutes(1));
            clockCheck.run();
            assertThat(supervisions.list(late.id())).extracting(s -> s.kind())
                    .contains(SupervisionKind.RESPONSE_OVERDUE).doesNotContain(SupervisionKind.ESCALATION);
            clock.advance(Duration.ofHours(2).plusMinutes(1));
            clockCheck.run();
            assertThat(supervisions.list(late.id())).filteredOn(s -> s.kind() == SupervisionKind.ESCALATION)
                    .singleElement().satisfies(s -> assertThat(s.level()).isEqualTo(2));
            late = act(late, CaseAction.ACCEPT, huoxianStaff);
            assertThat(supervisions.list(late.id())).allMatch(s -> s.resolvedAt() != null);

            clock.advance(Duration.ofDays(7));
            assertThat(clockCheck.run().markedOverdue()).isEqualTo(1);
            assertThat(service.get(late.id(), dispatcher).overdue()).isTrue();
            assertThat(service.list(new CaseFilter(null, null, null, null, null, null, null, true, null, null), dispatcher, 0, 10))
                    .hasSize(1);
        }

        @Test
        void urgentCasesMustFeedBackWithin24Hours() {
            CityCase urgent = service.create(report("B0101", Urgency.URGENT), dispatcher).value();
            urgent = act(act(act(urgent, CaseAction.REGISTER, dispatcher), CaseAction.DISPATCH, dispatcher), CaseAction.ACCEPT, huoxianStaff);
            clock.advance(Duration.ofHours(25));
            clockCheck.run();
            assertThat(supervisions.list(urgent.id())).extracting(s -> s.kind()).contains(SupervisionKind.FEEDBACK_OVERDUE);
        }
    }

    @Nested
    class OnH2gis extends Workflow {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) throws Exception {
            registry.add("luodian.data-dir", () -> tempDir());
            registry.add("luodian.demo-sample-cases", () -> "0");
        }
    }

    @Nested
    class OnPostgis extends Workflow {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) throws Exception {
            registry.add("luodian.data-dir", () -> tempDir());
            registry.add("luodian.demo-sample-cases", () -> "0");
            registry.add("spring.datasource.url", () -> PostgisForTest.get().createDatabase());
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    static String tempDir() {
        return TempDirsForTest.create("luodian-cases").toString();
    }
}
