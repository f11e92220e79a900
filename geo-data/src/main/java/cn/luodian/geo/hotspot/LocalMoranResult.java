package cn.luodian.geo.hotspot;

import java.util.List;

/**
 * The outcome of {@link LocalMoran#compute}: one {@link LocalMoranUnit} per unit in unit order,
 * and the parameters that produced it (same values, weights, permutations and seed → same result).
 */
public record LocalMoranResult(List<LocalMoranUnit> units, int permutations, long seed, double alpha,
        MoranVariance variance, List<String> isolatedUnitIds) {

    public LocalMoranResult {
        units = List.copyOf(units);
        isolatedUnitIds = List.copyOf(isolatedUnitIds);
    }

    public LocalMoranUnit unit(int i) {
        return units.get(i);
    }
}
