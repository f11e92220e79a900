package cn.luodian.geo.hotspot;

/**
 * Local Moran's Iᵢ of one unit, with spdep {@code localmoran}'s columns: {@code ii} (Ii),
 * {@code expectedIi} (E.Ii), {@code varianceIi} (Var.Ii), {@code zScore} (Z.Ii) and the two-sided
 * analytic {@code pValue}; then the pseudo p-value of the conditional permutations (NaN when none
 * were run or the unit has no neighbours) and the cluster quadrant.
 */
public record LocalMoranUnit(String unitId, double value, double ii, double expectedIi, double varianceIi,
        double zScore, double pValue, double pseudoPValue, MoranQuadrant quadrant, int neighbourCount) {
}
