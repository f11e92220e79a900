package cn.luodian.geo.tile.raster;

import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * Quartic kernel density of points on one tile's pixels, in cases per km² of ground, for the heat
 * tiles. A display, not an analysis (analyses measure in EPSG:4548, see {@code hotspot.KernelDensity}):
 * the bandwidth is given in ground metres and turned into Mercator metres with the local scale
 * factor at the tile's centre latitude ({@link WebMercator#scaleAt}), which varies by well under
 * 1 % across a tile at the zooms heat maps are read at.
 *
 * <p>Speed over a million cases: the points are binned into a grid of cells (one pixel, or coarser
 * when the kernel is more than {@value #MAX_STAMP_RADIUS_CELLS} cells wide, so that one point costs
 * at most about 200 cell additions), every occupied cell spreads its count with a precomputed
 * kernel stamp, and pixels read the cell grid bilinearly. A point therefore sits at its cell's
 * centre (at most half a cell off). The stamp is normalised so that each case adds exactly one case
 * of mass, also when the kernel is smaller than a cell at low zoom.
 *
 * <p>Use: {@link #forTile}, scan the points in {@link #windowMetres()} and {@link #add} each, then
 * {@link #densityPerKm2()}. Not thread-safe; one per tile request.
 */
public final class HeatRaster {
    /** The kernel's radius in cells is at most this; beyond, cells grow instead. */
    static final int MAX_STAMP_RADIUS_CELLS = 8;

    private final int sizePixels;
    private final double cellPixels;
    private final double cellMetres;
    private final int margin;
    private final int side;
    private final double minX;
    private final double maxY;
    private final Envelope window;
    private final int[] counts;
    private final int stampRadius;
    private final float[] stamp;
    private boolean any;

    private HeatRaster(TileAddress tile, int sizePixels, double bandwidthMetres) {
        if (!(bandwidthMetres > 0) || sizePixels <= 0) {
            throw new IllegalArgumentException("带宽和瓦片尺寸必须为正数，实为 " + bandwidthMetres + ", " + sizePixels);
        }
        Envelope bounds = WebMercator.bounds(tile);
        double scale = WebMercator.scaleAt(WebMercator.lat(bounds.centre().y));
        double metresPerPixel = bounds.getWidth() / sizePixels;
        double radiusPixels = bandwidthMetres * scale / metresPerPixel;
        this.sizePixels = sizePixels;
        this.cellPixels = Math.max(1.0, radiusPixels / MAX_STAMP_RADIUS_CELLS);
        this.cellMetres = cellPixels * metresPerPixel;
        this.stampRadius = (int) Math.ceil(radiusPixels / cellPixels);
        this.margin = stampRadius + 1;
        this.side = (int) Math.ceil(sizePixels / cellPixels) + 2 * margin;
        this.minX = bounds.getMinX() - margin * cellMetres;
        this.maxY = bounds.getMaxY() + margin * cellMetres;
        this.window = new Envelope(minX, minX + side * cellMetres, maxY - side * cellMetres, maxY);
        this.counts = new int[side * side];
        double groundCellKm = cellMetres / scale / 1000.0;
        this.stamp = stamp(stampRadius, radiusPixels / cellPixels, groundCellKm * groundCellKm);
    }

    /** A raster of {@code sizePixels}² (256, or 512 for {@code @2x}) with a kernel of {@code bandwidthMetres} on the ground. */
    public static HeatRaster forTile(TileAddress tile, int sizePixels, double bandwidthMetres) {
        return new HeatRaster(tile, sizePixels, bandwidthMetres);
    }

    /** Where points can add to this tile: the tile grown by the kernel radius and a cell. */
    public Envelope windowMetres() {
        return new Envelope(window);
    }

    /** Adds one point (Mercator metres); points outside {@link #windowMetres()} are ignored. */
    public void add(double xMetres, double yMetres) {
        int cx = (int) Math.floor((xMetres - minX) / cellMetres);
        int cy = (int) Math.floor((maxY - yMetres) / cellMetres);
        if (cx >= 0 && cy >= 0 && cx < side && cy < side) {
            counts[cy * side + cx]++;
            any = true;
        }
    }

    /** Whether any point fell in the window (else the tile is empty: density 0 everywhere). */
    public boolean isEmpty() {
        return !any;
    }

    /** Density per km² of ground at each pixel centre, rows from the top (north), {@code size × size}. */
    public float[] densityPerKm2() {
        float[] cells = new float[side * side];
        int lo = margin - 1;
        int hi = side - margin + 1;
        int width = 2 * stampRadius + 1;
        for (int cy = 0; cy < side; cy++) {
            for (int cx = 0; cx < side; cx++) {
                int n = counts[cy * side + cx];
                if (n == 0) {
                    continue;
                }
                // Only the cells the pixels read get the stamp.
                int y0 = Math.max(lo, cy - stampRadius);
                int y1 = Math.min(hi - 1, cy + stampRadius);
                int x0 = Math.max(lo, cx - stampRadius);
                int x1 = Math.min(hi - 1, cx + stampRadius);
                for (int y = y0; y <= y1; y++) {
                    int s = (y - cy + stampRadius) * width - cx + stampRadius;
                    int row = y * side;
                    for (int x = x0; x <= x1; x++) {
                        cells[row + x] += n * stamp[s + x];
                    }
                }
            }
        }
        return pixels(cells);
    }

    /** Bilinear reading of the cell grid at every pixel centre; exact when a cell is a pixel. */
    private float[] pixels(float[] cells) {
        float[] out = new float[sizePixels * sizePixels];
        int[] c0 = new int[sizePixels];
        float[] f = new float[sizePixels];
        for (int i = 0; i < sizePixels; i++) {
            double u = (i + 0.5) / cellPixels + margin - 0.5;
            c0[i] = (int) Math.floor(u);
            f[i] = (float) (u - c0[i]);
        }
        for (int j = 0; j < sizePixels; j++) {
            int top = c0[j] * side;
            int bottom = top + side;
            float fy = f[j];
            for (int i = 0; i < sizePixels; i++) {
                int x = c0[i];
                float fx = f[i];
                float upper = cells[top + x] + fx * (cells[top + x + 1] - cells[top + x]);
                float lower = cells[bottom + x] + fx * (cells[bottom + x + 1] - cells[bottom + x]);
                out[j * sizePixels + i] = upper + fy * (lower - upper);
            }
        }
        return out;
    }

    /**
     * The quartic kernel 3/(πr²)·(1 − (d/r)²)² sampled at cell offsets and scaled so that its cells
     * hold one case in all: value per km² = weight / Σweights / cell area.
     */
    private static float[] stamp(int radiusCells, double radius, double cellAreaKm2) {
        int width = 2 * radiusCells + 1;
        double[] weights = new double[width * width];
        double sum = 0;
        for (int dy = -radiusCells; dy <= radiusCells; dy++) {
            for (int dx = -radiusCells; dx <= radiusCells; dx++) {
                double q = (dx * dx + dy * dy) / (radius * radius);
                double w = q < 1 ? (1 - q) * (1 - q) : 0;
                weights[(dy + radiusCells) * width + dx + radiusCells] = w;
                sum += w;
            }
        }
        float[] stamp = new float[weights.length];
        for (int k = 0; k < weights.length; k++) {
            stamp[k] = (float) (weights[k] / sum / cellAreaKm2);
        }
        return stamp;
    }
}
