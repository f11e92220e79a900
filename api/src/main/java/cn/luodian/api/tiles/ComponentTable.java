package cn.luodian.api.tiles;

import cn.luodian.api.components.ComponentOnMap;
import cn.luodian.geo.crs.ChinaOffsets;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.WebMercator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Components as columns, immutable: for each row its anchor in Web Mercator metres (the point, or the
 * centre of a line's or polygon's extent), code (16 digits as a long), 小类 and status (indexes into
 * small dictionaries) and name (equal names share one string). Rows are sorted by the z14 tile their
 * anchor lies in, so a window is a few binary-searched row ranges; lines and polygons also keep their
 * WGS-84 geometry, in an STRtree by Mercator extent, for the tiles that draw them. About 45 bytes a
 * point: a million components take some 45 MB.
 */
final class ComponentTable {
    /** The zoom of the tiles rows are grouped by: 2.4 km of Mercator plane, a z16 tile is 1/16 of one. */
    static final int KEY_ZOOM = 14;
    /** GCJ-02 moves Beijing by about 500 m; its shift varies by far less than this across a tile. */
    private static final double SHIFT_MARGIN_METRES = 1_000;
    private static final int SHIFT_SAMPLES = 5;

    private final int size;
    private final int[] keys;
    private final double[] x;
    private final double[] y;
    private final long[] codes;
    private final short[] categories;
    private final byte[] statuses;
    private final String[] names;
    private final String[] categoryCodes;
    private final String[] statusNames;
    /** WGS-84 geometry of the lines and polygons, null for points. */
    private final Geometry[] shapes;
    private final STRtree shapeIndex = new STRtree();
    /** Rows in code order, for finding a row by its code. */
    private final int[] rowsByCode;
    private volatile double[][] gcj02;

    /** Receives a row and its anchor in the requested frame (Mercator metres). */
    @FunctionalInterface
    interface Visitor {
        void visit(ComponentTable table, int row, double xMetres, double yMetres);
    }

    private ComponentTable(Builder in) {
        size = in.size;
        keys = new int[size];
        x = new double[size];
        y = new double[size];
        codes = new long[size];
        categories = new short[size];
        statuses = new byte[size];
        names = new String[size];
        shapes = new Geometry[size];
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = ((long) key(in.x[i], in.y[i]) << 32) | i;
        }
        // By tile key, then by arrival: the same data in the same order always gives the same table.
        Arrays.sort(order);
        int[] rowOfInput = new int[size];
        for (int row = 0; row < size; row++) {
            int i = (int) order[row];
            keys[row] = (int) (order[row] >>> 32);
            x[row] = in.x[i];
            y[row] = in.y[i];
            codes[row] = in.codes[i];
            categories[row] = in.categories[i];
            statuses[row] = in.statuses[i];
            names[row] = in.names[i];
            rowOfInput[i] = row;
            Geometry shape = in.shapes.get(i);
            if (shape != null) {
                shapes[row] = shape;
                shapeIndex.insert(mercator(shape.getEnvelopeInternal()), row);
            }
        }
        shapeIndex.build();
        rowsByCode = new int[size];
        int[] inputsByCode = in.inputsByCode();
        for (int k = 0; k < size; k++) {
            rowsByCode[k] = rowOfInput[inputsByCode[k]];
        }
        categoryCodes = in.categoryDictionary.values();
        statusNames = in.statusDictionary.values();
    }

    /** A table of these components (each code once). */
    static ComponentTable of(List<ComponentOnMap> components) {
        Builder builder = new Builder();
        components.forEach(builder::add);
        return builder.build();
    }

    /**
     * Takes components one at a time (a million from the store) into columns, keeping no component
     * object: only the geometry of lines and polygons is kept as it came.
     */
    static final class Builder {
        private int size;
        private double[] x = new double[1024];
        private double[] y = new double[1024];
        private long[] codes = new long[1024];
        private short[] categories = new short[1024];
        private byte[] statuses = new byte[1024];
        private String[] names = new String[1024];
        private final Map<Integer, Geometry> shapes = new HashMap<>();
        private final Dictionary categoryDictionary = new Dictionary(Short.MAX_VALUE);
        private final Dictionary statusDictionary = new Dictionary(Byte.MAX_VALUE);
        private final Map<String, String> sharedNames = new HashMap<>();
        private boolean inCodeOrder = true;

        void add(ComponentOnMap c) {
            if (size == x.length) {
                int grown = size * 2;
                x = Arrays.copyOf(x, grown);
                y = Arrays.copyOf(y, grown);
                codes = Arrays.copyOf(codes, grown);
                categories = Arrays.copyOf(categories, grown);
                statuses = Arrays.copyOf(statuses, grown);
                names = Arrays.copyOf(names, grown);
            }
            Geometry g = c.geometry();
            Coordinate anchor = g instanceof Point ? g.getCoordinate() : g.getEnvelopeInternal().centre();
            x[size] = WebMercator.xMetres(anchor.x);
            y[size] = WebMercator.yMetres(anchor.y);
            codes[size] = Long.parseLong(c.code());
            if (size > 0 && codes[size] <= codes[size - 1]) {
                inCodeOrder = false;
            }
            categories[size] = (short) categoryDictionary.index(c.categoryCode());
            statuses[size] = (byte) statusDictionary.index(c.status());
            names[size] = sharedNames.computeIfAbsent(c.name(), n -> n);
            if (!(g instanceof Point)) {
                shapes.put(size, g);
            }
            size++;
        }

        ComponentTable build() {
            return new ComponentTable(this);
        }

        /** Input positions in code order: as they came when loaded in code order, else sorted (a small delta). */
        private int[] inputsByCode() {
            int[] inputs = new int[size];
            for (int i = 0; i < size; i++) {
                inputs[i] = i;
            }
            if (!inCodeOrder) {
                Integer[] boxed = Arrays.stream(inputs).boxed().toArray(Integer[]::new);
                Arrays.sort(boxed, Comparator.comparingLong(i -> codes[i]));
                for (int i = 0; i < size; i++) {
                    inputs[i] = boxed[i];
                }
            }
            return inputs;
        }
    }

    int size() {
        return size;
    }

    long code(int row) {
        return codes[row];
    }

    String codeText(int row) {
        return Long.toString(codes[row]);
    }

    String category(int row) {
        return categoryCodes[categories[row]];
    }

    String status(int row) {
        return statusNames[statuses[row]];
    }

    /** The row's status as an index into {@link #statusNames()}. */
    int statusIndex(int row) {
        return statuses[row];
    }

    /** The row's 小类 as an index into {@link #categoryCodes()}. */
    int categoryIndex(int row) {
        return categories[row];
    }

    String[] statusNames() {
        return statusNames.clone();
    }

    String[] categoryCodes() {
        return categoryCodes.clone();
    }

    String name(int row) {
        return names[row];
    }

    /** The WGS-84 line or polygon of a row, or null for a point. */
    Geometry shape(int row) {
        return shapes[row];
    }

    /** The row of a code, or -1. */
    int row(String code) {
        long wanted;
        try {
            wanted = Long.parseLong(code);
        } catch (NumberFormatException e) {
            return -1;
        }
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long at = codes[rowsByCode[mid]];
            if (at < wanted) {
                low = mid + 1;
            } else if (at > wanted) {
                high = mid - 1;
            } else {
                return rowsByCode[mid];
            }
        }
        return -1;
    }

    /** The extent of a row in WGS-84 degrees: its shape's, or its point's. */
    Envelope extentLonLat(int row) {
        if (shapes[row] != null) {
            return shapes[row].getEnvelopeInternal();
        }
        return new Envelope(WebMercator.lon(x[row]), WebMercator.lon(x[row]), WebMercator.lat(y[row]), WebMercator.lat(y[row]));
    }

    /** Visits the rows (not in {@code dead}) whose anchor lies in {@code window} (Mercator, in the frame of {@code shift}). */
    void forEachAnchor(Envelope window, PointShift shift, long[] dead, Visitor visitor) {
        if (size == 0 || window.isNull()) {
            return;
        }
        double[] px = shift == PointShift.GCJ02 ? gcj02()[0] : x;
        double[] py = shift == PointShift.GCJ02 ? gcj02()[1] : y;
        Envelope stored = shift == PointShift.NONE ? window : unshifted(window);
        double tileMetres = WebMercator.tileSizeMetres(KEY_ZOOM);
        int last = (1 << KEY_ZOOM) - 1;
        int minColumn = clamp((int) Math.floor((stored.getMinX() + WebMercator.HALF_WORLD_METRES) / tileMetres), last);
        int maxColumn = clamp((int) Math.floor((stored.getMaxX() + WebMercator.HALF_WORLD_METRES) / tileMetres), last);
        int minRow = clamp((int) Math.floor((WebMercator.HALF_WORLD_METRES - stored.getMaxY()) / tileMetres), last);
        int maxRow = clamp((int) Math.floor((WebMercator.HALF_WORLD_METRES - stored.getMinY()) / tileMetres), last);
        double minX = window.getMinX();
        double maxX = window.getMaxX();
        double minY = window.getMinY();
        double maxY = window.getMaxY();
        for (int tileRow = minRow; tileRow <= maxRow; tileRow++) {
            int end = lowerBound((tileRow << KEY_ZOOM) + maxColumn + 1);
            for (int i = lowerBound((tileRow << KEY_ZOOM) + minColumn); i < end; i++) {
                if (dead != null && (dead[i >>> 6] & (1L << i)) != 0) {
                    continue;
                }
                double xi = px[i];
                double yi = py[i];
                if (xi >= minX && xi <= maxX && yi >= minY && yi <= maxY) {
                    visitor.visit(this, i, xi, yi);
                }
            }
        }
    }

    /** The rows (not in {@code dead}) of lines and polygons whose extent may reach {@code window} (Mercator, frame of {@code shift}). */
    List<Integer> shapesNear(Envelope window, PointShift shift, long[] dead) {
        List<Integer> rows = new ArrayList<>();
        if (size == 0 || window.isNull()) {
            return rows;
        }
        Envelope stored = shift == PointShift.NONE ? window : unshifted(window);
        shapeIndex.query(stored, item -> {
            int row = (Integer) item;
            if (dead == null || (dead[row >>> 6] & (1L << row)) == 0) {
                rows.add(row);
            }
        });
        return rows;
    }

    private int lowerBound(int key) {
        int low = 0;
        int high = size;
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

    /** Anchors shifted to GCJ-02, computed by the first reader that asks (racing readers compute equal arrays). */
    private double[][] gcj02() {
        double[][] shifted = gcj02;
        if (shifted == null) {
            shifted = new double[2][size];
            for (int i = 0; i < size; i++) {
                Coordinate c = ChinaOffsets.wgs84ToGcj02(WebMercator.lon(x[i]), WebMercator.lat(y[i]));
                shifted[0][i] = WebMercator.xMetres(c.x);
                shifted[1][i] = WebMercator.yMetres(c.y);
            }
            gcj02 = shifted;
        }
        return shifted;
    }

    /** Where anchors must be stored to land in {@code window} once shifted to GCJ-02, with a margin. */
    private static Envelope unshifted(Envelope window) {
        Envelope stored = new Envelope();
        for (int i = 0; i < SHIFT_SAMPLES; i++) {
            for (int j = 0; j < SHIFT_SAMPLES; j++) {
                double xm = window.getMinX() + window.getWidth() * i / (SHIFT_SAMPLES - 1);
                double ym = window.getMinY() + window.getHeight() * j / (SHIFT_SAMPLES - 1);
                Coordinate c = ChinaOffsets.gcj02ToWgs84(WebMercator.lon(xm), WebMercator.lat(ym));
                stored.expandToInclude(WebMercator.xMetres(c.x), WebMercator.yMetres(c.y));
            }
        }
        stored.expandBy(SHIFT_MARGIN_METRES);
        return stored;
    }

    static Envelope mercator(Envelope lonLat) {
        return new Envelope(WebMercator.xMetres(lonLat.getMinX()), WebMercator.xMetres(lonLat.getMaxX()),
                WebMercator.yMetres(lonLat.getMinY()), WebMercator.yMetres(lonLat.getMaxY()));
    }

    /** The z14 tile of an anchor as one sortable int: row, then column. */
    private static int key(double xMetres, double yMetres) {
        double tileMetres = WebMercator.tileSizeMetres(KEY_ZOOM);
        int last = (1 << KEY_ZOOM) - 1;
        int column = clamp((int) Math.floor((xMetres + WebMercator.HALF_WORLD_METRES) / tileMetres), last);
        int row = clamp((int) Math.floor((WebMercator.HALF_WORLD_METRES - yMetres) / tileMetres), last);
        return (row << KEY_ZOOM) | column;
    }

    private static int clamp(int value, int last) {
        return Math.max(0, Math.min(last, value));
    }

    /** Distinct values in order of first use, at most {@code max}. */
    private static final class Dictionary {
        private final int max;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        Dictionary(int max) {
            this.max = max;
        }

        int index(String value) {
            return index.computeIfAbsent(value, v -> {
                if (values.size() >= max) {
                    throw new IllegalStateException("部件瓦片索引：不同取值超过 " + max + " 个");
                }
                values.add(v);
                return values.size() - 1;
            });
        }

        String[] values() {
            return values.toArray(new String[0]);
        }
    }
}
