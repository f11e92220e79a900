package cn.luodian.api.stats;

import cn.luodian.api.cases.CaseAction;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.cases.CaseTransitions;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.cases.NewCase;
import cn.luodian.api.cases.Satisfaction;
import cn.luodian.api.cases.TransitionRequest;
import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.SettableClock;
import cn.luodian.geo.crs.Datum;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A month of cases in four townships of the demo region, taken through the real workflow while the
 * clock moves (response deadline 2 h after dispatch, resolution deadline 7 d after receipt).
 * November 2026 in Beijing is [2026-10-31T16:00Z, 2026-11-30T16:00Z); the rates are read at
 * {@link #AS_OF}.
 *
 * <pre>
 * case  township  category     unit      received (UTC)         story                                    in Nov
 * H7    漷县镇    B0101 井盖    HUOXIAN   10-31 15:59:59 (Oct)   all on time, satisfied                    no
 * H5    漷县镇    B0101         -         10-31 16:00:00 (Nov 1) rejected (不予立案)                        yes
 * H1    漷县镇    B0101         HUOXIAN   11-02 02:00            accepted +30 min, closed +2 d, satisfied   yes
 * H2    漷县镇    B0101         HUOXIAN   11-03 02:00            accepted +3 h (late), closed +8 d (late),
 *                                                               rated unsatisfied after closing           yes
 * H3    漷县镇    S0401 塌陷    WATER     11-04 02:00            accepted +1 h, verified, basically
 *                                                               satisfied, not closed                     yes
 * H4    漷县镇    B0112 路灯    HUOXIAN   11-05 02:00            dispatched, never accepted               yes
 * H6    漷县镇    B0112         -         11-05 03:00            merged into H4                           yes
 * L1    梨园镇    B0101         LIYUAN    11-06 02:00            accepted exactly at the deadline,
 *                                                               closed +1 d, satisfied                    yes
 * Z1    张家湾镇  B0101         ZJW       11-07 02:00            all on time, satisfied                    yes
 * Z2    张家湾镇  B0102         ZJW       11-08 02:00            all on time, basically satisfied          yes
 * S1    宋庄镇    B0101         SONGZH    11-09 02:00            all on time, satisfied                    yes
 * L2    梨园镇    B0101         LIYUAN    11-30 15:00            dispatched 11-30 23:30, still inside its
 *                                                               deadline at AS_OF: response pending       yes
 * D1    漷县镇    B0101         -         11-30 16:00 (Dec 1)    received only                             no
 * </pre>
 */
final class NovemberCasesForTest {
    static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");

    static final String HUOXIAN = "110112106";
    static final String LIYUAN = "110112121";
    static final String ZHANGJIAWAN = "110112105";
    static final String SONGZHUANG = "110112104";

    static final Actor DISPATCHER = new Actor("zuoxi", Role.DISPATCHER, "110112", null);
    static final Actor SUPERVISOR = new Actor("duban", Role.SUPERVISOR, "110112", null);
    static final Actor HUOXIAN_STAFF = new Actor("huoxian", Role.TOWNSHIP_STAFF, HUOXIAN, null);
    static final Actor LIYUAN_STAFF = new Actor("liyuan", Role.TOWNSHIP_STAFF, LIYUAN, null);
    static final Actor PLANNER = new Actor("yanpan", Role.PLANNER, "110112", null);

    private final CaseService service;
    private final CaseTransitions transitions;
    private final ResponsibleUnits units;
    private final SettableClock clock;
    private final JdbcTemplate jdbc;

    long huoxianUnit;
    long liyuanUnit;
    long waterUnit;

    NovemberCasesForTest(CaseService service, CaseTransitions transitions, ResponsibleUnits units,
                         SettableClock clock, JdbcTemplate jdbc) {
        this.service = service;
        this.transitions = transitions;
        this.units = units;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    Actor waterUnitActor() {
        return new Actor("shuiwu", Role.RESPONSIBLE_UNIT, "110112", waterUnit);
    }

    /** Empties the case tables and builds the month; leaves the clock at {@link #AS_OF}. */
    NovemberCasesForTest build() {
        for (String table : new String[] {"supervision", "case_event", "case_photo", "city_case", "case_number",
                "dispatch_rule", "responsible_unit"}) {
            jdbc.update("DELETE FROM " + table);
        }
        huoxianUnit = units.insertUnit("T-HUOXIAN", "漷县镇综合执法队", HUOXIAN);
        liyuanUnit = units.insertUnit("T-LIYUAN", "梨园镇综合执法队", LIYUAN);
        units.insertUnit("T-ZJW", "张家湾镇综合执法队", ZHANGJIAWAN);
        units.insertUnit("T-SONGZHUANG", "宋庄镇综合执法队", SONGZHUANG);
        waterUnit = units.insertUnit("T-WATER", "区水务局", null);
        units.insertRule("S04", "", waterUnit, 0);

        story(Place.HUOXIAN, "B0101", "2026-10-31T15:59:59Z").perfect(Satisfaction.SATISFIED);
        story(Place.HUOXIAN, "B0101", "2026-10-31T16:00:00Z").step(Duration.ofMinutes(1), CaseAction.REJECT, DISPATCHER);
        story(Place.HUOXIAN, "B0101", "2026-11-02T02:00:00Z").dispatch()
                .step(Duration.ofMinutes(30), CaseAction.ACCEPT, null)
                .step(Duration.ofDays(1), CaseAction.REPLY, null)
                .step(Duration.ofHours(1), CaseAction.VERIFY, SUPERVISOR)
                .close(Duration.ofHours(22), Satisfaction.SATISFIED);
        story(Place.HUOXIAN, "B0101", "2026-11-03T02:00:00Z").dispatch()
                .step(Duration.ofHours(3), CaseAction.ACCEPT, null)
                .step(Duration.ofDays(7), CaseAction.REPLY, null)
                .step(Duration.ofHours(1), CaseAction.VERIFY, SUPERVISOR)
                .close(Duration.ofHours(20), null)
                .rate(Duration.ofHours(1), Satisfaction.UNSATISFIED);
        story(Place.HUOXIAN, "S0401", "2026-11-04T02:00:00Z").dispatch()
                .step(Duration.ofHours(1), CaseAction.ACCEPT, null)
                .step(Duration.ofDays(1), CaseAction.REPLY, null)
                .step(Duration.ofHours(1), CaseAction.VERIFY, SUPERVISOR)
                .rate(Duration.ofHours(1), Satisfaction.BASICALLY_SATISFIED);
        Story streetLight = story(Place.HUOXIAN, "B0112", "2026-11-05T02:00:00Z").dispatch();
        Story duplicate = story(Place.HUOXIAN, "B0112", "2026-11-05T03:00:00Z");
        transitions.apply(duplicate.c.id(), new TransitionRequest(CaseAction.MERGE, "同一路灯", null, null, streetLight.c.id()),
                DISPATCHER);
        story(Place.LIYUAN, "B0101", "2026-11-06T02:00:00Z").dispatch()
                .step(Duration.ofHours(2), CaseAction.ACCEPT, null) // exactly at response_due_at: on time
                .step(Duration.ofHours(4), CaseAction.REPLY, null)
                .step(Duration.ofHours(1), CaseAction.VERIFY, SUPERVISOR)
                .close(Duration.ofHours(17), Satisfaction.SATISFIED);
        story(Place.ZHANGJIAWAN, "B0101", "2026-11-07T02:00:00Z").perfect(Satisfaction.SATISFIED);
        story(Place.ZHANGJIAWAN, "B0102", "2026-11-08T02:00:00Z").perfect(Satisfaction.BASICALLY_SATISFIED);
        story(Place.SONGZHUANG, "B0101", "2026-11-09T02:00:00Z").perfect(Satisfaction.SATISFIED);
        story(Place.LIYUAN, "B0101", "2026-11-30T15:00:00Z").step(Duration.ofMinutes(30), CaseAction.REGISTER, DISPATCHER)
                .step(Duration.ofHours(8), CaseAction.DISPATCH, DISPATCHER);
        story(Place.HUOXIAN, "B0101", "2026-11-30T16:00:00Z");
        clock.set(AS_OF);
        return this;
    }

    /** Interior points of four townships of the demo region. */
    enum Place {
        HUOXIAN(116.7726, 39.7588), LIYUAN(116.63521, 39.87105), ZHANGJIAWAN(116.72454, 39.81364),
        SONGZHUANG(116.70396, 39.99403);

        final double lon;
        final double lat;

        Place(double lon, double lat) {
            this.lon = lon;
            this.lat = lat;
        }
    }

    private Story story(Place place, String category, String receivedAt) {
        clock.set(Instant.parse(receivedAt));
        NewCase report = new NewCase(category, "测试案件", Urgency.NORMAL, CaseSource.HOTLINE_12345, place.lon, place.lat,
                Datum.WGS84, null, null, null, null);
        return new Story(service.create(report, DISPATCHER).value());
    }

    /** One case moving through the workflow; each step happens {@code after} the previous one. */
    private final class Story {
        CityCase c;

        Story(CityCase c) {
            this.c = c;
        }

        /** {@code actor} null: the unit that holds the case acts. */
        Story step(Duration after, CaseAction action, Actor actor) {
            return apply(after, TransitionRequest.of(action, "ok"), actor);
        }

        Story dispatch() {
            return step(Duration.ZERO, CaseAction.REGISTER, DISPATCHER).step(Duration.ZERO, CaseAction.DISPATCH, DISPATCHER);
        }

        Story close(Duration after, Satisfaction satisfaction) {
            return apply(after, new TransitionRequest(CaseAction.CLOSE, "结案", null, satisfaction, null), DISPATCHER);
        }

        Story rate(Duration after, Satisfaction satisfaction) {
            return apply(after, new TransitionRequest(CaseAction.RATE, "回访", null, satisfaction, null), DISPATCHER);
        }

        /** Responded, done and closed well inside every deadline. */
        Story perfect(Satisfaction satisfaction) {
            return dispatch().step(Duration.ofMinutes(20), CaseAction.ACCEPT, null)
                    .step(Duration.ofHours(5), CaseAction.REPLY, null)
                    .step(Duration.ofHours(1), CaseAction.VERIFY, SUPERVISOR)
                    .close(Duration.ofHours(1), satisfaction);
        }

        private Story apply(Duration after, TransitionRequest request, Actor actor) {
            clock.advance(after);
            Actor who = actor != null ? actor : new Actor("unit-" + c.unitId(), Role.RESPONSIBLE_UNIT, "110112", c.unitId());
            c = transitions.apply(c.id(), request, who);
            return this;
        }
    }
}
