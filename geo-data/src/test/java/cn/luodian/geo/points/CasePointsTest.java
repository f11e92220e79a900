package cn.luodian.geo.points;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.crs.ChinaOffsets;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.WebMercator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class CasePointsTest {
    private static final String[] CATEGORIES = {"RX0101", "RX0601", "S0102", "B0103"};
    private static final String[] STATES = {"received", "dispatched", "closed"};

    static List<CasePoint> randomPoints(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CasePoint> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new CasePoint(i + 1, 116.55 + random.nextDouble() * 0.4, 39.65 + random.nextDouble() * 0.35,
                    CATEGORIES[random.nextInt(CATEGORIES.length)], STATES[random.nextInt(STATES.length)], "normal",
                    1_780_000_000L + random.nextInt(1_000_000), random.nextInt(10) == 0,
                    "TZ-20261122-%05d".formatted(i + 1)));
        }
        return points;
    }

    static CasePoints of(List<CasePoint> points) {
        CasePointTable.Builder builder = CasePointTable.builder();
        points.forEach(builder::add);
        return CasePoints.of(builder.build());
    }

    static Set<Long> idsIn(CasePoints points, Envelope window, PointShift shift, CasePointFilter filter) {
        Set<Long> ids = new HashSet<>();
        points.forEach(window, shift, filter, (table, row, x, y) -> assertThat(ids.add(table.id(row))).isTrue());
        return ids;
    }

    @Test
    void aTileHoldsExactlyThePointsWhoseTileItIs() {
        List<CasePoint> all = randomPoints(20_000, 1);
        CasePoints points = of(all);
        for (int z : new int[] {9, 12, 15, 21}) {
            TileAddress tile = TileAddress.containing(116.7, 39.8, z);
            Set<Long> expected = new HashSet<>();
            Envelope bounds = WebMercator.bounds(tile);
            for (CasePoint p : all) {
                if (bounds.contains(WebMercator.xMetres(p.lon()), WebMercator.yMetres(p.lat()))) {
                    expected.add(p.id());
                }
            }
            assertThat(idsIn(points, bounds, PointShift.NONE, CasePointFilter.ALL)).as("z" + z).isEqualTo(expected);
        }
    }

    @Test
    void anyWindowAndTheFilterOfTheCaseList() {
        List<CasePoint> all = randomPoints(20_000, 2);
        CasePoints points = of(all);
        Envelope window = new Envelope(WebMercator.xMetres(116.61), WebMercator.xMetres(116.83),
                WebMercator.yMetres(39.71), WebMercator.yMetres(39.77));
        CasePointFilter filter = new CasePointFilter("RX", Set.of("received", "closed"), 1_780_100_000L, 1_780_600_000L, false);
        Set<Long> expected = new HashSet<>();
        for (CasePoint p : all) {
            boolean inside = window.contains(WebMercator.xMetres(p.lon()), WebMercator.yMetres(p.lat()));
            boolean passes = p.category().startsWith("RX") && !p.state().equals("dispatched")
                    && p.receivedEpochSecond() >= 1_780_100_000L && p.receivedEpochSecond() < 1_780_600_000L && !p.overdue();
            if (inside && passes) {
                expected.add(p.id());
            }
        }
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(idsIn(points, window, PointShift.NONE, filter)).isEqualTo(expected);
    }

    @Test
    void gcj02PlacesEachPointAtItsShiftedPosition() {
        List<CasePoint> all = randomPoints(5_000, 3);
        CasePoints points = of(all);
        TileAddress tile = TileAddress.containing(116.7, 39.8, 13);
        Envelope bounds = WebMercator.bounds(tile);
        Set<Long> expected = new HashSet<>();
        for (CasePoint p : all) {
            Coordinate shifted = ChinaOffsets.wgs84ToGcj02(p.lon(), p.lat());
            if (bounds.contains(WebMercator.xMetres(shifted.x), WebMercator.yMetres(shifted.y))) {
                expected.add(p.id());
            }
        }
        assertThat(expected).isNotEmpty().isNotEqualTo(idsIn(points, bounds, PointShift.NONE, CasePointFilter.ALL));
        assertThat(idsIn(points, bounds, PointShift.GCJ02, CasePointFilter.ALL)).isEqualTo(expected);
    }

    @Test
    void upsertsAndRemovalsMakeNewSetsAndLeaveOldOnesAlone() {
        CasePoints before = of(randomPoints(1_000, 4));
        CasePoint moved = new CasePoint(7, 116.70, 39.80, "S0102", "closed", "urgent", 1_780_000_000L, true, "TZ-20261122-00007");
        CasePoint added = new CasePoint(5_000, 116.71, 39.81, "X9901", "received", "normal", 1_780_000_001L, false, "odd number");
        CasePoints after = before.withUpserted(List.of(moved, added)).withRemoved(List.of(8L, 5_001L));

        assertThat(before.size()).isEqualTo(1_000);
        assertThat(before.find(8)).isPresent();
        assertThat(after.size()).isEqualTo(1_000);
        assertThat(after.find(7)).contains(moved); // straight from the delta, not yet through Mercator
        assertThat(after.find(5_000)).contains(added);
        assertThat(after.find(8)).isEmpty();
        Envelope aroundMoved = new Envelope(new Coordinate(WebMercator.xMetres(116.70), WebMercator.yMetres(39.80)));
        aroundMoved.expandBy(1);
        assertThat(idsIn(after, aroundMoved, PointShift.NONE, CasePointFilter.ALL)).containsExactly(7L);
        assertThat(idsIn(before, aroundMoved, PointShift.NONE, CasePointFilter.ALL)).isEmpty();

        CasePoints compacted = after.compacted();
        assertThat(compacted.deltaSize()).isZero();
        assertThat(compacted.list()).extracting(CasePoint::id).containsExactlyInAnyOrderElementsOf(
                after.list().stream().map(CasePoint::id).toList());
        // Positions go through Mercator metres and back: equal to far below a millimetre.
        assertThat(compacted.find(7).orElseThrow().lon()).isCloseTo(116.70, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(compacted.find(5_000).orElseThrow().number()).isEqualTo("odd number");
        assertThat(compacted.find(7).orElseThrow().number()).isEqualTo("TZ-20261122-00007");
    }

    @Test
    void caseNumbersReadBackExactly() {
        List<String> numbers = List.of("TZ-20261122-00042", "TZ-20261122-123456", "CY-20250101-00001", "TZ-2026-1",
                "TZ-20261122-0004", "A-B-C", "TZ-20261122-012345");
        CasePointTable.Builder builder = CasePointTable.builder();
        for (int i = 0; i < numbers.size(); i++) {
            builder.add(i, 116.7 + i * 0.001, 39.8, "B0101", "received", "normal", 0, false, numbers.get(i));
        }
        CasePointTable table = builder.build();
        Set<String> back = new HashSet<>();
        for (int row = 0; row < table.size(); row++) {
            back.add(table.number(row));
        }
        assertThat(back).containsExactlyInAnyOrderElementsOf(numbers);
    }
}
