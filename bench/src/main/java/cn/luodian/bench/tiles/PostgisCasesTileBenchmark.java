package cn.luodian.bench.tiles;

import cn.luodian.geo.points.CasePointTable;
import cn.luodian.geo.points.CasePoints;
import cn.luodian.geo.tile.TileAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The PostGIS peer of {@link CasesTileBenchmark}: the same tiles of the same 1,000,000 cases
 * ({@link PostgisCasesLoad}), one JDBC round trip per tile over loopback, the MVT bytes read back.
 * From z14: {@code ST_AsMVT} of {@code ST_AsMVTGeom(geom, ST_TileEnvelope(z, x, y), 4096, 64)} with
 * the six public fields, rows found by {@code geom && ST_TileEnvelope(z, x, y, margin => 64/4096)}
 * (GIST). Below z14: the same 16 × 16 cell clustering as ours as a GROUP BY on the cell of each
 * point in the tile, one point per cell at the mean position with count and overdue count; unlike
 * ours it does not give a lone case its fields (slightly less work for PostGIS). Tile edges: a point
 * on the west/north edge belongs to the tile, on the east/south edge to the next one, on both sides.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
public class PostgisCasesTileBenchmark {
    static final String SINGLES = "SELECT ST_AsMVT(t.*, 'cases', 4096, 'geom', 'id') FROM ("
            + "SELECT id, number, category, state, urgency, overdue, 1 AS count, "
            + "ST_AsMVTGeom(geom, ST_TileEnvelope(?, ?, ?), 4096, 64, true) AS geom "
            + "FROM bench_case WHERE geom && ST_TileEnvelope(?, ?, ?, margin => 64.0 / 4096)) AS t";
    static final String CLUSTERS = "WITH tile AS (SELECT ST_TileEnvelope(?, ?, ?) AS e), "
            + "cells AS (SELECT floor((ST_X(c.geom) - ST_XMin(tile.e)) / ((ST_XMax(tile.e) - ST_XMin(tile.e)) / 16)) AS cx, "
            + "floor((ST_YMax(tile.e) - ST_Y(c.geom)) / ((ST_XMax(tile.e) - ST_XMin(tile.e)) / 16)) AS cy, "
            + "count(*) AS n, avg(ST_X(c.geom)) AS mx, avg(ST_Y(c.geom)) AS my, count(*) FILTER (WHERE c.overdue) AS od "
            + "FROM bench_case c, tile WHERE c.geom && tile.e GROUP BY 1, 2) "
            + "SELECT ST_AsMVT(t.*, 'cases', 4096, 'geom') FROM (SELECT true AS cluster, n AS count, od AS \"overdueCount\", "
            + "ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(mx, my), 3857), tile.e, 4096, 0, false) AS geom FROM cells, tile "
            // && compares float4 boxes, so it also lets in points up to about a metre outside the tile; their
            // cells (-1 or 16) belong to the neighbour tile, as in ours, and are left out.
            + "WHERE cx BETWEEN 0 AND 15 AND cy BETWEEN 0 AND 15) AS t";

    @Param({"10", "14"})
    public int zoom;

    @Param({""})
    public String jdbcUrl;

    private Connection connection;
    private PreparedStatement statement;
    private List<TileAddress> tiles;
    private int next;

    @Setup(Level.Trial)
    public void connect() throws Exception {
        CasePointTable.Builder builder = CasePointTable.builder();
        SyntheticCases.generate(SyntheticCases.MILLION, builder::add);
        tiles = TileSets.withCases(CasePoints.of(builder.build()), zoom);
        String url = jdbcUrl.isEmpty() ? Files.readString(Path.of("bench/target/postgis/url")).trim() : jdbcUrl;
        connection = DriverManager.getConnection(url, "postgres", "");
        statement = connection.prepareStatement(zoom < 14 ? CLUSTERS : SINGLES);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        connection.close();
    }

    @Benchmark
    public byte[] casesTile() throws Exception {
        TileAddress tile = tiles.get(next++ % tiles.size());
        int parameters = zoom < 14 ? 3 : 6;
        for (int i = 0; i < parameters; i += 3) {
            statement.setInt(i + 1, tile.z());
            statement.setInt(i + 2, tile.x());
            statement.setInt(i + 3, tile.y());
        }
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getBytes(1);
        }
    }
}
