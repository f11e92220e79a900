package cn.luodian.bench.tiles;

import cn.luodian.geo.points.CasePointFilter;
import cn.luodian.geo.points.CasePointTable;
import cn.luodian.geo.points.CasePoints;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.raster.HeatRaster;
import cn.luodian.geo.tile.raster.HeatTileImage;
import cn.luodian.geo.tile.raster.PngTiles;
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
 * One heat tile (256 px PNG, 300 m quartic kernel) over the same 1,000,000 synthetic cases as
 * {@link CasesTileBenchmark}, built as the server builds it on a cache miss: scan the in-memory
 * {@link CasePoints} in the tile plus the kernel, bin and stamp ({@link HeatRaster}), colour
 * ({@link HeatTileImage}) and encode ({@link PngTiles}). No HTTP, no cache, no filter. Cycles
 * through every tile of the zoom that holds a case.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
public class HeatTileBenchmark {
    @Param({"12", "14"})
    public int zoom;

    @Param({"300"})
    public double bandwidthMetres;

    private CasePoints points;
    private List<TileAddress> tiles;
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
    public byte[] heatTile() {
        TileAddress tile = tiles.get(next++ % tiles.size());
        HeatRaster raster = HeatRaster.forTile(tile, 256, bandwidthMetres);
        points.forEach(raster.windowMetres(), PointShift.NONE, CasePointFilter.ALL, (table, row, x, y) -> raster.add(x, y));
        return PngTiles.encode(HeatTileImage.render(raster.densityPerKm2(), 256, 50));
    }
}
