package cn.luodian.geo.io.osm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class NodeCoordinatesTest {

    @Test
    void keepsOnlyWantedNodesAndReadsBackTheirDegrees() {
        NodeCoordinates.Builder wanted = new NodeCoordinates.Builder();
        wanted.addAll(new long[] {30, 10, 20, 10});
        wanted.addAll(new long[] {20, 5_000_000_000L});
        NodeCoordinates nodes = wanted.build();

        nodes.put(10, 116.7654321, 39.7512345);
        nodes.put(11, 116.0, 39.0);
        nodes.put(5_000_000_000L, -0.0000001, 89.9999999);

        assertThat(nodes.find(10)).isEqualTo(new Coordinate(116.7654321, 39.7512345));
        assertThat(nodes.find(5_000_000_000L)).isEqualTo(new Coordinate(-0.0000001, 89.9999999));
        assertThat(nodes.find(11)).as("not wanted").isNull();
        assertThat(nodes.find(20)).as("wanted but not in the file").isNull();
    }
}
