package cn.luodian.geo.hotspot;

import java.util.List;

/**
 * The outcome of {@link EmergingHotspots#analyse}: a pattern per unit, and the Gi* z-score,
 * p-value and confidence bin of every (unit, time step) bin of the cube.
 */
public final class EmergingResult {
    private final List<EmergingUnit> units;
    private final int steps;
    private final GiStarResult bins;
    private final EmergingHotspots.Options options;

    EmergingResult(List<EmergingUnit> units, int steps, GiStarResult bins, EmergingHotspots.Options options) {
        this.units = List.copyOf(units);
        this.steps = steps;
        this.bins = bins;
        this.options = options;
    }

    public List<EmergingUnit> units() {
        return units;
    }

    public EmergingUnit unit(int i) {
        return units.get(i);
    }

    public int steps() {
        return steps;
    }

    public EmergingHotspots.Options options() {
        return options;
    }

    public double zScore(int unit, int step) {
        return bin(unit, step).zScore();
    }

    public double pValue(int unit, int step) {
        return bin(unit, step).pValue();
    }

    public int confidenceBin(int unit, int step) {
        return bin(unit, step).bin();
    }

    /** The p-value cut-offs the bins used (FDR-corrected over the whole cube when asked). */
    public ConfidenceBins.Thresholds thresholds() {
        return bins.thresholds();
    }

    private GiStarUnit bin(int unit, int step) {
        if (step < 0 || step >= steps) {
            throw new IndexOutOfBoundsException("step " + step + " of " + steps);
        }
        return bins.unit(step * units.size() + unit);
    }
}
