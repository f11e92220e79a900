package cn.luodian.api.layers;

import cn.luodian.geo.io.ImportException;
import cn.luodian.geo.layer.DivisionCode;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.LayerStore;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.layer.WriteMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reference layers in the relational store (H2GIS or PostGIS). Geometries travel as WKB
 * through {@code ST_GeomFromWKB}/{@code ST_AsBinary}, which both databases implement alike.
 */
@Repository
public class JdbcLayerStore implements LayerStore {
    private static final int BATCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public JdbcLayerStore(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void write(LayerBatch batch, WriteMode mode, Origin origin, String source) {
        transactions.executeWithoutResult(status -> {
            Map<String, String> origins = origins();
            for (Layer layer : batch.layers()) {
                LayerTable table = LayerTable.of(layer);
                List<ReferenceFeature> features = batch.features(layer);
                // Real data is never mixed into the demo region: appending to a demo layer replaces it.
                boolean replace = mode == WriteMode.REPLACE || "demo".equals(origins.get(layer.id()));
                checkKeys(table, features, !replace, source);
                if (replace) {
                    jdbc.update("DELETE FROM " + table.table);
                }
                insert(table, features);
                recordSource(layer, origin, source);
            }
        });
    }

    /** Admin and grid features are keyed by code: a repeated code names the offending feature. */
    private void checkKeys(LayerTable table, List<ReferenceFeature> features, boolean againstStored, String source) {
        if (!table.isKeyed()) {
            return;
        }
        Set<String> stored = againstStored
                ? new HashSet<>(jdbc.queryForList("SELECT code FROM " + table.table, String.class))
                : Set.of();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            String key = table.key(features.get(i));
            if (stored.contains(key)) {
                throw ImportException.atFeature(source, i, "代码 " + key + " 已在图层 " + table.layer.id() + " 中（要替换整个图层请加 --replace）");
            }
            if (!seen.add(key)) {
                throw ImportException.atFeature(source, i, "代码 " + key + " 重复出现");
            }
        }
    }

    private void insert(LayerTable table, List<ReferenceFeature> features) {
        String sql = "INSERT INTO " + table.table + " (" + String.join(", ", table.columns) + ", geom) VALUES ("
                + "?, ".repeat(table.columns.size()) + "ST_GeomFromWKB(?, 4326))";
        WKBWriter wkb = new WKBWriter(2);
        List<Object[]> rows = new ArrayList<>(BATCH_SIZE);
        for (ReferenceFeature feature : features) {
            Object[] values = table.values(feature);
            Object[] row = new Object[values.length + 1];
            System.arraycopy(values, 0, row, 0, values.length);
            row[values.length] = wkb.write(feature.geometry());
            rows.add(row);
            if (rows.size() == BATCH_SIZE) {
                jdbc.batchUpdate(sql, rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    private void recordSource(Layer layer, Origin origin, String source) {
        long count = count(layer);
        jdbc.update("DELETE FROM layer_source WHERE layer = ?", layer.id());
        jdbc.update("INSERT INTO layer_source (layer, origin, source, feature_count, updated_at) VALUES (?, ?, ?, ?, ?)",
                layer.id(), origin.name().toLowerCase(Locale.ROOT), source, count, Timestamp.from(Instant.now()));
    }

    @Override
    public void writeDivisionCodes(List<DivisionCode> codes) {
        transactions.executeWithoutResult(status -> {
            jdbc.batchUpdate("DELETE FROM division_code WHERE code = ?",
                    codes.stream().map(c -> new Object[] {c.code()}).toList());
            jdbc.batchUpdate("INSERT INTO division_code (code, official_name, bare_name, level, parent_code) VALUES (?, ?, ?, ?, ?)",
                    codes.stream().map(c -> new Object[] {c.code(), c.officialName(), c.bareName(), c.level().id(), c.parentCode()}).toList());
        });
    }

    @Override
    public long count(Layer layer) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + LayerTable.of(layer).table, Long.class);
        return count == null ? 0 : count;
    }

    /** Origin ("demo" or "import") of each layer that has been written, by layer id. */
    public Map<String, String> origins() {
        Map<String, String> origins = new HashMap<>();
        jdbc.query("SELECT layer, origin FROM layer_source", rs -> {
            origins.put(rs.getString("layer"), rs.getString("origin"));
        });
        return Collections.unmodifiableMap(origins);
    }
}
