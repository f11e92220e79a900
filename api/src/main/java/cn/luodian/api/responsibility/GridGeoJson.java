package cn.luodian.api.responsibility;

import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.io.GeoJsonFeatureReader;
import cn.luodian.geo.io.ImportException;
import cn.luodian.geo.io.RawFeature;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Layer;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The GeoJSON import file (its property names are in the messages as 单元网格代码 cellCode, 责任网格名称
 * gridName): features with {@code cellCode}, {@code gridName} and (optionally)
 * {@code worker} properties, or polygons with {@code gridName} (and {@code worker}) whose covered
 * cells are taken: every stored cell whose interior point lies inside the polygon.
 */
final class GridGeoJson {
    /** Cells one polygon may cover; more is a mistake (a township is a few hundred). */
    static final int MAX_CELLS_PER_POLYGON = 5_000;
    static final int MAX_FEATURES = 20_000;

    private GridGeoJson() {
    }

    static List<ImportRow> read(byte[] bytes, ReferenceLayers layers) {
        List<RawFeature> features;
        try {
            features = GeoJsonFeatureReader.readAll(new ByteArrayInputStream(bytes), "GeoJSON 文件");
        } catch (ImportException e) {
            throw new BadRequestException(e.getMessage());
        }
        if (features.isEmpty()) {
            throw new BadRequestException("GeoJSON 文件中没有要素");
        }
        if (features.size() > MAX_FEATURES) {
            throw new BadRequestException("GeoJSON 文件有 " + features.size() + " 个要素，最多 " + MAX_FEATURES + " 个，请分批导入");
        }
        List<ImportRow> rows = new ArrayList<>();
        for (RawFeature feature : features) {
            String where = "第 " + (feature.index() + 1) + " 个要素";
            String gridName = text(feature, "gridName");
            String worker = text(feature, "worker");
            String cellCode = text(feature, "cellCode");
            if (gridName == null) {
                throw new BadRequestException(where + "：缺少责任网格名称属性");
            }
            if (cellCode != null) {
                rows.add(new ImportRow(where, cellCode, gridName, worker));
            } else if (feature.geometry() instanceof Polygonal) {
                for (String covered : covered(feature.geometry(), layers, where)) {
                    rows.add(new ImportRow(where, covered, gridName, worker));
                }
            } else {
                throw new BadRequestException(where + "：既没有单元网格代码属性，也不是面");
            }
        }
        return rows;
    }

    private static List<String> covered(Geometry polygon, ReferenceLayers layers, String where) {
        PreparedGeometry area = PreparedGeometryFactory.prepare(polygon);
        List<String> cells = new ArrayList<>();
        boolean more = layers.forEach(Layer.GRID, polygon.getEnvelopeInternal(), null, MAX_CELLS_PER_POLYGON * 4, feature -> {
            GridCell cell = (GridCell) feature;
            if (area.contains(cell.geometry().getInteriorPoint())) {
                cells.add(cell.code());
            }
        });
        if (more || cells.size() > MAX_CELLS_PER_POLYGON) {
            throw new BadRequestException(where + "：面覆盖的单元网格太多（最多 " + MAX_CELLS_PER_POLYGON + " 个）");
        }
        if (cells.isEmpty()) {
            throw new BadRequestException(where + "：面没有覆盖任何单元网格");
        }
        return cells;
    }

    private static String text(RawFeature feature, String property) {
        Object value = feature.properties().get(property);
        if (value == null) {
            return null;
        }
        String text = value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : value.toString();
        return text.isBlank() ? null : text.strip();
    }
}
