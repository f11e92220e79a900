package cn.luodian.api.hotspots;

/**
 * Cases counted per time step and unit ({@code counts[step][unit]}) with each unit's total over all
 * steps; cases outside every unit or step are left out. Arrays are filled once and not handed out
 * for writing: {@link #counts()} is what the core reads.
 */
final class SpaceTimeCube {
    private final double[][] counts;
    private final double[] totals;

    private SpaceTimeCube(double[][] counts, double[] totals) {
        this.counts = counts;
        this.totals = totals;
    }

    static SpaceTimeCube of(PlacedCases placed, TimeSteps time) {
        int n = placed.units().size();
        double[][] cube = new double[time.steps()][n];
        for (int c = 0; c < placed.cases().size(); c++) {
            int unit = placed.unitOf(c);
            int step = time.stepOf(placed.cases().get(c).receivedAt());
            if (unit >= 0 && step >= 0) {
                cube[step][unit]++;
            }
        }
        double[] totals = new double[n];
        for (double[] step : cube) {
            for (int i = 0; i < n; i++) {
                totals[i] += step[i];
            }
        }
        return new SpaceTimeCube(cube, totals);
    }

    /** The cube as the core takes it; callers do not modify it. */
    double[][] counts() {
        return counts;
    }

    long count(int step, int unit) {
        return (long) counts[step][unit];
    }

    double total(int unit) {
        return totals[unit];
    }

    /** A copy of every unit's total, in unit order. */
    double[] totals() {
        return totals.clone();
    }
}
