package cn.luodian.geo.component;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * One surveyed city component (部件): a manhole cover, a lamp, a stretch of guard rail, a green
 * space. Geometry is WGS-84 lon/lat as stored: a point for most, a line or polygon for some
 * (道路护栏, 绿地); like every JTS geometry the project keeps, it is never changed once made. Absent
 * text is "", never null; {@code surveyedOn} may be null.
 *
 * <p>The record checks what it can know alone: the text fields (length, no control characters) and
 * the geometry. Whether the 小类 and the status are known is checked by whoever holds the lists
 * ({@link ComponentCode#parse}, {@link ComponentStatuses#check}), as the readers do.
 */
public record Component(ComponentCode code, String name, Geometry geometry, String status, String ownerUnit,
                        String maintainerUnit, LocalDate surveyedOn, String source, String notes) {
    public static final int MAX_NAME_CHARS = 100;
    public static final int MAX_UNIT_CHARS = 100;
    public static final int MAX_SOURCE_CHARS = 50;
    public static final int MAX_NOTES_CHARS = 500;
    public static final int MAX_VERTICES = 10_000;
    private static final Set<String> GEOMETRY_TYPES = Set.of("Point", "LineString", "MultiLineString", "Polygon", "MultiPolygon");
    /** JTS's geometry type names as a user reads them. */
    private static final Map<String, String> TYPE_NAMES = Map.of("Point", "点", "MultiPoint", "多点", "LineString", "线",
            "MultiLineString", "多线", "Polygon", "面", "MultiPolygon", "多面", "GeometryCollection", "几何集合", "LinearRing", "线环");

    public Component {
        Objects.requireNonNull(code, "code");
        ComponentText.required("名称", name, MAX_NAME_CHARS);
        ComponentText.required("状态", status, ComponentStatuses.MAX_STATUS_CHARS);
        ownerUnit = ComponentText.line("权属单位", orEmpty(ownerUnit), MAX_UNIT_CHARS);
        maintainerUnit = ComponentText.line("养护单位", orEmpty(maintainerUnit), MAX_UNIT_CHARS);
        source = ComponentText.line("来源", orEmpty(source), MAX_SOURCE_CHARS);
        notes = ComponentText.text("备注", orEmpty(notes), MAX_NOTES_CHARS);
        checkGeometry(geometry);
    }

    /** The taxonomy's 小类 code, {@code B0101}: always the one in the code. */
    public String category() {
        return code.categoryCode();
    }

    /** The same component with another status (a repair, a loss). */
    public Component withStatus(String newStatus) {
        return new Component(code, name, geometry, newStatus, ownerUnit, maintainerUnit, surveyedOn, source, notes);
    }

    private static void checkGeometry(Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            throw new IllegalArgumentException("部件没有几何图形");
        }
        if (!GEOMETRY_TYPES.contains(geometry.getGeometryType())) {
            throw new IllegalArgumentException("部件的几何类型应为点、线（含多线）或面（含多面），实为"
                    + TYPE_NAMES.getOrDefault(geometry.getGeometryType(), "其他类型"));
        }
        if (geometry.getNumPoints() > MAX_VERTICES) {
            throw new IllegalArgumentException("部件的几何图形顶点过多（最多 " + MAX_VERTICES + " 个，实有 " + geometry.getNumPoints() + " 个）");
        }
        for (Coordinate c : geometry.getCoordinates()) {
            if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
                throw new IllegalArgumentException("部件坐标 (" + c.x + ", " + c.y + ") 不是 WGS-84 经纬度");
            }
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
