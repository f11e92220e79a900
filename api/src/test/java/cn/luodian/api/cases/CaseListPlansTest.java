package cn.luodian.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.cases.H2ListPlanner.Mode;
import cn.luodian.api.cases.H2ListPlanner.Plan;
import cn.luodian.api.system.TempDirsForTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every way {@link H2ListPlanner} may read an H2 list gives the same page and count as H2's own
 * plan, over the demo's sample cases (spread over the district, a year and every state). PostgreSQL
 * always reads with its own plan.
 */
@SpringBootTest(classes = cn.luodian.api.LuodianApplication.class)
class CaseListPlansTest {
    @Autowired CaseRepository cases;
    @Autowired H2ListPlanner planner;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        String dir = TempDirsForTest.create("luodian-list-plans").toString();
        registry.add("luodian.data-dir", () -> dir);
    }

    @Test
    void everyPlanGivesTheSamePageAndCountAsH2sOwn() {
        assertThat(cases.count(CaseFilter.none())).as("the demo's sample cases").isGreaterThan(200);
        Envelope centre = new Envelope(116.60, 116.75, 39.80, 39.95);
        Instant from = Instant.parse("2026-06-01T00:00:00Z");
        List<CaseFilter> filters = List.of(
                CaseFilter.none(),
                filter(centre, null, null, null, null),
                filter(null, "B", null, null, null),
                filter(centre, "B01", null, null, null),
                filter(null, null, EnumSet.of(CaseState.CLOSED), null, null),
                filter(centre, null, EnumSet.of(CaseState.DISPATCHED, CaseState.IN_PROGRESS, CaseState.RECEIVED), null, null),
                filter(new Envelope(116.5, 117.0, 39.6, 40.1), "S", EnumSet.of(CaseState.CLOSED), from, null),
                filter(null, null, null, null, "110112106"),
                filter(centre, null, EnumSet.complementOf(EnumSet.of(CaseState.CLOSED)), null, "110112"));
        List<Plan> plans = List.of(new Plan(Mode.SORT_MATCHES, H2ListPlanner.STATE_INDEX, null),
                new Plan(Mode.WALK_NEWEST, H2ListPlanner.RECEIVED_INDEX, H2ListPlanner.RECEIVED_INDEX),
                new Plan(Mode.WALK_NEWEST, H2ListPlanner.RECEIVED_INDEX, H2ListPlanner.STATE_INDEX));
        List<Plan> spatialPlans = List.of(new Plan(Mode.SORT_MATCHES, H2ListPlanner.SPATIAL_INDEX, null),
                new Plan(Mode.WALK_NEWEST, H2ListPlanner.RECEIVED_INDEX, H2ListPlanner.SPATIAL_INDEX));
        int compared = 0;
        for (CaseFilter filter : filters) {
            List<Plan> all = new ArrayList<>(plans);
            if (filter.bbox() != null) {
                all.addAll(spatialPlans);
            }
            for (int[] window : new int[][] {{0, 10, 0}, {0, 20, 11}, {7, 30, 1001}, {0, 100, 1001}, {150, 100, 51}}) {
                CaseRepository.Page expected = cases.page(filter, window[0], window[1], window[2], (f, c, n, u) -> Plan.DEFAULT);
                // H2 2.4.240 returned some rows twice for a category IN list (20 rows, 17 cases).
                assertThat(expected.items()).extracting(CityCase::id).doesNotHaveDuplicates();
                assertThat(expected.countedUpTo()).as("%s", filter).isEqualTo(Math.min(cases.count(filter), window[2]));
                for (Plan plan : all) {
                    CaseRepository.Page actual = cases.page(filter, window[0], window[1], window[2], (f, c, n, u) -> plan);
                    assertThat(actual.items()).as("%s with %s", filter, plan).extracting(CityCase::id)
                            .containsExactlyElementsOf(expected.items().stream().map(CityCase::id).toList());
                    assertThat(actual.countedUpTo()).as("%s with %s, window %s", filter, plan, java.util.Arrays.toString(window)).isEqualTo(expected.countedUpTo());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void theStatisticsCountWhatIsStored() {
        planner.refreshNow();
        CaseListStatistics stats = planner.statistics();
        assertThat(stats.total()).isEqualTo(cases.count(CaseFilter.none()));
        Set<CaseState> closed = EnumSet.of(CaseState.CLOSED);
        assertThat(stats.countInStates(closed)).isEqualTo(cases.count(filter(null, null, closed, null, null)));
        assertThat(stats.spatialShare(new Envelope(116.0, 118.0, 39.0, 41.0))).isEqualTo(1.0);
        assertThat(stats.spatialShare(new Envelope(100.0, 101.0, 20.0, 21.0))).isZero();
        double township = stats.adminShare("110112106") * stats.total();
        assertThat(township).isEqualTo(cases.count(filter(null, null, null, null, "110112106")));
    }

    private static CaseFilter filter(Envelope bbox, String category, Set<CaseState> states, Instant from, String admin) {
        return new CaseFilter(bbox, admin, null, category, states, from, null, null, null, null);
    }
}
