package cn.luodian.geo.hotspot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The outcome of {@link GetisOrdGiStar#compute}: one {@link GiStarUnit} per unit, in unit order. */
public final class GiStarResult {
    private final List<GiStarUnit> units;
    private final double[] zScores;
    private final double[] pValues;
    private final ConfidenceBins bins;
    private final List<String> isolatedUnitIds;

    GiStarResult(List<String> unitIds, double[] values, double[] zScores, double[] pValues, ConfidenceBins bins,
            SpatialWeights weights) {
        this.zScores = zScores;
        this.pValues = pValues;
        this.bins = bins;
        List<GiStarUnit> list = new ArrayList<>(unitIds.size());
        for (int i = 0; i < unitIds.size(); i++) {
            list.add(new GiStarUnit(unitIds.get(i), values[i], zScores[i], pValues[i], bins.bin(i),
                    weights.neighbourCount(i)));
        }
        this.units = Collections.unmodifiableList(list);
        this.isolatedUnitIds = weights.isolatedUnitIds();
    }

    public List<GiStarUnit> units() {
        return units;
    }

    public GiStarUnit unit(int i) {
        return units.get(i);
    }

    public double[] zScores() {
        return zScores.clone();
    }

    public double[] pValues() {
        return pValues.clone();
    }

    public int[] bins() {
        return bins.bins();
    }

    /** The p-value cut-offs of the bins, and whether they are FDR-corrected. */
    public ConfidenceBins.Thresholds thresholds() {
        return bins.thresholds();
    }

    /** Units whose only neighbour was themselves (their z compares the value alone with the mean). */
    public List<String> isolatedUnitIds() {
        return isolatedUnitIds;
    }
}
