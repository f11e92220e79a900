package cn.luodian.api.hotspots;

import cn.luodian.api.cases.CaseFilter;
import cn.luodian.api.cases.CaseFilterParser;
import cn.luodian.api.cases.CasePlaceLevel;
import cn.luodian.api.cases.CasePoint;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseState;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.geo.layer.AdminLevel;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns a request into what an analysis works on: who may ask, which cases are counted (the case
 * list's filters within the actor's jurisdiction), the units and their values.
 */
@Component
public class HotspotInputs {
    private final CaseService cases;
    private final HotspotUnits units;
    private final HotspotSettings settings;

    public HotspotInputs(CaseService cases, HotspotUnits units, HotspotSettings settings) {
        this.cases = cases;
        this.units = units;
        this.settings = settings;
    }

    /** The filtered cases and the admin scope the units are taken from. */
    public record Selection(CaseFilter filter, String scope) {
    }

    /**
     * Hotspot statistics are for the centre (planners, dispatchers, supervisors, admins) and for
     * township staff within their jurisdiction; responsible units fix cases, they do not analyse them.
     * Merged duplicates are left out unless the filter names states: they are counted in the case
     * they were merged into.
     */
    public Selection select(HotspotRequest.FilterInput input, Actor actor) {
        if (actor.role() == Role.RESPONSIBLE_UNIT) {
            throw new ForbiddenException("责任单位不能查看热点分析");
        }
        HotspotRequest.FilterInput f = input == null
                ? new HotspotRequest.FilterInput(null, null, null, null, null, null, null, null) : input;
        CaseFilter filter = CaseFilterParser.parse(f.bbox(), f.admin(), f.grid(), f.category(), f.states(), f.from(),
                f.to(), f.overdue());
        if (filter.states() == null) {
            filter = new CaseFilter(filter.bbox(), filter.adminCode(), filter.gridCellCode(), filter.categoryPrefix(),
                    EnumSet.complementOf(EnumSet.of(CaseState.MERGED)), filter.receivedFrom(), filter.receivedTo(),
                    filter.overdue(), null, null);
        }
        String own = actor.scopeCode();
        String asked = filter.adminCode() == null ? "" : filter.adminCode();
        if (!asked.startsWith(own) && !own.startsWith(asked)) {
            throw new ForbiddenException("行政区划 " + asked + " 不在您的辖区（" + own + "）内");
        }
        return new Selection(filter, asked.length() > own.length() ? asked : own);
    }

    /** What an analysis of units starts from: the selection, the units with their values, the parameters so far. */
    public record Prepared(Selection selection, UnitValues values, Map<String, Object> parameters) {

        /** A summary that starts with how many cases were counted (for case counts). */
        Map<String, Object> summary() {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("units", values.size());
            if (values.casesCounted() != null) {
                summary.put("cases", values.casesCounted());
                summary.put("casesOutsideUnits", values.casesOutsideUnits());
            }
            return summary;
        }
    }

    /** Checks who asks and what, reads the units and their values, and starts the parameters echo. */
    public Prepared prepare(HotspotRequest request, Actor actor) {
        Selection selection = select(request.filter(), actor);
        UnitValues values = values(request, selection, actor);
        Map<String, Object> parameters = HotspotParameters.units(request, values, units);
        if (values.kind() != UnitKind.UPLOAD) {
            parameters.put("filter", HotspotParameters.filter(selection));
        }
        return new Prepared(selection, values, parameters);
    }

    /** The units of the request's kind within the selection's scope, each with its count of cases (or uploaded value). */
    public UnitValues values(HotspotRequest request, Selection selection, Actor actor) {
        UnitKind kind = UnitKind.parse(request.units());
        String scope = selection.scope();
        switch (kind) {
            case GRID:
                return counted(kind, units.grid(scope), cases.countBy(CasePlaceLevel.GRID_CELL, selection.filter(), actor),
                        cases.count(selection.filter(), actor));
            case VILLAGE:
                return counted(kind, units.admin(AdminLevel.VILLAGE, scope),
                        cases.countBy(CasePlaceLevel.VILLAGE, selection.filter(), actor), cases.count(selection.filter(), actor));
            case TOWNSHIP:
                return counted(kind, units.admin(AdminLevel.TOWNSHIP, scope),
                        cases.countBy(CasePlaceLevel.TOWNSHIP, selection.filter(), actor), cases.count(selection.filter(), actor));
            case H3:
                int resolution = h3Resolution(request.h3Resolution());
                List<CasePoint> points = points(selection, actor);
                Map<Long, Long> byCell = points.stream()
                        .collect(Collectors.groupingBy(p -> H3Cells.cellOf(p.lon(), p.lat(), resolution), Collectors.counting()));
                List<AnalysisUnit> hexagons = units.h3(resolution, scope, byCell.keySet());
                Map<String, Long> byAddress = new HashMap<>();
                byCell.forEach((cell, n) -> byAddress.put(H3Cells.address(cell), n));
                return counted(kind, hexagons, byAddress, points.size());
            case UPLOAD:
                return UploadedUnits.read(request.features(), request.valueProperty(), request.idProperty(),
                        units.projection(), settings.maxUnits());
            default:
                throw new IllegalStateException("unhandled units " + kind);
        }
    }

    /**
     * The selected cases, each placed in a unit of the request's kind (not uploads: their values
     * have no time). Units without cases take part as in {@link #values}.
     */
    public PlacedCases placed(HotspotRequest request, Selection selection, Actor actor) {
        UnitKind kind = UnitKind.parse(request.units());
        List<CasePoint> points = points(selection, actor);
        String scope = selection.scope();
        List<AnalysisUnit> unitList;
        Function<CasePoint, String> unitId;
        switch (kind) {
            case GRID:
                unitList = units.grid(scope);
                unitId = CasePoint::gridCellCode;
                break;
            case VILLAGE:
                unitList = units.admin(AdminLevel.VILLAGE, scope);
                unitId = CasePoint::villageCode;
                break;
            case TOWNSHIP:
                unitList = units.admin(AdminLevel.TOWNSHIP, scope);
                unitId = CasePoint::townshipCode;
                break;
            case H3:
                int resolution = h3Resolution(request.h3Resolution());
                Map<CasePoint, Long> cells = new HashMap<>();
                points.forEach(p -> cells.put(p, H3Cells.cellOf(p.lon(), p.lat(), resolution)));
                unitList = units.h3(resolution, scope, cells.values());
                unitId = p -> H3Cells.address(cells.get(p));
                break;
            default:
                throw new BadRequestException("这种分析单元不能做时间分析：请改用单元网格、六边形格网、村/社区或乡镇/街道");
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < unitList.size(); i++) {
            position.put(unitList.get(i).id(), i);
        }
        int[] unitOf = new int[points.size()];
        for (int c = 0; c < points.size(); c++) {
            String id = unitId.apply(points.get(c));
            unitOf[c] = id == null ? -1 : position.getOrDefault(id, -1);
        }
        return new PlacedCases(kind, unitList, points, unitOf);
    }

    /** The metric projection of the analyses, as "EPSG:4548". */
    public String crs() {
        return "EPSG:" + units.projection().epsgCode();
    }

    /** The filter narrowed to cases received in [from, to). */
    static CaseFilter during(CaseFilter f, java.time.Instant from, java.time.Instant to) {
        return new CaseFilter(f.bbox(), f.adminCode(), f.gridCellCode(), f.categoryPrefix(), f.states(), from, to,
                f.overdue(), null, null);
    }

    /** The selected cases as points, refusing more than {@code luodian.hotspots.max-cases}. */
    public List<CasePoint> points(Selection selection, Actor actor) {
        List<CasePoint> points = cases.points(selection.filter(), actor, settings.maxCases() + 1);
        if (points.size() > settings.maxCases()) {
            throw new BadRequestException("符合条件的案件超过 " + settings.maxCases() + " 件：" + "请按时间、小类或行政区划缩小范围");
        }
        return points;
    }

    int h3Resolution(Integer resolution) {
        if (resolution == null) {
            throw new BadRequestException("按六边形格网分析时须给出分辨率（" + settings.minH3Resolution() + "–" + settings.maxH3Resolution() + "）");
        }
        if (resolution < settings.minH3Resolution() || resolution > settings.maxH3Resolution()) {
            throw new BadRequestException("六边形格网分辨率 " + resolution + " 超出范围：应为 " + settings.minH3Resolution() + "–" + settings.maxH3Resolution() + "");
        }
        return resolution;
    }

    private static UnitValues counted(UnitKind kind, List<AnalysisUnit> units, Map<String, Long> counts, long matched) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            position.put(units.get(i).id(), i);
        }
        double[] values = new double[units.size()];
        long inUnits = 0;
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            Integer i = position.get(entry.getKey());
            if (i != null) {
                values[i] = entry.getValue();
                inUnits += entry.getValue();
            }
        }
        return new UnitValues(kind, units, values, matched, matched - inUnits);
    }
}
