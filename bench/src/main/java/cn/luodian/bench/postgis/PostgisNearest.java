package cn.luodian.bench.postgis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The PostGIS peer of Luodian's nearest named road + nearest named waterway: one prepared statement
 * per point, the WGS-84 point moved to EPSG:4548 by PostGIS (as CGCS2000 lon/lat, EPSG:4490, the
 * way Luodian reads it), KNN {@code ORDER BY geom <-> point LIMIT 1} on each table, then
 * {@code ST_Distance} in metres. One round trip per point.
 */
public final class PostgisNearest implements AutoCloseable {
    /** Ids, names and distances of both answers, and the query point as PostGIS projected it. */
    public record Answer(int roadId, String roadName, double roadMetres, int waterwayId, String waterwayName,
                         double waterwayMetres, double x, double y) {
    }

    private final String region;
    private final Connection connection;
    private final PreparedStatement statement;

    public PostgisNearest(String url, String region) throws SQLException {
        this.region = region;
        connection = DriverManager.getConnection(url, "postgres", "");
        statement = connection.prepareStatement(sql(region));
    }

    static String sql(String region) {
        return """
                WITH q AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4490), 4548) AS g)
                SELECT r.id, r.name, ST_Distance(r.geom, q.g), w.id, w.name, ST_Distance(w.geom, q.g), ST_X(q.g), ST_Y(q.g)
                FROM q
                CROSS JOIN LATERAL (SELECT id, name, geom FROM %1$s_road ORDER BY geom <-> q.g LIMIT 1) r
                CROSS JOIN LATERAL (SELECT id, name, geom FROM %1$s_waterway ORDER BY geom <-> q.g LIMIT 1) w
                """.formatted(region);
    }

    public Answer nearest(double lon, double lat) throws SQLException {
        statement.setDouble(1, lon);
        statement.setDouble(2, lat);
        try (ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no road or no waterway in the " + region + " tables");
            }
            return new Answer(rs.getInt(1), rs.getString(2), rs.getDouble(3), rs.getInt(4), rs.getString(5),
                    rs.getDouble(6), rs.getDouble(7), rs.getDouble(8));
        }
    }

    /** EXPLAIN ANALYZE of one query, to check that both KNN searches use the GIST index. */
    public String explain(double lon, double lat) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, COSTS OFF) " + sql(region))) {
            explain.setDouble(1, lon);
            explain.setDouble(2, lat);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
        connection.close();
    }
}
