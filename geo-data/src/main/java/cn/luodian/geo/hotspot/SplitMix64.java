package cn.luodian.geo.hotspot;

/**
 * SplitMix64 (Steele, Lea and Flood 2014): a tiny generator whose output is fixed by its
 * definition, not by the JDK version, so a seeded analysis gives the same numbers on every
 * machine. One instance per unit ({@link #forUnit}) keeps units independent of processing order.
 */
final class SplitMix64 {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    private SplitMix64(long state) {
        this.state = state;
    }

    static SplitMix64 forUnit(long seed, int unit) {
        return new SplitMix64(mix(seed ^ mix(unit + GOLDEN)));
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, bound), without modulo bias. */
    int nextInt(int bound) {
        long bits;
        long r;
        do {
            bits = nextLong() >>> 1;
            r = bits % bound;
        } while (bits - r + (bound - 1) < 0);
        return (int) r;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
