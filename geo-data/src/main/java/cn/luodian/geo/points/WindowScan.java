package cn.luodian.geo.points;

import cn.luodian.geo.crs.ChinaOffsets;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The rows of one table inside a Mercator window: the window is covered by at most 5 × 5 tiles of
 * the Morton order, each one contiguous row range; ranges inside the window need no position test.
 */
final class WindowScan {
    /** GCJ-02 moves Beijing by about 500 m; its shift varies by far less than this across a sampled tile. */
    private static final double SHIFT_MARGIN_METRES = 300;
    private static final int SHIFT_SAMPLES = 5;

    private WindowScan() {
    }

    static void run(CasePointTable table, long[] deadRows, Envelope window, PointShift shift,
                    CasePointFilter filter, CasePoints.Visitor visitor) {
        if (table.size() == 0 || window.isNull()) {
            return;
        }
        CasePointFilter.Compiled compiled = table.compile(filter);
        double[][] positions = table.positions(shift);
        double[] px = positions[0];
        double[] py = positions[1];
        Envelope stored = shift == PointShift.NONE ? window : unshifted(window);
        double world = 2 * WebMercator.HALF_WORLD_METRES;
        double span = Math.max(stored.getWidth(), stored.getHeight());
        int zoom = span <= 0 ? MortonOrder.KEY_ZOOM
                : (int) Math.max(0, Math.min(MortonOrder.KEY_ZOOM, Math.floor(Math.log(world / span) / Math.log(2) + 1e-9) + 1));
        double tileMetres = WebMercator.tileSizeMetres(zoom);
        int last = (1 << zoom) - 1;
        int minColumn = clamp((int) Math.floor((stored.getMinX() + WebMercator.HALF_WORLD_METRES) / tileMetres), last);
        int maxColumn = clamp((int) Math.floor((stored.getMaxX() + WebMercator.HALF_WORLD_METRES) / tileMetres), last);
        int minRow = clamp((int) Math.floor((WebMercator.HALF_WORLD_METRES - stored.getMaxY()) / tileMetres), last);
        int maxRow = clamp((int) Math.floor((WebMercator.HALF_WORLD_METRES - stored.getMinY()) / tileMetres), last);
        for (int row = minRow; row <= maxRow; row++) {
            for (int column = minColumn; column <= maxColumn; column++) {
                TileAddress cover = new TileAddress(zoom, column, row);
                boolean inside = shift == PointShift.NONE && window.contains(WebMercator.bounds(cover));
                int end = table.lowerBound(MortonOrder.endKey(cover));
                for (int i = table.lowerBound(MortonOrder.firstKey(cover)); i < end; i++) {
                    if (deadRows != null && (deadRows[i >>> 6] & (1L << i)) != 0) {
                        continue;
                    }
                    if (!table.accepts(compiled, i)) {
                        continue;
                    }
                    double xi = px[i];
                    double yi = py[i];
                    if (inside || (xi >= window.getMinX() && xi <= window.getMaxX()
                            && yi >= window.getMinY() && yi <= window.getMaxY())) {
                        visitor.visit(table, i, xi, yi);
                    }
                }
            }
        }
    }

    /** Where points must be stored to land in {@code window} once shifted to GCJ-02, with a margin. */
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

    private static int clamp(int value, int last) {
        return Math.max(0, Math.min(last, value));
    }
}
