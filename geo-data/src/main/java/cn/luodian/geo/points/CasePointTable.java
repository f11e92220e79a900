package cn.luodian.geo.points;

import cn.luodian.geo.crs.ChinaOffsets;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.WebMercator;
import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;

/**
 * An immutable column store of case points in Web Mercator metres, sorted by {@link MortonOrder}
 * key so that a tile or a bounding box is a handful of contiguous row ranges. Primitive arrays
 * only: a million cases take about 60 MB and are scanned without touching an object per case.
 * Low-cardinality strings (category, state, urgency) are dictionary codes.
 */
public final class CasePointTable {
    private final long[] keys;
    private final long[] ids;
    private final double[] x;
    private final double[] y;
    private final short[] category;
    private final byte[] state;
    private final byte[] urgency;
    private final long[] received;
    private final boolean[] overdue;
    private final CaseNumbers numbers;
    private final String[] categories;
    private final String[] states;
    private final String[] urgencies;
    /** GCJ-02 positions in Mercator metres, computed on first use: {x[], y[]}. */
    private volatile double[][] gcj02;

    private CasePointTable(Builder b, int[] order, long[] sortedKeys) {
        int n = order.length;
        keys = sortedKeys;
        ids = new long[n];
        x = new double[n];
        y = new double[n];
        category = new short[n];
        state = new byte[n];
        urgency = new byte[n];
        received = new long[n];
        overdue = new boolean[n];
        for (int i = 0; i < n; i++) {
            int from = order[i];
            ids[i] = b.ids[from];
            x[i] = b.x[from];
            y[i] = b.y[from];
            category[i] = b.category[from];
            state[i] = b.state[from];
            urgency[i] = b.urgency[from];
            received[i] = b.received[from];
            overdue[i] = b.overdue[from];
        }
        numbers = b.numbers.build(order);
        categories = b.categoryCodes.toArray();
        states = b.stateCodes.toArray();
        urgencies = b.urgencyCodes.toArray();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static CasePointTable empty() {
        return builder().build();
    }

    public int size() {
        return ids.length;
    }

    public long id(int row) {
        return ids[row];
    }

    /** Web Mercator metres of the stored WGS-84 position. */
    public double xMetres(int row) {
        return x[row];
    }

    public double yMetres(int row) {
        return y[row];
    }

    public String category(int row) {
        return categories[category[row]];
    }

    public String state(int row) {
        return states[state[row]];
    }

    public String urgency(int row) {
        return urgencies[urgency[row]];
    }

    public long receivedEpochSecond(int row) {
        return received[row];
    }

    public boolean overdue(int row) {
        return overdue[row];
    }

    public String number(int row) {
        return numbers.get(row);
    }

    public CasePoint point(int row) {
        return new CasePoint(ids[row], WebMercator.lon(x[row]), WebMercator.lat(y[row]), category(row), state(row),
                urgency(row), received[row], overdue[row], number(row));
    }

    long[] keys() {
        return keys;
    }

    long[] ids() {
        return ids;
    }

    CasePointFilter.Compiled compile(CasePointFilter filter) {
        return filter.compile(categories, states);
    }

    boolean accepts(CasePointFilter.Compiled filter, int row) {
        return filter.accepts(category[row], state[row], received[row], overdue[row]);
    }

    /** Positions in the frame of {@code shift}: the stored WGS-84 ones, or GCJ-02 computed once. */
    double[][] positions(PointShift shift) {
        if (shift == PointShift.NONE) {
            return new double[][] {x, y};
        }
        double[][] shifted = gcj02;
        if (shifted == null) {
            synchronized (this) {
                if (gcj02 == null) {
                    double[] gx = new double[x.length];
                    double[] gy = new double[y.length];
                    for (int i = 0; i < x.length; i++) {
                        Coordinate c = ChinaOffsets.wgs84ToGcj02(WebMercator.lon(x[i]), WebMercator.lat(y[i]));
                        gx[i] = WebMercator.xMetres(c.x);
                        gy[i] = WebMercator.yMetres(c.y);
                    }
                    gcj02 = new double[][] {gx, gy};
                }
                shifted = gcj02;
            }
        }
        return shifted;
    }

    /** First row whose key is ≥ {@code key}. */
    int lowerBound(long key) {
        int low = 0;
        int high = keys.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (keys[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Collects rows in any order; {@link #build()} sorts them by Morton key. */
    public static final class Builder {
        private long[] ids = new long[16];
        private double[] x = new double[16];
        private double[] y = new double[16];
        private short[] category = new short[16];
        private byte[] state = new byte[16];
        private byte[] urgency = new byte[16];
        private long[] received = new long[16];
        private boolean[] overdue = new boolean[16];
        private final CaseNumbers.Builder numbers = new CaseNumbers.Builder();
        private final Codes categoryCodes = new Codes(Short.MAX_VALUE);
        private final Codes stateCodes = new Codes(Byte.MAX_VALUE);
        private final Codes urgencyCodes = new Codes(Byte.MAX_VALUE);
        private int size;

        private Builder() {
        }

        public Builder add(CasePoint p) {
            return add(p.id(), p.lon(), p.lat(), p.category(), p.state(), p.urgency(), p.receivedEpochSecond(),
                    p.overdue(), p.number());
        }

        /** One case; {@code lon}/{@code lat} WGS-84 degrees. */
        public Builder add(long id, double lon, double lat, String categoryCode, String stateId, String urgencyId,
                           long receivedEpochSecond, boolean isOverdue, String number) {
            if (size == ids.length) {
                grow(size * 2);
            }
            ids[size] = id;
            x[size] = WebMercator.xMetres(lon);
            y[size] = WebMercator.yMetres(lat);
            category[size] = (short) categoryCodes.code(categoryCode);
            state[size] = (byte) stateCodes.code(stateId);
            urgency[size] = (byte) urgencyCodes.code(urgencyId);
            received[size] = receivedEpochSecond;
            overdue[size] = isOverdue;
            numbers.add(number);
            size++;
            return this;
        }

        public int size() {
            return size;
        }

        private void grow(int capacity) {
            ids = Arrays.copyOf(ids, capacity);
            x = Arrays.copyOf(x, capacity);
            y = Arrays.copyOf(y, capacity);
            category = Arrays.copyOf(category, capacity);
            state = Arrays.copyOf(state, capacity);
            urgency = Arrays.copyOf(urgency, capacity);
            received = Arrays.copyOf(received, capacity);
            overdue = Arrays.copyOf(overdue, capacity);
        }

        public CasePointTable build() {
            int[] order = new int[size];
            long[] sortedKeys = new long[size];
            // Key (40 bits) and row (23 bits) packed in one long: one primitive sort, no boxing.
            if (size < (1 << 23)) {
                long[] packed = new long[size];
                for (int i = 0; i < size; i++) {
                    packed[i] = (MortonOrder.key(x[i], y[i]) << 23) | i;
                }
                Arrays.sort(packed);
                for (int i = 0; i < size; i++) {
                    order[i] = (int) (packed[i] & ((1 << 23) - 1));
                    sortedKeys[i] = packed[i] >>> 23;
                }
            } else {
                long[] rowKeys = new long[size];
                for (int i = 0; i < size; i++) {
                    rowKeys[i] = MortonOrder.key(x[i], y[i]);
                }
                Integer[] boxed = new Integer[size];
                Arrays.setAll(boxed, i -> i);
                Arrays.sort(boxed, (a, b) -> Long.compare(rowKeys[a], rowKeys[b]));
                for (int i = 0; i < size; i++) {
                    order[i] = boxed[i];
                    sortedKeys[i] = rowKeys[boxed[i]];
                }
            }
            return new CasePointTable(this, order, sortedKeys);
        }
    }
}
