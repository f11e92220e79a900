package cn.luodian.bench;

import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.LayerBatch;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap a region's {@link ReferenceIndex} retains: used heap after full collections before
 * loading, after loading the layers (the WGS-84 LayerBatch, which the index keeps a reference to)
 * and after building the index. Usage: {@code IndexHeapReport [region]} (default beijing).
 */
public final class IndexHeapReport {
    private IndexHeapReport() {
    }

    public static void main(String[] args) {
        String region = args.length > 0 ? args[0] : Regions.BEIJING;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long empty = settledUsed(memory);
        LayerBatch batch = Regions.load(region);
        long withBatch = settledUsed(memory);
        long start = System.nanoTime();
        ReferenceIndex index = ReferenceIndex.build(batch);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        batch = null;
        long withIndex = settledUsed(memory);
        System.out.printf("region %s: %d features, index built in %.1f s, max heap %d MB%n", region,
                index.layers().size(), buildSeconds, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("used heap after GC: before %d MB, with layers %d MB, with index %d MB%n",
                mb(empty), mb(withBatch), mb(withIndex));
        System.out.printf("retained: layers (LayerBatch, WGS-84) %d MB; index beyond its layers %d MB;"
                + " ReferenceIndex in total (it keeps the layers) %d MB%n",
                mb(withBatch - empty), mb(withIndex - withBatch), mb(withIndex - empty));
        // Keep the index reachable until after the last measurement.
        System.out.println("index holds " + index.namedRoads().size() + " named roads");
    }

    private static long settledUsed(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static long mb(long bytes) {
        return Math.round(bytes / 1048576.0);
    }
}
