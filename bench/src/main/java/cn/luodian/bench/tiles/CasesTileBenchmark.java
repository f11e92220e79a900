package cn.luodian.bench.tiles;

import cn.luodian.geo.points.CasePointFilter;
import cn.luodian.geo.points.CasePointTable;
import cn.luodian.geo.points.CasePoints;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.mvt.CasesTileLayer;
import cn.luodian.geo.tile.mvt.VectorTileBuilder;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One MVT tile of the {@code cases} layer over 1,000,000 cases, built as the server builds it on a
 * cache miss: the in-memory {@link CasePoints} (Morton-ordered columns) scanned for the tile,
 * clustered in 256-unit cells below z14, single points with their six public fields from z14, and
 * encoded. No HTTP, no cache, no filter. Cycles through every tile of the zoom that holds a case.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
public class CasesTileBenchmark {
    @Param({"10", "14"})
    public int zoom;

    private CasePoints points;
    private List<TileAddress> tiles;
    private final CasesTileLayer layer = new CasesTileLayer(14, 256, 64);
    private int next;

    @Setup(Level.Trial)
    public void load() {
        CasePointTable.Builder builder = CasePointTable.builder();
        SyntheticCases.generate(SyntheticCases.MILLION, builder::add);
        points = CasePoints.of(builder.build());
        tiles = TileSets.withCases(points, zoom);
        System.out.printf("%n%d cases, %d tiles with cases at z%d%n", points.size(), tiles.size(), zoom);
    }

    @Benchmark
    public byte[] casesTile() {
        TileAddress tile = tiles.get(next++ % tiles.size());
        VectorTileBuilder out = new VectorTileBuilder();
        layer.addTo(out, points, TileFrame.of(tile, VectorTileBuilder.EXTENT), PointShift.NONE, CasePointFilter.ALL);
        return out.encode();
    }
}
