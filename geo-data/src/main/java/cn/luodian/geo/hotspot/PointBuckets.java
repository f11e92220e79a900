package cn.luodian.geo.hotspot;

import java.util.Arrays;

/**
 * Points sorted into square buckets, for neighbour searches in O(n log n) rather than O(n²).
 * Bucket (column, row) holds the points whose {@code floor((x − minX) / size)},
 * {@code floor((y − minY) / size)} are those; buckets are found by binary search in one sorted
 * array of packed keys, so an empty bucket costs nothing and no dense grid is allocated.
 */
final class PointBuckets {
    /** Columns and rows are kept below this, so a key (column × rows + row) fits in 41 bits. */
    private static final int MAX_BUCKETS_PER_AXIS = 1 << 20;
    /** Point indexes take the low 22 bits of a packed key. */
    static final int MAX_POINTS = 1 << 22;
    private static final int INDEX_BITS = 22;

    private final double[] x;
    private final double[] y;
    private final double minX;
    private final double minY;
    private final double sizeMetres;
    private final long rows;
    /** Bucket key of each point in sorted order (key << 22 | point index). */
    private final long[] packed;

    /**
     * @param minSizeMetres the smallest bucket edge wanted; it grows if the extent would need more
     *     than 2^20 buckets per axis
     */
    PointBuckets(double[] x, double[] y, double minSizeMetres) {
        if (x.length > MAX_POINTS) {
            throw new IllegalArgumentException("分析单元最多 " + MAX_POINTS + " 个，实为 " + x.length);
        }
        this.x = x;
        this.y = y;
        double lowX = Double.POSITIVE_INFINITY, lowY = Double.POSITIVE_INFINITY;
        double highX = Double.NEGATIVE_INFINITY, highY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            lowX = Math.min(lowX, x[i]);
            highX = Math.max(highX, x[i]);
            lowY = Math.min(lowY, y[i]);
            highY = Math.max(highY, y[i]);
        }
        if (x.length == 0) {
            lowX = lowY = highX = highY = 0;
        }
        minX = lowX;
        minY = lowY;
        double extent = Math.max(highX - lowX, highY - lowY);
        sizeMetres = Math.max(minSizeMetres, extent / (MAX_BUCKETS_PER_AXIS - 2));
        rows = (long) Math.floor((highY - lowY) / sizeMetres) + 1;
        packed = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            packed[i] = (key(column(x[i]), row(y[i])) << INDEX_BITS) | i;
        }
        Arrays.sort(packed);
    }

    double sizeMetres() {
        return sizeMetres;
    }

    long column(double xMetres) {
        return (long) Math.floor((xMetres - minX) / sizeMetres);
    }

    long row(double yMetres) {
        return (long) Math.floor((yMetres - minY) / sizeMetres);
    }

    private long key(long column, long row) {
        return column * rows + row;
    }

    /**
     * Calls {@code visitor} for every point in buckets {@code column}, rows {@code rowFrom..rowTo}
     * (one contiguous run of keys, since a column's rows are adjacent in key order).
     */
    void forEachInColumn(long column, long rowFrom, long rowTo, PointVisitor visitor) {
        long from = Math.max(rowFrom, 0);
        long to = Math.min(rowTo, rows - 1);
        if (column < 0 || from > to) {
            return;
        }
        long first = key(column, from) << INDEX_BITS;
        long last = key(column, to);
        int at = Arrays.binarySearch(packed, first);
        if (at < 0) {
            at = -at - 1;
        }
        for (; at < packed.length && (packed[at] >>> INDEX_BITS) <= last; at++) {
            visitor.visit((int) (packed[at] & ((1L << INDEX_BITS) - 1)));
        }
    }

    double x(int i) {
        return x[i];
    }

    double y(int i) {
        return y[i];
    }

    int size() {
        return x.length;
    }

    @FunctionalInterface
    interface PointVisitor {
        void visit(int pointIndex);
    }
}
