package cn.luodian.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.cases.H2ListPlanner.Mode;
import cn.luodian.api.cases.H2ListPlanner.Plan;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * The choices for the lists of bench/cases.sh, on statistics shaped like its store: 1,000,000
 * cases spread evenly over 0.5° × 0.5°, 86 % closed, 100 小类 of 1 % each (大类 S01 has nine).
 */
class H2ListPlannerTest {
    static final List<String> S01 = IntStream.rangeClosed(1, 9).mapToObj(i -> "S010" + i).toList();
    static final List<String> RX01 = List.of("RX0101", "RX0102", "RX0103");
    static final CaseListStatistics STATS = statistics();

    @Test
    void oneRare小类OfTheCommonestStateSortsItsMatches() {
        Plan plan = choose(new Envelope(116.64, 116.70, 39.85, 39.895), List.of("B0101"), EnumSet.of(CaseState.CLOSED));
        assertThat(plan).isEqualTo(new Plan(Mode.SORT_MATCHES, H2ListPlanner.STATE_INDEX, null));
    }

    @Test
    void aCommon大类OfTheCommonestStateWalksTheNewestCases() {
        Plan plan = choose(new Envelope(116.55, 116.80, 39.70, 39.90), S01, EnumSet.of(CaseState.CLOSED));
        // The count stops at 1,001 sooner among the closed S01 cases (one range of the state index).
        assertThat(plan).isEqualTo(new Plan(Mode.WALK_NEWEST, H2ListPlanner.RECEIVED_INDEX, H2ListPlanner.STATE_INDEX));
    }

    @Test
    void aSmallBoxSortsWhatTheSpatialIndexFinds() {
        Plan plan = choose(new Envelope(116.660, 116.672, 39.870, 39.879), S01, EnumSet.of(CaseState.CLOSED));
        assertThat(plan).isEqualTo(new Plan(Mode.SORT_MATCHES, H2ListPlanner.SPATIAL_INDEX, null));
    }

    @Test
    void rareStatesSortTheirMatches() {
        Plan plan = choose(new Envelope(116.64, 116.70, 39.85, 39.895), RX01, EnumSet.of(CaseState.DISPATCHED, CaseState.IN_PROGRESS));
        assertThat(plan).isEqualTo(new Plan(Mode.SORT_MATCHES, H2ListPlanner.STATE_INDEX, null));
    }

    @Test
    void aCommon大类AcrossTheDistrictWalksAndCountsEarly() {
        Plan plan = choose(new Envelope(116.5, 117.0, 39.6, 40.1), S01, EnumSet.of(CaseState.CLOSED));
        assertThat(plan.mode()).isEqualTo(Mode.WALK_NEWEST);
        assertThat(plan.countIndex()).isNotNull();
    }

    private static Plan choose(Envelope bbox, List<String> categories, Set<CaseState> states) {
        CaseFilter filter = new CaseFilter(bbox, null, null, "x", states, null, null, null, "110112", null);
        return H2ListPlanner.choose(STATS, filter, categories, 100, 1001);
    }

    private static CaseListStatistics statistics() {
        Map<String, Double> stateShares = Map.of("closed", 0.86, "dispatched", 0.012, "in_progress", 0.012, "rejected", 0.116);
        List<String> categories = new java.util.ArrayList<>(S01);
        categories.addAll(RX01);
        categories.add("B0101");
        IntStream.range(categories.size(), 100).forEach(i -> categories.add("C" + i));
        Map<String, Map<String, Long>> byStateAndCategory = new HashMap<>();
        Map<String, Long> byState = new HashMap<>();
        stateShares.forEach((state, share) -> {
            long perCategory = Math.round(1_000_000 * share / categories.size());
            categories.forEach(c -> byStateAndCategory.computeIfAbsent(state, s -> new HashMap<>()).put(c, perCategory));
            byState.put(state, perCategory * categories.size());
        });
        Map<Long, Long> byCell = new HashMap<>();
        for (int cx = 0; cx < 10; cx++) {
            for (int cy = 0; cy < 10; cy++) {
                byCell.put(CaseListStatistics.cellKey(2330 + cx, 792 + cy), 10_000L);
            }
        }
        long total = byState.values().stream().mapToLong(Long::longValue).sum();
        return new CaseListStatistics(total, byStateAndCategory, byState, Map.of("110112106", total / 15), byCell);
    }
}
