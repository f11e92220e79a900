package cn.luodian.bench.postgis;

import cn.luodian.bench.QueryPoints;
import cn.luodian.bench.Regions;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The PostGIS peer of {@code DescribeBenchmark.nearestRoadAndWaterway}: the same points, one JDBC
 * round trip each (see {@link PostgisNearest}). Needs the tables from {@link PostgisLoad} and the
 * server from bench/postgis.sh; the URL comes from bench/target/postgis/url unless
 * {@code -p jdbcUrl=…} is given. Single client thread; the server backend runs in its own process.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xmx1500m"})
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
public class PostgisBenchmark {
    private static final int POINTS = 1 << 16;

    @Param({Regions.TONGZHOU, Regions.BEIJING})
    public String region;

    @Param({""})
    public String jdbcUrl;

    private PostgisNearest postgis;
    private double[][] points;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        points = QueryPoints.inside(Regions.load(region), POINTS, QueryPoints.BENCHMARK_SEED);
        postgis = new PostgisNearest(jdbcUrl.isEmpty() ? PostgisLoad.defaultUrl() : jdbcUrl, region);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        postgis.close();
    }

    @Benchmark
    public PostgisNearest.Answer nearestRoadAndWaterway() throws SQLException {
        double[] p = points[next++ & (POINTS - 1)];
        return postgis.nearest(p[0], p[1]);
    }
}
