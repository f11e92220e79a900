package cn.luodian.geo.points;

import java.util.Arrays;

/** A table's ids in ascending order with the row of each: the row of a case by binary search. */
final class IdIndex {
    private static final int ROW_BITS = 23;

    private final long[] sortedIds;
    private final int[] rows;

    private IdIndex(long[] sortedIds, int[] rows) {
        this.sortedIds = sortedIds;
        this.rows = rows;
    }

    static IdIndex of(CasePointTable table) {
        long[] ids = table.ids();
        int n = ids.length;
        long[] sorted = new long[n];
        int[] rows = new int[n];
        boolean packable = n < (1 << ROW_BITS) && Arrays.stream(ids).allMatch(id -> id >= 0 && id < (1L << (63 - ROW_BITS)));
        if (packable) {
            // Id and row in one long: one primitive sort instead of a million boxed comparisons.
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                packed[i] = (ids[i] << ROW_BITS) | i;
            }
            Arrays.sort(packed);
            for (int i = 0; i < n; i++) {
                sorted[i] = packed[i] >>> ROW_BITS;
                rows[i] = (int) (packed[i] & ((1 << ROW_BITS) - 1));
            }
        } else {
            Integer[] order = new Integer[n];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
            for (int i = 0; i < n; i++) {
                sorted[i] = ids[order[i]];
                rows[i] = order[i];
            }
        }
        return new IdIndex(sorted, rows);
    }

    /** The row of {@code id}, or −1. */
    int rowOf(long id) {
        int at = Arrays.binarySearch(sortedIds, id);
        return at < 0 ? -1 : rows[at];
    }
}
