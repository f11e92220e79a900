package cn.luodian.geo.component;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Point components in metric coordinates, grouped by 小类 and by row (a band of
 * {@value #ROW_METRES} m of northing), each row sorted by easting: a lookup within r metres reads
 * the rows the circle crosses, each from a binary search to the circle's east edge. About 20 bytes
 * per point; no object per point.
 */
final class PointRows {
    static final double ROW_METRES = 64;
    /** Row offsets are kept per 小类 and row; this bounds them (about 200 MB of offsets at most). */
    private static final long MAX_BUCKETS = 50_000_000L;

    private final Map<String, Integer> categoryIndex;
    private final double minY;
    private final int rows;
    private final int[] bucketStart;
    private final double[] xs;
    private final double[] ys;
    private final int[] ids;

    private PointRows(Map<String, Integer> categoryIndex, double minY, int rows, int[] bucketStart,
                      double[] xs, double[] ys, int[] ids) {
        this.categoryIndex = categoryIndex;
        this.minY = minY;
        this.rows = rows;
        this.bucketStart = bucketStart;
        this.xs = xs;
        this.ys = ys;
        this.ids = ids;
    }

    void within(String category, double x, double y, double radiusMetres, NearestComponentIndex.Hit hit) {
        Integer c = categoryIndex.get(category);
        if (c == null) {
            return;
        }
        int firstRow = Math.max(0, (int) Math.floor((y - radiusMetres - minY) / ROW_METRES));
        int lastRow = Math.min(rows - 1, (int) Math.floor((y + radiusMetres - minY) / ROW_METRES));
        double radiusSquared = radiusMetres * radiusMetres;
        for (int row = firstRow; row <= lastRow; row++) {
            int bucket = c * rows + row;
            int end = bucketStart[bucket + 1];
            for (int i = firstAtLeast(bucketStart[bucket], end, x - radiusMetres); i < end && xs[i] <= x + radiusMetres; i++) {
                double dx = xs[i] - x;
                double dy = ys[i] - y;
                double squared = dx * dx + dy * dy;
                if (squared <= radiusSquared) {
                    hit.accept(ids[i], Math.sqrt(squared));
                }
            }
        }
    }

    /** The first index in [from, to) whose easting is at least {@code x}. */
    private int firstAtLeast(int from, int to, double x) {
        int found = Arrays.binarySearch(xs, from, to, x);
        if (found < 0) {
            return -found - 1;
        }
        while (found > from && xs[found - 1] >= x) {
            found--;
        }
        return found;
    }

    /** Collects the points, then sorts them once into rows. */
    static final class Builder {
        private final Map<String, Integer> categoryIndex = new HashMap<>();
        private double[] xs;
        private double[] ys;
        private int[] ids;
        private int[] categories;
        private int size;

        Builder(int expected) {
            xs = new double[Math.max(16, expected)];
            ys = new double[xs.length];
            ids = new int[xs.length];
            categories = new int[xs.length];
        }

        void add(String category, double x, double y, int id) {
            if (size == xs.length) {
                int capacity = size * 2;
                xs = Arrays.copyOf(xs, capacity);
                ys = Arrays.copyOf(ys, capacity);
                ids = Arrays.copyOf(ids, capacity);
                categories = Arrays.copyOf(categories, capacity);
            }
            xs[size] = x;
            ys[size] = y;
            ids[size] = id;
            categories[size] = categoryIndex.computeIfAbsent(category, k -> categoryIndex.size());
            size++;
        }

        PointRows build() {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < size; i++) {
                minX = Math.min(minX, xs[i]);
                minY = Math.min(minY, ys[i]);
                maxY = Math.max(maxY, ys[i]);
            }
            int rows = size == 0 ? 1 : (int) Math.floor((maxY - minY) / ROW_METRES) + 1;
            long buckets = (long) Math.max(1, categoryIndex.size()) * rows;
            if (buckets > MAX_BUCKETS) {
                throw new IllegalArgumentException("部件分布的南北范围过大（" + Math.round(maxY - minY) + " 米）：不像一个城市的部件");
            }
            int[] bucketOf = new int[size];
            int[] start = new int[(int) buckets + 1];
            for (int i = 0; i < size; i++) {
                bucketOf[i] = categories[i] * rows + (int) Math.floor((ys[i] - minY) / ROW_METRES);
                start[bucketOf[i] + 1]++;
            }
            for (int b = 0; b < buckets; b++) {
                start[b + 1] += start[b];
            }
            int[] order = new int[size];
            int[] next = Arrays.copyOf(start, start.length);
            for (int i = 0; i < size; i++) {
                order[next[bucketOf[i]]++] = i;
            }
            sortRowsByEasting(order, start, minX);
            double[] sortedX = new double[size];
            double[] sortedY = new double[size];
            int[] sortedIds = new int[size];
            for (int k = 0; k < size; k++) {
                sortedX[k] = xs[order[k]];
                sortedY[k] = ys[order[k]];
                sortedIds[k] = ids[order[k]];
            }
            return new PointRows(Map.copyOf(categoryIndex), minY, rows, start, sortedX, sortedY, sortedIds);
        }

        /** Each row's slice of {@code order} by easting. */
        private void sortRowsByEasting(int[] order, int[] start, double minX) {
            for (int b = 0; b + 1 < start.length; b++) {
                int from = start[b];
                int length = start[b + 1] - from;
                if (length < 2) {
                    continue;
                }
                // Easting in centimetres above the minimum, with the position in the row in the low 24 bits.
                long[] keys = new long[length];
                for (int k = 0; k < length; k++) {
                    keys[k] = ((long) Math.floor((xs[order[from + k]] - minX) * 100) << 24) | k;
                }
                Arrays.sort(keys);
                int[] slice = Arrays.copyOfRange(order, from, from + length);
                for (int k = 0; k < length; k++) {
                    order[from + k] = slice[(int) (keys[k] & 0xFFFFFF)];
                }
                // Within a centimetre the keys tie: an insertion pass makes the order exact (and is linear here).
                for (int k = from + 1; k < from + length; k++) {
                    int moving = order[k];
                    int j = k - 1;
                    while (j >= from && xs[order[j]] > xs[moving]) {
                        order[j + 1] = order[j];
                        j--;
                    }
                    order[j + 1] = moving;
                }
            }
        }
    }
}
