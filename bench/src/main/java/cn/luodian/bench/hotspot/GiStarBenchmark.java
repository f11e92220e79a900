package cn.luodian.bench.hotspot;

import cn.luodian.geo.hotspot.AnalysisUnits;
import cn.luodian.geo.hotspot.GetisOrdGiStar;
import cn.luodian.geo.hotspot.GiStarResult;
import cn.luodian.geo.hotspot.SpatialWeights;
import cn.luodian.geo.hotspot.WeightStyle;
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

/**
 * Gi* on 100,000 grid cells ({@link GridCounts}) with a 500 m distance band, binary weights, self
 * included (each cell has 8 neighbours + itself): building the weights from the centroids and
 * computing z, p and the FDR-corrected bins, as the analysis endpoint does per request. Single
 * thread, average time per analysis.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class GiStarBenchmark {
    static final double BAND_METRES = 500;

    private AnalysisUnits units;
    private double[] values;
    private SpatialWeights weights;

    @Setup(Level.Trial)
    public void setUp() {
        units = GridCounts.build();
        values = units.values();
        weights = SpatialWeights.distanceBand(units, BAND_METRES, true, WeightStyle.BINARY);
    }

    /** The target: weights from centroids + Gi* (with FDR bins). */
    @Benchmark
    public GiStarResult weightsAndGiStar() {
        SpatialWeights w = SpatialWeights.distanceBand(units, BAND_METRES, true, WeightStyle.BINARY);
        return GetisOrdGiStar.compute(values, w, true);
    }

    /** The neighbour search alone (R's dnearneigh + nb2listw). */
    @Benchmark
    public SpatialWeights weightsOnly() {
        return SpatialWeights.distanceBand(units, BAND_METRES, true, WeightStyle.BINARY);
    }

    /** Gi* on prepared weights (R's localG). */
    @Benchmark
    public GiStarResult giStarOnly() {
        return GetisOrdGiStar.compute(values, weights, true);
    }
}
