package cn.luodian.bench.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.Road;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

/** The generator at a small scale: same input, same output; nested areas tile without gaps. */
class SyntheticBeijingRegionTest {
    private static final SyntheticScale SMALL = SyntheticScale.small(7);
    private static LayerBatch region;

    @BeforeAll
    static void build() {
        region = SyntheticBeijingRegion.build(SMALL);
    }

    @Test
    void makesTheRequestedCounts() {
        List<AdminArea> admin = region.features(Layer.ADMIN, AdminArea.class);
        assertThat(admin.stream().filter(a -> a.level() == AdminLevel.DISTRICT)).hasSize(SMALL.districts());
        assertThat(admin.stream().filter(a -> a.level() == AdminLevel.TOWNSHIP)).hasSize(SMALL.townships());
        assertThat(admin.stream().filter(a -> a.level() == AdminLevel.VILLAGE)).hasSize(SMALL.villages());
        assertThat(region.features(Layer.ROADS)).hasSize(SMALL.roads());
        assertThat(region.features(Layer.WATERWAYS)).hasSize(SMALL.waterways() + SMALL.lakes());
        assertThat(region.features(Layer.LANDMARKS)).hasSize(SMALL.landmarks());
        assertThat(region.features(Layer.GRID)).isNotEmpty();
        assertThat(region.features(Layer.ROADS, Road.class)).allMatch(Road::isNamed);
    }

    @Test
    void villagesHaveTensOfVerticesAndTileTheirTownships() {
        List<AdminArea> admin = region.features(Layer.ADMIN, AdminArea.class);
        double meanVertices = admin.stream().filter(a -> a.level() == AdminLevel.VILLAGE)
                .mapToInt(a -> a.geometry().getNumPoints()).average().orElseThrow();
        assertThat(meanVertices).isGreaterThan(20);
        for (AdminArea township : admin.stream().filter(a -> a.level() == AdminLevel.TOWNSHIP).toList()) {
            List<Geometry> villages = admin.stream().filter(a -> township.code().equals(a.parentCode()))
                    .map(AdminArea::geometry).toList();
            assertThat(villages).allMatch(v -> v.getArea() > 0 && v.isValid());
            double sum = villages.stream().mapToDouble(Geometry::getArea).sum();
            assertThat(sum).isCloseTo(township.geometry().getArea(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void sameScaleGivesTheSameFileBytes(@TempDir Path a, @TempDir Path b) throws Exception {
        RegionFile.write(region, a.resolve("r.bin"));
        RegionFile.write(SyntheticBeijingRegion.build(SMALL), b.resolve("r.bin"));
        assertThat(GenerateRegion.sha256(a.resolve("r.bin"))).isEqualTo(GenerateRegion.sha256(b.resolve("r.bin")));
        LayerBatch read = RegionFile.read(a.resolve("r.bin"));
        RegionFile.write(read, b.resolve("again.bin"));
        assertThat(GenerateRegion.sha256(b.resolve("again.bin"))).isEqualTo(GenerateRegion.sha256(a.resolve("r.bin")));
    }
}
