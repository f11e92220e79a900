package cn.luodian.geo.io.osm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;

/**
 * <pre>
 *  d(0,2) ---- c(2,2)
 *    |           |       pieces: a-b, c-b (reversed), c-d, a-d (reversed): one ring a-b-c-d-a
 *  a(0,0) ---- b(2,0)
 * </pre>
 */
class RingJoinerTest {
    private static final Coordinate A = new Coordinate(0, 0);
    private static final Coordinate B = new Coordinate(2, 0);
    private static final Coordinate C = new Coordinate(2, 2);
    private static final Coordinate D = new Coordinate(0, 2);

    @Test
    void joinsPiecesInAnyOrderAndDirection() {
        RingJoiner.Rings rings = join(piece(C, D), piece(A, B), piece(A, D), piece(C, B));
        assertThat(rings.unclosedChains()).isZero();
        assertThat(rings.closed()).singleElement().satisfies(ring -> {
            assertThat(ring.isClosed()).isTrue();
            assertThat(ring.getNumPoints()).isEqualTo(5);
            assertThat(OsmGeometries.WGS84.createPolygon(ring).getArea()).isEqualTo(4.0);
        });
    }

    @Test
    void aClosedPieceIsARingOnItsOwn() {
        RingJoiner.Rings rings = join(piece(A, B, C, A), piece(new Coordinate(5, 5), new Coordinate(6, 5),
                new Coordinate(6, 6), new Coordinate(5, 5)));
        assertThat(rings.closed()).hasSize(2);
        assertThat(rings.unclosedChains()).isZero();
    }

    @Test
    void aGapLeavesAnUnclosedChain() {
        RingJoiner.Rings rings = join(piece(A, B), piece(B, C), piece(D, A));
        assertThat(rings.closed()).isEmpty();
        assertThat(rings.unclosedChains()).isEqualTo(1);
    }

    @Test
    void aPieceThatGoesThereAndBackIsNoRing() {
        RingJoiner.Rings rings = join(piece(A, B), piece(B, A));
        assertThat(rings.closed()).isEmpty();
        assertThat(rings.unclosedChains()).isEqualTo(1);
    }

    @Test
    void piecesWithFewerThanTwoPointsAreIgnored() {
        RingJoiner.Rings rings = join(piece(A), piece(A, B, C, A));
        assertThat(rings.closed()).extracting(LinearRing::getNumPoints).containsExactly(4);
    }

    private static Coordinate[] piece(Coordinate... coordinates) {
        return Arrays.stream(coordinates).map(Coordinate::new).toArray(Coordinate[]::new);
    }

    private static RingJoiner.Rings join(Coordinate[]... pieces) {
        return RingJoiner.join(List.of(pieces), OsmGeometries.WGS84);
    }
}
