package cn.luodian.bench.hotspot;

import cn.luodian.geo.hotspot.AnalysisUnits;
import cn.luodian.geo.hotspot.GetisOrdGiStar;
import cn.luodian.geo.hotspot.GiStarResult;
import cn.luodian.geo.hotspot.SpatialWeights;
import cn.luodian.geo.hotspot.WeightStyle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The companion of {@link GiStarBenchmark} on a shared machine, measured like bench/hotspot.R
 * measures spdep: weights + Gi* on the 100,000 cells, wall and CPU seconds of this thread per
 * analysis, after 20 warm-up runs; prints the best and the median of 20 runs.
 */
public final class GiStarCpuTime {
    private GiStarCpuTime() {
    }

    public static void main(String[] args) {
        AnalysisUnits units = GridCounts.build();
        double[] values = units.values();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int runs = 20;
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        long sink = 0;
        for (int r = -20; r < runs; r++) {
            long wall0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            SpatialWeights w = SpatialWeights.distanceBand(units, GiStarBenchmark.BAND_METRES, true, WeightStyle.BINARY);
            GiStarResult result = GetisOrdGiStar.compute(values, w, true);
            sink += result.unit(r & 1023).bin();
            if (r >= 0) {
                wall[r] = (System.nanoTime() - wall0) / 1e6;
                cpu[r] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("weights + Gi* on %d cells, %d runs after 20 warm-up: best %.1f ms wall, %.1f ms CPU; "
                + "median %.1f ms wall, %.1f ms CPU (checksum %d)%n", units.size(), runs, wall[0], cpu[0],
                wall[runs / 2], cpu[runs / 2], sink);
    }
}
