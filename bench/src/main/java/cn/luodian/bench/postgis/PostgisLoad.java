package cn.luodian.bench.postgis;

import cn.luodian.bench.Regions;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.LayerBatch;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;

/**
 * Loads a region's named roads and waterways into PostGIS as {@code <region>_road} and
 * {@code <region>_waterway} (id, name, geom in EPSG:4548 with a GIST index). The geometry is the
 * one Luodian's index holds (its own projection of the WGS-84 layers), written as WKB, so both
 * sides measure against exactly the same coordinates.
 * Usage: {@code PostgisLoad [jdbc-url] region...}; the URL defaults to bench/target/postgis/url.
 */
public final class PostgisLoad {
    private PostgisLoad() {
    }

    public static void main(String[] args) throws Exception {
        List<String> regions = List.of(args).stream().filter(a -> !a.startsWith("jdbc:")).toList();
        String url = List.of(args).stream().filter(a -> a.startsWith("jdbc:")).findFirst().orElseGet(PostgisLoad::defaultUrl);
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            for (String region : regions) {
                long start = System.nanoTime();
                LayerBatch batch = Regions.load(region);
                ReferenceIndex index = ReferenceIndex.build(batch);
                NamedFeatures named = NamedFeatures.of(batch);
                load(connection, region + "_road", named.roads(), r -> r.name(), index::metricGeometry);
                load(connection, region + "_waterway", named.waterways(), w -> w.name(), index::metricGeometry);
                System.out.printf("%s: %d named roads, %d named waterways loaded into PostGIS in %.1f s%n", region,
                        named.roads().size(), named.waterways().size(), (System.nanoTime() - start) / 1e9);
            }
        }
    }

    /** The URL bench/postgis.sh wrote. */
    static String defaultUrl() {
        try {
            return Files.readString(Path.of("bench/target/postgis/url")).trim();
        } catch (IOException e) {
            throw new IllegalStateException("no JDBC URL given and bench/target/postgis/url is missing: run bench/postgis.sh start", e);
        }
    }

    private static <T> void load(Connection connection, String table, List<T> features, Function<T, String> name,
                                 Function<Object, Geometry> metric) throws SQLException, IOException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            s.execute("CREATE TABLE " + table + " (id integer PRIMARY KEY, name text NOT NULL, geom geometry(Geometry, 4548) NOT NULL)");
        }
        WKBWriter wkb = new WKBWriter(2, true);
        StringBuilder rows = new StringBuilder();
        for (int id = 0; id < features.size(); id++) {
            Geometry geometry = metric.apply(features.get(id)).copy();
            geometry.setSRID(4548);
            rows.append(id).append('\t').append(name.apply(features.get(id))).append('\t')
                    .append(WKBWriter.toHex(wkb.write(geometry))).append('\n');
        }
        ((PGConnection) connection.unwrap(PGConnection.class)).getCopyAPI()
                .copyIn("COPY " + table + " (id, name, geom) FROM STDIN", new StringReader(rows.toString()));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE INDEX " + table + "_geom ON " + table + " USING gist (geom)");
            s.execute("VACUUM ANALYZE " + table);
        }
    }
}
