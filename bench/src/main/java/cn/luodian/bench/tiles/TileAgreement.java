package cn.luodian.bench.tiles;

import cn.luodian.geo.points.CasePointFilter;
import cn.luodian.geo.points.CasePointTable;
import cn.luodian.geo.points.CasePoints;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.mvt.CasesTileLayer;
import cn.luodian.geo.tile.mvt.VectorTileBuilder;
import cn.luodian.geo.tile.mvt.VectorTileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Not timed: for every 10th benchmark tile at z10 and z14, decodes Luodian's tile and PostGIS's and
 * compares the number of cases they show (the sum of {@code count} over the features) and the
 * number of features, so the two sides of the benchmark are known to build the same tiles.
 */
public final class TileAgreement {
    private TileAgreement() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : Files.readString(Path.of("bench/target/postgis/url")).trim();
        CasePointTable.Builder builder = CasePointTable.builder();
        SyntheticCases.generate(SyntheticCases.MILLION, builder::add);
        CasePoints points = CasePoints.of(builder.build());
        CasesTileLayer layer = new CasesTileLayer(14, 256, 64);
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            for (int zoom : new int[] {10, 14}) {
                List<TileAddress> tiles = TileSets.withCases(points, zoom);
                int same = 0;
                int compared = 0;
                try (PreparedStatement statement = connection.prepareStatement(
                        zoom < 14 ? PostgisCasesTileBenchmark.CLUSTERS : PostgisCasesTileBenchmark.SINGLES)) {
                    for (int i = 0; i < tiles.size(); i += 10) {
                        TileAddress tile = tiles.get(i);
                        VectorTileBuilder out = new VectorTileBuilder();
                        layer.addTo(out, points, TileFrame.of(tile, VectorTileBuilder.EXTENT), PointShift.NONE, CasePointFilter.ALL);
                        for (int p = 0; p < (zoom < 14 ? 3 : 6); p += 3) {
                            statement.setInt(p + 1, tile.z());
                            statement.setInt(p + 2, tile.x());
                            statement.setInt(p + 3, tile.y());
                        }
                        byte[] theirs;
                        try (ResultSet rs = statement.executeQuery()) {
                            rs.next();
                            theirs = rs.getBytes(1);
                        }
                        long[] ours = counts(out.isEmpty() ? new byte[0] : out.encode());
                        long[] peer = counts(theirs);
                        compared++;
                        if (ours[0] == peer[0] && ours[1] == peer[1]) {
                            same++;
                        } else {
                            System.out.printf("z%d %s: Luodian %d cases in %d features, PostGIS %d in %d%n", zoom, tile,
                                    ours[0], ours[1], peer[0], peer[1]);
                        }
                    }
                }
                System.out.printf("z%d: %d of %d compared tiles show the same cases in the same number of features%n",
                        zoom, same, compared);
            }
        }
    }

    /** {cases shown, features}. */
    private static long[] counts(byte[] tile) {
        if (tile == null || tile.length == 0) {
            return new long[] {0, 0};
        }
        List<Geometry> features = VectorTileReader.read(tile).getOrDefault("cases", List.of());
        long cases = features.stream().mapToLong(f -> ((Number) VectorTileReader.properties(f).get("count")).longValue()).sum();
        return new long[] {cases, features.size()};
    }
}
