package cn.luodian.api.hotspots;

import cn.luodian.api.cases.CasePoint;
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

    int unitOf(int caseIndex) {
        return unitOfCase[caseIndex];
    }

    long outsideUnits() {
        return java.util.Arrays.stream(unitOfCase).filter(u -> u < 0).count();
    }
}
