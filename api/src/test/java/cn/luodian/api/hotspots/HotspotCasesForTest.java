package cn.luodian.api.hotspots;

import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.cases.NewCase;
import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.SettableClock;
import cn.luodian.geo.crs.Datum;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small controlled set of cases in the demo region, made through the case service (so each has
 * its township, village and grid cell as in production), read at {@link #AS_OF} (December 2026 in
 * Beijing, so the "last month" is November).
 *
 * <pre>
 * where                         category            October   November
 * 漷县镇, one spot (the cluster)  B0101 上水井盖          2        10   (within ~15 m of each other)
 * 梨园镇                         RX0101 垃圾清运不及时    1         3
 * 张家湾镇                       S0102 暴露垃圾          0         4
 * 宋庄镇                         B0101                  0         1
 * </pre>
 */
final class HotspotCasesForTest {
    static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");
    static final String DISTRICT = "110112";
    static final String HUOXIAN = "110112106";
    static final String LIYUAN = "110112121";
    static final String ZHANGJIAWAN = "110112105";
    static final String SONGZHUANG = "110112104";

    static final Actor PLANNER = new Actor("fenxi", Role.PLANNER, DISTRICT, null);
    static final Actor DISPATCHER = new Actor("zuoxi", Role.DISPATCHER, DISTRICT, null);
    static final Actor LIYUAN_STAFF = new Actor("liyuan", Role.TOWNSHIP_STAFF, LIYUAN, null);
    static final Actor UNIT = new Actor("chengguan", Role.RESPONSIBLE_UNIT, DISTRICT, 1L);

    static final double[] CLUSTER = {116.7726, 39.7588};
    static final double[] LIYUAN_SPOT = {116.63521, 39.87105};
    static final double[] ZHANGJIAWAN_SPOT = {116.72454, 39.81364};
    static final double[] SONGZHUANG_SPOT = {116.70396, 39.99403};

    private final CaseService service;
    private final SettableClock clock;
    private final JdbcTemplate jdbc;

    HotspotCasesForTest(CaseService service, SettableClock clock, JdbcTemplate jdbc) {
        this.service = service;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Empties the case tables and makes the cases above; leaves the clock at {@link #AS_OF}. */
    HotspotCasesForTest build() {
        for (String table : new String[] {"supervision", "case_event", "case_photo", "city_case", "case_number"}) {
            jdbc.update("DELETE FROM " + table);
        }
        report(CLUSTER, 0, "B0101", "2026-10-10T02:00:00Z", 2);
        report(LIYUAN_SPOT, 0, "RX0101", "2026-10-11T02:00:00Z", 1);
        report(CLUSTER, 0.00002, "B0101", "2026-11-02T02:00:00Z", 10);
        report(LIYUAN_SPOT, 0, "RX0101", "2026-11-12T02:00:00Z", 3);
        report(ZHANGJIAWAN_SPOT, 0, "S0102", "2026-11-13T02:00:00Z", 4);
        report(SONGZHUANG_SPOT, 0, "B0101", "2026-11-14T02:00:00Z", 1);
        clock.set(AS_OF);
        return this;
    }

    /** {@code count} cases an hour apart from {@code first}, each {@code stepDegrees} east of the one before. */
    private void report(double[] at, double stepDegrees, String category, String first, int count) {
        clock.set(Instant.parse(first));
        for (int i = 0; i < count; i++) {
            service.create(new NewCase(category, "热点测试", Urgency.NORMAL, CaseSource.HOTLINE_12345,
                    at[0] + i * stepDegrees, at[1], Datum.WGS84, null, null, null, null), DISPATCHER);
            clock.advance(Duration.ofHours(1));
        }
    }
}
