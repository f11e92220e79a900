package cn.luodian.geo.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.layer.GridCell;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Hand-made 100 m cells laid out in EPSG:4548 near 通州 (3 × 3, rows 0–300 m north, columns 0–300 m
 * east of an origin), turned into lon/lat as stored, and tracks walked through them, also placed in
 * metres: what each track covers can be read off the drawing.
 */
class TrackCoverageTest {
    private static final GaussKrugerProjection EPSG_4548 = GaussKrugerProjection.beijing();
    private static final Coordinate ORIGIN = EPSG_4548.toMetric(116.70, 39.80);
    private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** Cell code 110112106001 + row (1–3, from the south) + column (1–3, from the west) + "0". */
    private static String code(int row, int column) {
        return "110112106001" + row + column + "0";
    }

    private static List<GridCell> nineCells() {
        List<GridCell> cells = new ArrayList<>();
        for (int row = 1; row <= 3; row++) {
            for (int column = 1; column <= 3; column++) {
                Envelope metres = new Envelope(ORIGIN.x + (column - 1) * 100, ORIGIN.x + column * 100,
                        ORIGIN.y + (row - 1) * 100, ORIGIN.y + row * 100);
                cells.add(new GridCell(code(row, column), "110112106001", EPSG_4548.toGeographic(GEOMETRY.toGeometry(metres))));
            }
        }
        return cells;
    }

    /** A point {@code east}, {@code north} metres from the origin, at T0 + {@code seconds}. */
    private static TrackPoint at(double east, double north, long seconds) {
        Coordinate lonLat = EPSG_4548.toGeographic(ORIGIN.x + east, ORIGIN.y + north);
        return new TrackPoint(lonLat.x, lonLat.y, T0.plusSeconds(seconds));
    }

    private final TrackCoverage coverage = TrackCoverage.of(nineCells(), EPSG_4548);

    @Test
    void aPoint29MetresFromACellCountsAnd31MetresDoesNot() {
        // East of the north-east cell (x 200–300, y 200–300): nothing else lies within 30 m there.
        Coverage near = coverage.cover(Track.of(List.of(at(329, 250, 0))), TrackCoverage.DEFAULT_BUFFER_METRES);
        Coverage far = coverage.cover(Track.of(List.of(at(331, 250, 0))), TrackCoverage.DEFAULT_BUFFER_METRES);
        assertThat(near.cellCodes()).containsExactly(code(3, 3));
        assertThat(far.cellCodes()).isEmpty();
    }

    @Test
    void aWalkAlongTheMiddleRowCoversItsThreeCellsWithTheTimeEachWasFirstNear() {
        // West to east along y = 150 at 1 m/s: the rows above and below are 50 m away.
        Track walk = Track.of(List.of(at(-50, 150, 0), at(350, 150, 400)));
        Coverage covered = coverage.cover(walk, 30);
        assertThat(covered.cellCodes()).containsExactly(code(2, 1), code(2, 2), code(2, 3));
        assertThat(covered.lengthMetres()).isCloseTo(400.0, within(0.01));
        // Within 30 m of the west edge of each cell: x = -30, 70, 170, i.e. 20 s, 120 s, 220 s after the start.
        assertThat(covered.cells().get(0).firstPassedAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(covered.cells().get(1).firstPassedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(covered.cells().get(2).firstPassedAt()).isEqualTo(T0.plusSeconds(220));
    }

    @Test
    void aWiderBufferReachesTheRowsBesideThePath() {
        Track walk = Track.of(List.of(at(-50, 150, 0), at(350, 150, 400)));
        assertThat(coverage.cover(walk, 49).cellCodes()).hasSize(3);
        assertThat(coverage.cover(walk, 51).cellCodes()).hasSize(9);
    }

    @Test
    void aTurningTrackCoversTheCellsOfBothLegsOnceInTheOrderReached() {
        // North up the middle column, then east along the top row, then back south down the same column.
        Track walk = Track.of(List.of(at(150, -100, 0), at(150, 250, 350), at(350, 250, 550), at(150, 250, 750), at(150, -100, 1100)));
        Coverage covered = coverage.cover(walk, 10);
        assertThat(covered.cellCodes()).containsExactly(code(1, 2), code(2, 2), code(3, 2), code(3, 3));
        assertThat(covered.lengthMetres()).isCloseTo(350 + 200 + 200 + 350, within(0.01));
    }

    @Test
    void aTrackOutsideEveryCellCoversNothingButStillHasItsLength() {
        Track away = Track.of(List.of(at(1000, 1000, 0), at(1000, 1300, 300), at(1400, 1300, 700)));
        Coverage covered = coverage.cover(away, 30);
        assertThat(covered.cells()).isEmpty();
        assertThat(covered.lengthMetres()).isCloseTo(700.0, within(0.01));
        assertThat(coverage.lengthMetres(away)).isCloseTo(700.0, within(0.01));
    }

    @Test
    void anEmptyTrackCoversNothing() {
        Coverage covered = coverage.cover(Track.EMPTY, 30);
        assertThat(covered.cells()).isEmpty();
        assertThat(covered.lengthMetres()).isZero();
    }

    @Test
    void theBufferIsBounded() {
        assertThatThrownBy(() -> coverage.cover(Track.EMPTY, -1)).hasMessageContaining("缓冲距离");
        assertThatThrownBy(() -> coverage.cover(Track.EMPTY, Double.NaN)).hasMessageContaining("缓冲距离");
        assertThatThrownBy(() -> coverage.cover(Track.EMPTY, 501)).hasMessageContaining("缓冲距离");
    }
}
