package cn.luodian.api.hotspots;

import cn.luodian.api.cases.CaseFilter;
import cn.luodian.api.cases.CaseState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of the {@code parameters} echo, and of the summary, that the analyses share: the case
 * filter as applied and the units.
 */
final class HotspotParameters {

    private HotspotParameters() {
    }

    /** The filter with its defaults (states without merged) and the admin scope the units were taken from. */
    static Map<String, Object> filter(HotspotInputs.Selection selection) {
        CaseFilter f = selection.filter();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("category", f.categoryPrefix());
        json.put("state", f.states() == null ? null : f.states().stream().sorted().map(CaseState::id).toList());
        json.put("from", f.receivedFrom() == null ? null : f.receivedFrom().toString());
        json.put("to", f.receivedTo() == null ? null : f.receivedTo().toString());
        json.put("overdue", f.overdue());
        json.put("admin", f.adminCode());
        json.put("bbox", f.bbox() == null ? null
                : List.of(f.bbox().getMinX(), f.bbox().getMinY(), f.bbox().getMaxX(), f.bbox().getMaxY()));
        json.put("grid", f.gridCellCode());
        json.put("scope", selection.scope());
        return json;
    }

    /** The units the cases were placed in (time analyses: never uploads) and how many there are. */
    static Map<String, Object> placed(HotspotRequest request, PlacedCases placed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("units", placed.kind().id());
        if (placed.kind() == UnitKind.H3) {
            json.put("h3Resolution", request.h3Resolution());
        }
        json.put("unitCount", placed.units().size());
        return json;
    }

    /** The summary every placed analysis starts with: units, cases, and the cases that fell in no unit. */
    static Map<String, Object> placedSummary(PlacedCases placed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("units", placed.units().size());
        json.put("cases", (long) placed.cases().size());
        json.put("casesOutsideUnits", placed.outsideUnits());
        return json;
    }

    /** What the units were and how many there are; for uploads, which property held the values. */
    static Map<String, Object> units(HotspotRequest request, UnitValues values, HotspotUnits units) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("units", values.kind().id());
        if (values.kind() == UnitKind.H3) {
            json.put("h3Resolution", request.h3Resolution());
        }
        if (values.kind() == UnitKind.UPLOAD) {
            json.put("valueProperty", request.valueProperty());
            json.put("idProperty", request.idProperty());
        }
        json.put("unitCount", values.size());
        json.put("crs", "EPSG:" + units.projection().epsgCode());
        return json;
    }
}
