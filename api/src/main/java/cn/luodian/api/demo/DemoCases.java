package cn.luodian.api.demo;

import cn.luodian.api.cases.CaseAction;
import cn.luodian.api.cases.CaseClockCheck;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.cases.CaseTransitions;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.cases.NewCase;
import cn.luodian.api.cases.Satisfaction;
import cn.luodian.api.cases.TransitionRequest;
import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.AppClock;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.layer.AdminArea;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A few hundred sample cases (示例) for the demo region, replayed through the real workflow at the
 * times they happened over the last 90 days: more in the built-up centre and in a few hot spots,
 * mostly daytime, most closed, recent ones still open, some late — so that maps, rates and
 * hotspots have something to show. Deterministic for a given "now".
 */
final class DemoCases {
    static final String LABEL = "【示例】";

    /** Category, weight, description: what a district's hotline hears most. */
    private record Kind(String category, int weight, String description) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("RX0101", 14, "垃圾桶满溢，垃圾清运不及时"),
            new Kind("S0102", 10, "路边有暴露垃圾，影响环境"),
            new Kind("RX0601", 10, "车辆长期占用消防通道停放"),
            new Kind("S0502", 8, "商户店外经营，占用人行道"),
            new Kind("RX0301", 8, "早市摊贩占道经营"),
            new Kind("S0201", 7, "墙面张贴非法小广告"),
            new Kind("RX0501", 6, "路灯不亮，夜间出行不便"),
            new Kind("B0103", 5, "雨水井盖破损"),
            new Kind("RX0401", 5, "餐饮油烟直排扰民"),
            new Kind("S0302", 4, "工地扬尘未覆盖"),
            new Kind("S0406", 4, "雨后道路积水"),
            new Kind("RX0701", 4, "树枝遮挡交通标志，需修剪"),
            new Kind("S0101", 3, "私搭乱建棚房"),
            new Kind("RX0602", 3, "共享单车乱停放堵塞路口"),
            new Kind("S0404", 3, "下水道堵塞，污水外溢"),
            new Kind("RX0201", 2, "违法建设举报"),
            new Kind("S0506", 2, "夜间露天烧烤"),
            new Kind("B0402", 2, "行道树倒伏"));

    private final CaseService cases;
    private final CaseTransitions transitions;
    private final CaseClockCheck clocks;
    private final AppClock clock;

    DemoCases(CaseService cases, CaseTransitions transitions, CaseClockCheck clocks, AppClock clock) {
        this.cases = cases;
        this.transitions = transitions;
        this.clocks = clocks;
        this.clock = clock;
    }

    /** Replays {@code count} sample cases up to {@code now}, then lets the clocks catch up with it. */
    void create(int count, List<AdminArea> villages, Function<String, Boolean> builtUp, Instant now) {
        try {
            replayAll(count, villages, builtUp, now);
        } finally {
            clock.unpin();
        }
    }

    private void replayAll(int count, List<AdminArea> villages, Function<String, Boolean> builtUp, Instant now) {
        SplittableRandom random = new SplittableRandom(20261122L);
        GeometryFactory factory = new GeometryFactory();
        Actor dispatcher = new Actor("示例坐席员", Role.DISPATCHER, "110112", null);
        Actor supervisor = new Actor("示例督办员", Role.SUPERVISOR, "110112", null);
        Actor handler = Actor.system("示例处置人员");
        List<AdminArea> weighted = villages.stream()
                .flatMap(v -> java.util.stream.Stream.generate(() -> v).limit(builtUp.apply(v.code()) ? 4 : 1)).toList();
        for (int i = 0; i < count; i++) {
            AdminArea village = weighted.get(random.nextInt(weighted.size()));
            Coordinate point = pointIn(village, random, factory);
            Kind kind = pick(random);
            long ageMinutes = (long) (random.nextDouble() * 90 * 24 * 60);
            Instant received = now.minus(Duration.ofMinutes(ageMinutes));
            // Calls come mostly in the day: fold night hours (Beijing 23:00–07:00) into the afternoon.
            int hourInBeijing = (int) ((received.getEpochSecond() / 3600 + 8) % 24);
            if (hourInBeijing < 7 || hourInBeijing >= 23) {
                received = received.minus(Duration.ofHours(10));
            }
            clock.pin(received);
            Urgency urgency = random.nextInt(100) < 90 ? Urgency.NORMAL : random.nextInt(4) == 0 ? Urgency.EMERGENCY : Urgency.URGENT;
            CaseSource source = random.nextInt(10) < 6 ? CaseSource.HOTLINE_12345 : random.nextInt(3) < 2 ? CaseSource.GRID_PATROL : CaseSource.STAFF;
            NewCase report = new NewCase(kind.category(), LABEL + kind.description(), urgency, source, point.x, point.y,
                    Datum.WGS84, "示例市民", "1380000" + String.format("%04d", i), "DEMO-" + (i + 1), received);
            CityCase c = cases.create(report, dispatcher).value();
            replay(c, random, now, dispatcher, supervisor, handler);
        }
        clock.pin(now);
        clocks.run();
    }

    /** Walks the case as far as its age allows: each step a plausible delay after the last. */
    private void replay(CityCase c, SplittableRandom random, Instant now, Actor dispatcher, Actor supervisor, Actor handler) {
        long id = c.id();
        CaseAction[] steps = {CaseAction.REGISTER, CaseAction.DISPATCH, CaseAction.ACCEPT, CaseAction.REPLY,
                CaseAction.VERIFY, CaseAction.CLOSE};
        Duration[] typical = {Duration.ofMinutes(3), Duration.ofMinutes(2), Duration.ofMinutes(90), Duration.ofHours(30),
                Duration.ofHours(6), Duration.ofHours(4)};
        for (int s = 0; s < steps.length; s++) {
            // Exponential delays around the typical one: most on time, a tail late.
            long delayMinutes = Math.max(1, (long) (-Math.log(1 - random.nextDouble()) * typical[s].toMinutes()));
            Instant at = clock.instant().plus(Duration.ofMinutes(delayMinutes));
            if (at.isAfter(now) || random.nextInt(100) < 2) {
                return; // still waiting for this step
            }
            clock.pin(at);
            Actor actor = s <= 1 ? dispatcher : s <= 3 ? handler : s == 4 ? supervisor : dispatcher;
            Satisfaction satisfaction = steps[s] == CaseAction.CLOSE ? satisfaction(random) : null;
            transitions.apply(id, new TransitionRequest(steps[s], "示例", null, satisfaction, null), actor);
        }
    }

    private static Satisfaction satisfaction(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < 78 ? Satisfaction.SATISFIED : r < 92 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.UNSATISFIED;
    }

    private static Kind pick(SplittableRandom random) {
        int total = KINDS.stream().mapToInt(Kind::weight).sum();
        int r = random.nextInt(total);
        for (Kind kind : KINDS) {
            r -= kind.weight();
            if (r < 0) {
                return kind;
            }
        }
        return KINDS.get(0);
    }

    private static Coordinate pointIn(AdminArea village, SplittableRandom random, GeometryFactory factory) {
        PreparedGeometry area = PreparedGeometryFactory.prepare(village.geometry());
        Envelope e = village.geometry().getEnvelopeInternal();
        for (int attempt = 0; attempt < 1000; attempt++) {
            Coordinate c = new Coordinate(e.getMinX() + random.nextDouble() * e.getWidth(),
                    e.getMinY() + random.nextDouble() * e.getHeight());
            if (area.contains(factory.createPoint(c))) {
                return c;
            }
        }
        return village.geometry().getInteriorPoint().getCoordinate();
    }
}
