package cn.luodian.geo.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class CoverageVertexNoderTest {

    /*
     *  (0,100) +------+------+ (200,100)
     *          |  a   |  b   |
     *          |      + (100,40) only in b
     *          |      |      |
     *  (0,0)   +------+------+ (200,0)
     */
    @Test
    void aVertexOnANeighboursEdgeIsInsertedThere() {
        Geometry a = geometry("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))");
        Geometry b = geometry("POLYGON ((100 0, 200 0, 200 100, 100 100, 100 40, 100 0))");
        CoverageVertexNoder noder = new CoverageVertexNoder(List.of(a, b), CoverageVertexNoder.DEFAULT_TOLERANCE_METRES);

        assertThat(noder.node(a).equalsExact(geometry("POLYGON ((0 0, 100 0, 100 40, 100 100, 0 100, 0 0))"))).isTrue();
        assertThat(noder.node(b).equalsExact(b)).isTrue();
    }

    /** Two cuts computed the same crossing a few ulps apart: both end up with the first one. */
    @Test
    void verticesWithinTheToleranceBecomeOne() {
        Geometry a = geometry("POLYGON ((0 0, 100 0, 100 40, 100 100, 0 100, 0 0))");
        Geometry b = geometry("POLYGON ((100 0, 200 0, 200 100, 100 100, 100.0000000001 40.0000000002, 100 0))");
        CoverageVertexNoder noder = new CoverageVertexNoder(List.of(a, b), CoverageVertexNoder.DEFAULT_TOLERANCE_METRES);

        assertThat(noder.node(a).equalsExact(a)).isTrue();
        assertThat(noder.node(b).equalsExact(geometry("POLYGON ((100 0, 200 0, 200 100, 100 100, 100 40, 100 0))"))).isTrue();
    }

    private static Geometry geometry(String wkt) {
        try {
            return new WKTReader(new GeometryFactory()).read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
