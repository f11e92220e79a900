package cn.luodian.geo.hotspot;

/**
 * The conditional permutation test of {@link LocalMoran}: draws a unit's neighbour values from
 * the other units by a partial Fisher–Yates shuffle of a shared index pool, which is undone after
 * every draw so that each unit's draws depend on nothing but its own random stream.
 */
final class ConditionalPermutations {
    private final double[] z;
    private final int permutations;
    private final long seed;
    /** Indexes 0..n−2 standing for the other units: v &lt; i is unit v, v ≥ i is unit v + 1. */
    private final int[] pool;
    private int[] swaps = new int[16];

    ConditionalPermutations(double[] z, int permutations, long seed) {
        this.z = z;
        this.permutations = permutations;
        this.seed = seed;
        pool = new int[Math.max(z.length - 1, 0)];
        for (int v = 0; v < pool.length; v++) {
            pool[v] = v;
        }
    }

    /** Folded pseudo p-value of unit i's observed Iᵢ given its neighbour count and row weight. */
    double pseudoP(int i, int count, double weight, double m2, double observed) {
        SplitMix64 random = SplitMix64.forUnit(seed, i);
        if (swaps.length < count) {
            swaps = new int[count];
        }
        int others = pool.length;
        int atLeast = 0;
        double factor = z[i] / m2 * weight;
        for (int r = 0; r < permutations; r++) {
            double lag = 0;
            for (int t = 0; t < count; t++) {
                int pick = t + random.nextInt(others - t);
                int chosen = pool[pick];
                pool[pick] = pool[t];
                pool[t] = chosen;
                swaps[t] = pick;
                lag += z[chosen < i ? chosen : chosen + 1];
            }
            for (int t = count - 1; t >= 0; t--) {
                int back = pool[t];
                pool[t] = pool[swaps[t]];
                pool[swaps[t]] = back;
            }
            if (factor * lag >= observed) {
                atLeast++;
            }
        }
        int extreme = Math.min(atLeast, permutations - atLeast);
        return (extreme + 1.0) / (permutations + 1.0);
    }
}
