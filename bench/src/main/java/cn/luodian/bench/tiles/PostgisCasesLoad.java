package cn.luodian.bench.tiles;

import cn.luodian.geo.tile.WebMercator;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * Loads the same 1,000,000 {@link SyntheticCases} into PostGIS as {@code bench_case}: the point in
 * EPSG:3857 computed by Luodian's own {@code WebMercator} (so both sides place identical
 * coordinates), the six public fields, a GIST index, and the table CLUSTERed on it (the same
 * spatial order our index keeps). Usage: {@code PostgisCasesLoad [jdbc-url]}; the URL defaults to
 * bench/target/postgis/url.
 */
public final class PostgisCasesLoad {
    private PostgisCasesLoad() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : Files.readString(Path.of("bench/target/postgis/url")).trim();
        long start = System.nanoTime();
        StringBuilder csv = new StringBuilder(100 * SyntheticCases.MILLION);
        SyntheticCases.generate(SyntheticCases.MILLION, p -> csv.append(p.id()).append(',')
                .append(WebMercator.xMetres(p.lon())).append(',').append(WebMercator.yMetres(p.lat())).append(',')
                .append(p.number()).append(',').append(p.category()).append(',').append(p.state()).append(',')
                .append(p.urgency()).append(',').append(p.overdue()).append('\n'));
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_case");
            s.execute("DROP TABLE IF EXISTS bench_case_raw");
            s.execute("CREATE UNLOGGED TABLE bench_case_raw (id bigint, x double precision, y double precision, number text, "
                    + "category text, state text, urgency text, overdue boolean)");
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY bench_case_raw FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
            s.execute("CREATE TABLE bench_case AS SELECT id, number, category, state, urgency, overdue, "
                    + "ST_SetSRID(ST_MakePoint(x, y), 3857)::geometry(Point, 3857) AS geom FROM bench_case_raw");
            s.execute("DROP TABLE bench_case_raw");
            s.execute("CREATE INDEX bench_case_geom ON bench_case USING GIST (geom)");
            s.execute("CLUSTER bench_case USING bench_case_geom");
            s.execute("VACUUM ANALYZE bench_case");
        }
        System.out.printf("bench_case: %d cases loaded into PostGIS in %.1f s%n", SyntheticCases.MILLION,
                (System.nanoTime() - start) / 1e9);
    }
}
