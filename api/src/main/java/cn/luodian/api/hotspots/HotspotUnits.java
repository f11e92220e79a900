package cn.luodian.api.hotspots;

import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Layer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/**
 * The units of analysis of a kind inside an admin scope (a 6, 9 or 12 digit code; empty for
 * everywhere), read from the current reference snapshot (no database work), ordered by id. Each
 * comes with its WGS-84 geometry and its centroid in the snapshot's Gauss-Krüger zone (EPSG:4548
 * for Beijing), computed from the projected geometry so that it is the true centroid in metres.
 */
@Component
public class HotspotUnits {
    private final ReferenceIndexHolder reference;
    private final HotspotSettings settings;

    public HotspotUnits(ReferenceIndexHolder reference, HotspotSettings settings) {
        this.reference = reference;
        this.settings = settings;
    }

    /** The metric projection every distance of an analysis is measured in. */
    public GaussKrugerProjection projection() {
        return reference.get().index().projection();
    }

    /** Unit grid cells (单元网格) of the villages inside {@code scope}. */
    public List<AnalysisUnit> grid(String scope) {
        ReferenceIndex index = reference.get().index();
        Map<String, String> villageNames = names(index, AdminLevel.VILLAGE);
        List<GridCell> cells = index.layers().features(Layer.GRID, GridCell.class).stream()
                .filter(c -> home(c).startsWith(scope)).sorted(Comparator.comparing(GridCell::code)).toList();
        requireAtMost(cells.size(), "单元网格", scope);
        return cells.stream().map(c -> unit(c.code(), gridName(c, villageNames), c.geometry(), index.metricGeometry(c)))
                .toList();
    }

    /** Villages or townships inside {@code scope}. */
    public List<AnalysisUnit> admin(AdminLevel level, String scope) {
        ReferenceIndex index = reference.get().index();
        List<AdminArea> areas = index.layers().features(Layer.ADMIN, AdminArea.class).stream()
                .filter(a -> a.level() == level && (a.code().startsWith(scope) || scope.startsWith(a.code())))
                .sorted(Comparator.comparing(AdminArea::code)).toList();
        requireAtMost(areas.size(), level == AdminLevel.VILLAGE ? "村/社区" : "乡镇/街道", scope);
        return areas.stream().map(a -> unit(a.code(), a.name(), a.geometry(), index.metricGeometry(a))).toList();
    }

    /**
     * H3 cells whose centre lies in the scope's area, together with {@code caseCells} (the cells the
     * counted cases fall in, so that no case is left out at the edge).
     */
    public List<AnalysisUnit> h3(int resolution, String scope, Collection<Long> caseCells) {
        GaussKrugerProjection projection = projection();
        List<Geometry> areas = scopeAreas(scope);
        double areaSquareMetres = areas.stream().mapToDouble(a -> projection.toMetric(a).getArea()).sum();
        long estimate = Math.round(areaSquareMetres / H3Cells.averageAreaSquareMetres(resolution));
        // Checked before filling, so that a fine resolution over a district never allocates millions of cells.
        requireAtMost(estimate, "分辨率 " + resolution + " 的六边形格网（估计）", scope);
        TreeSet<Long> cells = new TreeSet<>(caseCells);
        areas.forEach(a -> H3Cells.cellsCentredIn(a, resolution, cells));
        requireAtMost(cells.size(), "分辨率 " + resolution + " 的六边形格网", scope);
        List<AnalysisUnit> units = new ArrayList<>(cells.size());
        for (long cell : cells.stream().sorted(Comparator.comparing(H3Cells::address)).toList()) {
            double[] centre = H3Cells.centre(cell);
            Coordinate metric = projection.toMetric(centre[0], centre[1]);
            String address = H3Cells.address(cell);
            units.add(new AnalysisUnit(address, address, H3Cells.polygon(cell), metric.x, metric.y));
        }
        return units;
    }

    /** The WGS-84 extent of the scope's area, or null when the store has no such area. */
    public Envelope scopeExtent(String scope) {
        Envelope extent = new Envelope();
        scopeAreas(scope).forEach(a -> extent.expandToInclude(a.getEnvelopeInternal()));
        return extent.isNull() ? null : extent;
    }

    /** The area of the scope: its own admin area, or for everywhere the districts (else the townships). */
    private List<Geometry> scopeAreas(String scope) {
        List<AdminArea> admin = reference.get().index().layers().features(Layer.ADMIN, AdminArea.class);
        if (!scope.isEmpty()) {
            return admin.stream().filter(a -> a.code().equals(scope)).map(AdminArea::geometry).toList();
        }
        List<Geometry> districts = admin.stream().filter(a -> a.level() == AdminLevel.DISTRICT).map(AdminArea::geometry).toList();
        return districts.isEmpty()
                ? admin.stream().filter(a -> a.level() == AdminLevel.TOWNSHIP).map(AdminArea::geometry).toList()
                : districts;
    }

    void requireAtMost(long count, String what, String scope) {
        if (count > settings.maxUnits()) {
            throw new BadRequestException("分析单元太多：" + (scope.isEmpty() ? "全部数据" : "行政区划 " + scope) + " 内有 " + count + " 个" + what + "，最多 " + settings.maxUnits() + " 个：请缩小行政区划范围或选用更大的分析单元");
        }
    }

    private static AnalysisUnit unit(String id, String name, Geometry lonLat, Geometry metric) {
        Coordinate centroid = metric.getCentroid().getCoordinate();
        return new AnalysisUnit(id, name, lonLat, centroid.x, centroid.y);
    }

    /** The village a cell belongs to, by its village code or else by the village digits of its own code. */
    private static String home(GridCell cell) {
        return cell.villageCode() != null ? cell.villageCode() : cell.code();
    }

    private static String gridName(GridCell cell, Map<String, String> villageNames) {
        String village = villageNames.get(cell.villageCode());
        String sequence = cell.code().length() == 15 ? cell.code().substring(12) : cell.code();
        return (village == null ? "" : village) + sequence + "号网格";
    }

    private static Map<String, String> names(ReferenceIndex index, AdminLevel level) {
        return index.layers().features(Layer.ADMIN, AdminArea.class).stream().filter(a -> a.level() == level)
                .collect(Collectors.toMap(AdminArea::code, AdminArea::name, (a, b) -> a));
    }
}
