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
            throw new IllegalArgumentException(units.size() + " units but " + values.length + " values");
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
