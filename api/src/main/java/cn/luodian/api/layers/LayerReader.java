package cn.luodian.api.layers;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.ReferenceFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads reference features back, by bounding box and admin level, in a stable order. */
@Repository
public class LayerReader {
    private final JdbcTemplate jdbc;

    public LayerReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Streams up to {@code limit} features of {@code layer} whose bounding box meets {@code bbox}
     * (all when null), admin features only of {@code level} when given. Returns true when more
     * features matched than the limit allowed.
     */
    public boolean forEach(Layer layer, Envelope bbox, AdminLevel level, int limit, Consumer<ReferenceFeature> consumer) {
        LayerTable table = LayerTable.of(layer);
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", table.columns))
                .append(", ST_AsBinary(geom) AS wkb FROM ").append(table.table).append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (bbox != null) {
            sql.append(" AND geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
            args.addAll(List.of(bbox.getMinX(), bbox.getMinY(), bbox.getMaxX(), bbox.getMaxY()));
        }
        if (level != null && layer == Layer.ADMIN) {
            sql.append(" AND level = ?");
            args.add(level.id());
        }
        sql.append(" ORDER BY ").append(table.orderBy()).append(" LIMIT ?");
        args.add(limit + 1);
        int[] seen = {0};
        WKBReader wkb = new WKBReader();
        jdbc.query(sql.toString(), rs -> {
            if (++seen[0] <= limit) {
                consumer.accept(table.map(rs, read(wkb, rs.getBytes("wkb"))));
            }
        }, args.toArray());
        return seen[0] > limit;
    }

    public Optional<AdminArea> findAdminArea(String code) {
        return findByCode(LayerTable.ADMIN, code).map(AdminArea.class::cast);
    }

    public Optional<GridCell> findGridCell(String code) {
        return findByCode(LayerTable.GRID, code).map(GridCell.class::cast);
    }

    private Optional<ReferenceFeature> findByCode(LayerTable table, String code) {
        List<ReferenceFeature> found = new ArrayList<>();
        WKBReader wkb = new WKBReader();
        jdbc.query("SELECT " + String.join(", ", table.columns) + ", ST_AsBinary(geom) AS wkb FROM " + table.table
                + " WHERE code = ?", rs -> {
                    found.add(table.map(rs, read(wkb, rs.getBytes("wkb"))));
                }, code);
        return found.stream().findFirst();
    }

    private static Geometry read(WKBReader reader, byte[] bytes) {
        try {
            Geometry geometry = reader.read(bytes);
            geometry.setSRID(4326);
            return geometry;
        } catch (ParseException e) {
            throw new IllegalStateException("stored geometry is not valid WKB", e);
        }
    }
}
