package cn.luodian.bench;

import cn.luodian.geo.describe.DescribeOptions;
import cn.luodian.geo.describe.Describer;
import cn.luodian.geo.describe.Description;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.index.Snap;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.Waterway;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-threaded throughput of Luodian's describe, on the demo region and on the synthetic
 * Beijing-scale region, cycling through 65,536 seeded random points inside the data. Every fork
 * runs with -Xmx1500m: the Beijing index must fit in that heap.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xmx1500m", "-Xms1500m"})
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
public class DescribeBenchmark {
    static final int POINTS = 1 << 16;

    @Param({Regions.TONGZHOU, Regions.BEIJING})
    public String region;

    private ReferenceIndex index;
    private Describer describer;
    private double[][] points;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        var batch = Regions.load(region);
        index = ReferenceIndex.build(batch);
        describer = new Describer(index, DescribeOptions.DEFAULTS);
        points = QueryPoints.inside(batch, POINTS, QueryPoints.BENCHMARK_SEED);
    }

    /** The full describe: all admin levels, grid cell, nearest road and waterway, landmark, text. */
    @Benchmark
    public Description describe() {
        double[] p = points[next++ & (POINTS - 1)];
        return describer.describe(p[0], p[1]);
    }

    /** Only what the PostGIS peer does: project the point, nearest named road and nearest named waterway. */
    @Benchmark
    public void nearestRoadAndWaterway(Blackhole blackhole) {
        double[] p = points[next++ & (POINTS - 1)];
        Coordinate m = index.projection().toMetric(p[0], p[1]);
        Optional<Snap<Road>> road = index.namedRoads().nearest(m.x, m.y, DescribeOptions.DEFAULTS.roadMaxMetres());
        Optional<Snap<Waterway>> waterway = index.namedWaterways().nearest(m.x, m.y, DescribeOptions.DEFAULTS.waterwayMaxMetres());
        blackhole.consume(road);
        blackhole.consume(waterway);
    }
}
