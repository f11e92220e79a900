package cn.luodian.bench;

import cn.luodian.geo.describe.DescribeOptions;
import cn.luodian.geo.describe.Describer;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.LayerBatch;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.ToIntFunction;
import org.locationtech.jts.geom.Coordinate;

/**
 * A companion to the JMH numbers for a shared machine: operations per second of this thread's own
 * CPU time (ThreadMXBean), next to describes per second of wall time. When other processes take
 * the core, wall-clock throughput drops while the CPU-time rate stays near what one core can do.
 * Same points as DescribeBenchmark. Not a replacement for JMH: one JVM, no forks.
 * Also times nearest road + waterway alone (as {@code DescribeBenchmark.nearestRoadAndWaterway}), in the
 * same JVM, alternating rounds with describe.
 * Usage: {@code CpuTimeThroughput region [rounds] [seconds-per-round]} (default 5 rounds of 5 s, after 15 s warm-up).
 */
public final class CpuTimeThroughput {
    private CpuTimeThroughput() {
    }

    public static void main(String[] args) {
        String region = args.length > 0 ? args[0] : Regions.BEIJING;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        LayerBatch batch = Regions.load(region);
        ReferenceIndex index = ReferenceIndex.build(batch);
        Describer describer = new Describer(index, DescribeOptions.DEFAULTS);
        double[][] points = QueryPoints.inside(batch, DescribeBenchmark.POINTS, QueryPoints.BENCHMARK_SEED);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ToIntFunction<double[]> describe = p -> describer.describe(p[0], p[1]).text().length();
        ToIntFunction<double[]> nearest = p -> {
            Coordinate m = index.projection().toMetric(p[0], p[1]);
            return index.namedRoads().nearest(m.x, m.y, DescribeOptions.DEFAULTS.roadMaxMetres()).isPresent()
                    & index.namedWaterways().nearest(m.x, m.y, DescribeOptions.DEFAULTS.waterwayMaxMetres()).isPresent() ? 1 : 0;
        };
        run(describe, points, threads, 10);
        run(nearest, points, threads, 10);
        double[][] describeRates = new double[2][rounds];
        double[][] nearestRates = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            double[] d = run(describe, points, threads, seconds);
            double[] n = run(nearest, points, threads, seconds);
            for (int k = 0; k < 2; k++) {
                describeRates[k][r] = d[k];
                nearestRates[k][r] = n[k];
            }
            System.out.printf("round %d: describe %.0f per CPU second, %.0f per wall second;"
                    + " nearest road+waterway %.0f per CPU second, %.0f per wall second%n", r + 1, d[0], d[1], n[0], n[1]);
        }
        report(region, "describes", describeRates, rounds);
        report(region, "nearest road+waterway", nearestRates, rounds);
    }

    private static void report(String region, String what, double[][] rates, int rounds) {
        System.out.printf("%s: %.0f ± %.0f %s per CPU second (mean ± sd of %d rounds), %.0f ± %.0f per wall second%n",
                region, mean(rates[0]), sd(rates[0]), what, rounds, mean(rates[1]), sd(rates[1]));
    }

    /** {operations per CPU second, per wall second} over about {@code seconds} of wall time. */
    private static double[] run(ToIntFunction<double[]> operation, double[][] points, ThreadMXBean threads, double seconds) {
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long deadline = wallStart + (long) (seconds * 1e9);
        long ops = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 256; i++) {
                double[] p = points[(int) (ops++ & (DescribeBenchmark.POINTS - 1))];
                sink += operation.applyAsInt(p);
            }
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        if (sink == 42) {
            System.out.print("");
        }
        return new double[] {ops / cpu, ops / wall};
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double sd(double[] values) {
        double m = mean(values);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - m) * (v - m)).sum() / Math.max(1, values.length - 1));
    }
}
