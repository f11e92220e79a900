package cn.luodian.geo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * <pre>
 *   ┌─────┬─────┐
 *   │  W  │  E  │     W = (0..100, 0..100), E = (100..200, 0..100)
 *   └─────┴─────┘
 * </pre>
 */
class AreaIndexTest {
    record Area(String code, Geometry geometry) {
    }

    private static Geometry wkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final Area WEST = new Area("001", wkt("POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))"));
    private static final Area EAST = new Area("002", wkt("POLYGON ((100 0, 200 0, 200 100, 100 100, 100 0))"));

    @Test
    void findsTheContainingArea() {
        AreaIndex<Area> index = new AreaIndex<>(List.of(WEST, EAST), Area::geometry);
        assertThat(index.find(50, 50)).contains(WEST);
        assertThat(index.find(150, 50)).contains(EAST);
        assertThat(index.find(250, 50)).isEmpty();
    }

    @Test
    void aPointOnASharedBoundaryGetsTheFirstAreaInOrder() {
        assertThat(new AreaIndex<>(List.of(WEST, EAST), Area::geometry).find(100, 50)).contains(WEST);
        assertThat(new AreaIndex<>(List.of(EAST, WEST), Area::geometry).find(100, 50)).contains(EAST);
    }

    @Test
    void outerBoundaryCounts() {
        assertThat(new AreaIndex<>(List.of(WEST), Area::geometry).find(0, 0)).contains(WEST);
    }
}
