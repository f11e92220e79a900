package cn.luodian.geo.hotspot;

import java.util.Arrays;

/**
 * Neighbour searches over centroids through {@link PointBuckets}: a distance band looks at the 3×3
 * buckets around a point (buckets at least as wide as the band), k nearest grows square rings of
 * buckets until no unseen bucket can hold a nearer point. Each list excludes the point itself and
 * is sorted by index, like spdep's {@code nb} lists.
 */
final class NeighbourSearch {
    private NeighbourSearch() {
    }

    static int[][] withinBand(double[] x, double[] y, double bandMetres) {
        PointBuckets buckets = new PointBuckets(x, y, bandMetres);
        double bandSquared = bandMetres * bandMetres;
        int n = x.length;
        int[][] lists = new int[n][];
        int[] scratch = new int[16];
        for (int i = 0; i < n; i++) {
            final int self = i;
            final double px = x[i];
            final double py = y[i];
            long column = buckets.column(px);
            long row = buckets.row(py);
            Collector found = new Collector(scratch);
            for (long c = column - 1; c <= column + 1; c++) {
                buckets.forEachInColumn(c, row - 1, row + 1, j -> {
                    double dx = x[j] - px;
                    double dy = y[j] - py;
                    if (j != self && dx * dx + dy * dy <= bandSquared) {
                        found.add(j);
                    }
                });
            }
            scratch = found.items;
            int[] list = Arrays.copyOf(found.items, found.count);
            Arrays.sort(list);
            lists[i] = list;
        }
        return lists;
    }

    static int[][] kNearest(double[] x, double[] y, int k) {
        int n = x.length;
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        // Buckets sized to hold about k points each on evenly spread data; 1 m if all points coincide.
        double area = Math.max(maxX - minX, 1) * Math.max(maxY - minY, 1);
        double size = Math.max(Math.sqrt(area * (k + 1) / n), 1e-3);
        PointBuckets buckets = new PointBuckets(x, y, size);
        double bucket = buckets.sizeMetres();
        long maxRing = (long) Math.ceil(Math.max(maxX - minX, maxY - minY) / bucket) + 1;
        int[][] lists = new int[n][];
        Nearest nearest = new Nearest(k);
        for (int i = 0; i < n; i++) {
            final int self = i;
            final double px = x[i];
            final double py = y[i];
            long column = buckets.column(px);
            long row = buckets.row(py);
            nearest.clear();
            PointBuckets.PointVisitor visit = j -> {
                if (j != self) {
                    double dx = x[j] - px;
                    double dy = y[j] - py;
                    nearest.offer(j, dx * dx + dy * dy);
                }
            };
            for (long ring = 0; ring <= maxRing; ring++) {
                if (ring == 0) {
                    buckets.forEachInColumn(column, row, row, visit);
                } else {
                    buckets.forEachInColumn(column - ring, row - ring, row + ring, visit);
                    buckets.forEachInColumn(column + ring, row - ring, row + ring, visit);
                    for (long c = column - ring + 1; c < column + ring; c++) {
                        buckets.forEachInColumn(c, row - ring, row - ring, visit);
                        buckets.forEachInColumn(c, row + ring, row + ring, visit);
                    }
                }
                // Any point beyond this ring is at least ring × bucket away from (px, py).
                double reach = ring * bucket;
                if (nearest.full() && nearest.worstSquared() <= reach * reach) {
                    break;
                }
            }
            int[] list = nearest.indexes();
            Arrays.sort(list);
            lists[i] = list;
        }
        return lists;
    }

    /** A growable int list reused between points. */
    private static final class Collector {
        int[] items;
        int count;

        Collector(int[] items) {
            this.items = items;
        }

        void add(int j) {
            if (count == items.length) {
                items = Arrays.copyOf(items, items.length * 2);
            }
            items[count++] = j;
        }
    }

    /** The k best (distance, index) pairs seen so far, kept sorted; ties go to the lower index. */
    private static final class Nearest {
        private final int k;
        private final int[] index;
        private final double[] squared;
        private int count;

        Nearest(int k) {
            this.k = k;
            index = new int[k];
            squared = new double[k];
        }

        void clear() {
            count = 0;
        }

        boolean full() {
            return count == k;
        }

        double worstSquared() {
            return squared[count - 1];
        }

        void offer(int j, double d2) {
            if (count == k && !better(d2, j, squared[k - 1], index[k - 1])) {
                return;
            }
            int at = count == k ? k - 1 : count++;
            while (at > 0 && better(d2, j, squared[at - 1], index[at - 1])) {
                squared[at] = squared[at - 1];
                index[at] = index[at - 1];
                at--;
            }
            squared[at] = d2;
            index[at] = j;
        }

        private static boolean better(double d2, int j, double otherD2, int other) {
            return d2 < otherD2 || (d2 == otherD2 && j < other);
        }

        int[] indexes() {
            return Arrays.copyOf(index, count);
        }
    }
}
