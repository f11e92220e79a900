package cn.luodian.api.hotspots;

import cn.luodian.api.cases.CasePoint;
import cn.luodian.api.security.Actor;
import java.time.Instant;
import java.util.List;

/**
 * Cases with the unit each falls in: {@code unitOfCase[c]} is the index in {@code units} of case
 * {@code c}'s unit, or −1 when it lies in none (a case without a grid cell, say). For analyses that
 * count by time as well as by place: emerging hot spots and early warning.
 */
record PlacedCases(UnitKind kind, List<AnalysisUnit> units, List<CasePoint> cases, int[] unitOfCase) {

    PlacedCases {
        units = List.copyOf(units);
        cases = List.copyOf(cases);
        unitOfCase = unitOfCase.clone();
    }

    /**
     * The selection's cases received in [from, to), placed in the request's units: the time
     * analyses take their time from their own options, never from the filter.
     */
    static PlacedCases received(HotspotInputs inputs, HotspotRequest request, HotspotInputs.Selection selection,
                                Instant from, Instant to, Actor actor) {
        HotspotInputs.Selection inTime = new HotspotInputs.Selection(HotspotInputs.during(selection.filter(), from, to),
                selection.scope());
        return inputs.placed(request, inTime, actor);
    }

    int unitOf(int caseIndex) {
        return unitOfCase[caseIndex];
    }

    long outsideUnits() {
        return java.util.Arrays.stream(unitOfCase).filter(u -> u < 0).count();
    }
}
