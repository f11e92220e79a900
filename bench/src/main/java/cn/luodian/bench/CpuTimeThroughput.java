package cn.luodian.bench;

import cn.luodian.geo.describe.DescribeOptions;
import cn.luodian.geo.describe.Describer;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.LayerBatch;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * A companion to the JMH numbers for a shared machine: describes per second of this thread's own
 * CPU time (ThreadMXBean), next to describes per second of wall time. When other processes take
 * the core, wall-clock throughput drops while the CPU-time rate stays near what one core can do.
 * Same points as DescribeBenchmark. Not a replacement for JMH: one JVM, no forks.
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
        Describer describer = new Describer(ReferenceIndex.build(batch), DescribeOptions.DEFAULTS);
        double[][] points = QueryPoints.inside(batch, DescribeBenchmark.POINTS, QueryPoints.BENCHMARK_SEED);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        run(describer, points, threads, 15);
        double[] perCpuSecond = new double[rounds];
        double[] perWallSecond = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] result = run(describer, points, threads, seconds);
            perCpuSecond[r] = result[0];
            perWallSecond[r] = result[1];
            System.out.printf("round %d: %.0f describes per CPU second, %.0f per wall second%n", r + 1, result[0], result[1]);
        }
        System.out.printf("%s: %.0f ± %.0f describes per CPU second (mean ± sd of %d rounds), %.0f ± %.0f per wall second%n",
                region, mean(perCpuSecond), sd(perCpuSecond), rounds, mean(perWallSecond), sd(perWallSecond));
    }

    /** {describes per CPU second, describes per wall second} over about {@code seconds} of wall time. */
    private static double[] run(Describer describer, double[][] points, ThreadMXBean threads, double seconds) {
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long deadline = wallStart + (long) (seconds * 1e9);
        long ops = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 256; i++) {
                double[] p = points[(int) (ops++ & (DescribeBenchmark.POINTS - 1))];
                sink += describer.describe(p[0], p[1]).text().length();
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
