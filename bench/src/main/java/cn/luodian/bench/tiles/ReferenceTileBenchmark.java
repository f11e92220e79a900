package cn.luodian.bench.tiles;

import cn.luodian.geo.demo.TongzhouDemoRegion;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.mvt.ReferenceTileLayers;
import cn.luodian.geo.tile.mvt.VectorTileBuilder;
import java.util.ArrayList;
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
 * One reference tile ({@code admin,roads,waterways}, as the workspace's base layers ask) of the demo
 * region, built as the server builds it on a cache miss: the layers' STRtrees queried, each feature
 * clipped, simplified (1 unit) and snapped, and encoded. Cycles through every tile of the zoom over
 * the district's box. No HTTP, no cache.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
public class ReferenceTileBenchmark {
    private static final int BUFFER_UNITS = 64;
    private static final double TOLERANCE_UNITS = 1;
    private static final List<String> LAYERS = List.of("admin", "roads", "waterways");

    @Param({"12", "15"})
    public int zoom;

    private ReferenceTileLayers layers;
    private List<TileAddress> tiles;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        layers = ReferenceTileLayers.build(TongzhouDemoRegion.build().layers(), PointShift.NONE);
        // The demo box of bench/wrk/mixed.lua: 116.55–116.95 E, 39.62–40.02 N.
        TileAddress northWest = TileAddress.containing(116.55, 40.02, zoom);
        TileAddress southEast = TileAddress.containing(116.95, 39.62, zoom);
        tiles = new ArrayList<>();
        for (int y = northWest.y(); y <= southEast.y(); y++) {
            for (int x = northWest.x(); x <= southEast.x(); x++) {
                tiles.add(new TileAddress(zoom, x, y));
            }
        }
        System.out.printf("%n%d tiles at z%d%n", tiles.size(), zoom);
    }

    @Benchmark
    public byte[] referenceTile() {
        TileAddress tile = tiles.get(next++ % tiles.size());
        TileFrame frame = TileFrame.of(tile, VectorTileBuilder.EXTENT);
        VectorTileBuilder out = new VectorTileBuilder();
        for (String name : LAYERS) {
            layers.find(name).orElseThrow().addTo(out, frame, BUFFER_UNITS, TOLERANCE_UNITS);
        }
        return out.encode();
    }
}
