package cn.luodian.api.hotspots;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.io.GeoJsonFeatureReader;
import cn.luodian.geo.io.ImportException;
import cn.luodian.geo.io.RawFeature;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

/**
 * The planner's own units: a GeoJSON FeatureCollection (WGS-84) sent in the request, each feature
 * with a numeric {@code valueProperty} (population, complaints from another system). A unit's id is
 * its {@code idProperty} when one is named, else the feature's own GeoJSON {@code id} (RFC 7946
 * §3.2), else its index. Every mistake is a 400 that names the feature's index.
 */
final class UploadedUnits {
    static final String SOURCE = "features";

    private UploadedUnits() {
    }

    static UnitValues read(JsonNode features, String valueProperty, String idProperty, GaussKrugerProjection projection,
                           int maxUnits) {
        if (features == null || features.isNull() || features.isMissingNode()) {
            throw new BadRequestException("使用上传的单元时须给出要素（GeoJSON FeatureCollection）");
        }
        if (valueProperty == null || valueProperty.isBlank()) {
            throw new BadRequestException("使用上传的单元时须指明数值属性（每个要素中的数值字段）");
        }
        List<RawFeature> raw = GeoJsonFeatureReader.readAll(
                new ByteArrayInputStream(features.toString().getBytes(StandardCharsets.UTF_8)), SOURCE);
        if (raw.isEmpty()) {
            throw ImportException.ofFile(SOURCE, "FeatureCollection 中没有要素", null);
        }
        if (raw.size() > maxUnits) {
            throw new BadRequestException("分析单元太多：" + raw.size() + " 个要素，最多 " + maxUnits + " 个");
        }
        JsonNode list = features.path("features");
        List<AnalysisUnit> units = new ArrayList<>(raw.size());
        double[] values = new double[raw.size()];
        Set<String> ids = new HashSet<>();
        for (RawFeature feature : raw) {
            int i = feature.index();
            values[i] = number(feature, valueProperty);
            String id = idProperty == null || idProperty.isBlank() ? featureId(list.path(i), i) : id(feature, idProperty);
            if (!ids.add(id)) {
                throw ImportException.atFeature(SOURCE, i, "编号 '" + id + "'（"
                        + (idProperty == null || idProperty.isBlank() ? "要素编号" : "属性 " + idProperty)
                        + "）重复出现");
            }
            Object name = feature.properties().get("name");
            units.add(unit(feature, id, name == null ? null : String.valueOf(name), projection));
        }
        return new UnitValues(UnitKind.UPLOAD, units, values, null, null);
    }

    private static double number(RawFeature feature, String property) {
        if (!feature.properties().containsKey(property) || feature.properties().get(property) == null) {
            throw ImportException.atFeature(SOURCE, feature.index(), "缺少属性 '" + property + "'");
        }
        Object value = feature.properties().get(property);
        if (!(value instanceof Double number) || !Double.isFinite(number)) {
            throw ImportException.atFeature(SOURCE, feature.index(), "属性 '" + property + "' 不是数字：" + value);
        }
        return number;
    }

    /** The feature's GeoJSON id (a string or a number), else its index. */
    private static String featureId(JsonNode feature, int index) {
        JsonNode id = feature.path("id");
        if (id.isString() && !id.asString().isBlank()) {
            return id.asString();
        }
        if (id.isIntegralNumber()) {
            return id.asString();
        }
        if (id.isNumber() && id.asDouble() == Math.rint(id.asDouble()) && Math.abs(id.asDouble()) < 1e15) {
            return String.valueOf((long) id.asDouble());
        }
        if (id.isNumber()) {
            return id.asString();
        }
        return String.valueOf(index);
    }

    private static String id(RawFeature feature, String idProperty) {
        Object id = feature.properties().get(idProperty);
        if (id == null) {
            throw ImportException.atFeature(SOURCE, feature.index(), "缺少编号属性 '" + idProperty + "'");
        }
        // Numbers were read as doubles: 12.0 names feature "12".
        return id instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : id.toString();
    }

    private static AnalysisUnit unit(RawFeature feature, String id, String name, GaussKrugerProjection projection) {
        Geometry lonLat = feature.geometry();
        if (lonLat == null || lonLat.isEmpty()) {
            throw ImportException.atFeature(SOURCE, feature.index(), "要素没有几何图形");
        }
        Envelope box = lonLat.getEnvelopeInternal();
        // Projected or swapped coordinates would still project to some number: refuse them plainly.
        if (box.getMinX() < -180 || box.getMaxX() > 180 || box.getMinY() < -90 || box.getMaxY() > 90
                || Math.abs(box.centre().x - projection.centralMeridian()) > 6) {
            throw ImportException.atFeature(SOURCE, feature.index(), "坐标范围 " + box.getMinX() + "," + box.getMinY() + "," + box.getMaxX() + "," + box.getMaxY() + " 不是本区附近的 WGS-84 经纬度（本区投影为 EPSG:" + projection.epsgCode() + "）");
        }
        Coordinate centroid;
        try {
            centroid = projection.toMetric(lonLat).getCentroid().getCoordinate();
        } catch (IllegalArgumentException e) {
            throw ImportException.atFeature(SOURCE, feature.index(), e.getMessage());
        }
        if (centroid == null || !Double.isFinite(centroid.x) || !Double.isFinite(centroid.y)) {
            throw ImportException.atFeature(SOURCE, feature.index(), "几何图形在 EPSG:" + projection.epsgCode() + " 中没有中心点：坐标是否为本区内的经纬度？");
        }
        return new AnalysisUnit(id, name, lonLat, centroid.x, centroid.y);
    }
}
