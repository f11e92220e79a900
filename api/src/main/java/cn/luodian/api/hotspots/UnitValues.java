package cn.luodian.api.hotspots;

import java.util.List;

/**
 * The units of one analysis with one value each, {@code values[i]} belonging to {@code units.get(i)}.
 * For case counts, {@code casesCounted} is how many cases the filter matched and
 * {@code casesOutsideUnits} how many of them lie in no unit (a case without a grid cell, say);
 * both are null for uploaded values.
 */
public record UnitValues(UnitKind kind, List<AnalysisUnit> units, double[] values, Long casesCounted,
                         Long casesOutsideUnits) {

    public UnitValues {
        units = List.copyOf(units);
        values = values.clone();
        if (values.length != units.size()) {
            throw new IllegalArgumentException(units.size() + " 个分析单元，但有 " + values.length + " 个数值");
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public double value(int i) {
        return values[i];
    }

    public int size() {
        return units.size();
    }
}
