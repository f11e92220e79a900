package cn.luodian.bench.components;

import cn.luodian.bench.cases.Taxonomy;
import cn.luodian.geo.component.Component;
import cn.luodian.geo.component.NearbyComponent;
import cn.luodian.geo.component.NearestComponentIndex;
import cn.luodian.geo.crs.GaussKrugerProjection;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One report's nearest-component lookup over a 1,000,000-component inventory, in process: project
 * the WGS-84 point to EPSG:4548, the components of its 小类 within 30 m, closest first, at most 10.
 * The report points (65,536, seed 42) are components of the inventory moved by up to 20 m in each
 * direction, asking for that component's 小类, as a report about a cover next to it would.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 4)
public class NearestComponentBenchmark {
    private static final int QUERIES = 65_536;
    private static final double RADIUS_METRES = 30;

    private NearestComponentIndex index;
    private final double[] lons = new double[QUERIES];
    private final double[] lats = new double[QUERIES];
    private final String[] categories = new String[QUERIES];
    private int next;

    @Setup(Level.Trial)
    public void load() {
        List<Component> components = SyntheticComponents.generate(SyntheticComponents.MILLION,
                SyntheticComponents.categories(Taxonomy.read()));
        long before = usedHeapAfterGc();
        long start = System.nanoTime();
        index = NearestComponentIndex.build(components, GaussKrugerProjection.beijing());
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        long indexBytes = usedHeapAfterGc() - before;
        Random random = new Random(42);
        long found = 0;
        for (int q = 0; q < QUERIES; q++) {
            Component near = components.get(random.nextInt(components.size()));
            lons[q] = near.geometry().getCoordinate().x + (random.nextDouble() - 0.5) * 40 / 85_000;
            lats[q] = near.geometry().getCoordinate().y + (random.nextDouble() - 0.5) * 40 / 111_000;
            categories[q] = near.category();
            found += index.nearest(lons[q], lats[q], categories[q], RADIUS_METRES, 10).size();
        }
        System.out.printf("%n%d components; index built in %d ms, retains %d MB beyond the components; %.2f components found per lookup%n",
                index.size(), buildMillis, indexBytes / (1 << 20), (double) found / QUERIES);
    }

    @Benchmark
    public void nearest(Blackhole sink) {
        int q = next++ & (QUERIES - 1);
        List<NearbyComponent> found = index.nearest(lons[q], lats[q], categories[q], RADIUS_METRES, 10);
        sink.consume(found);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
