package cn.luodian.geo.hotspot;

/**
 * Kernel density with the quartic (biweight) kernel, as ArcGIS's "Kernel Density" tool (Silverman
 * 1986, eq. 4.5): the density at a place s is
 *
 * <pre>
 *   f(s) = Σᵢ wᵢ · 3/(π r²) · (1 − (dᵢ/r)²)²    over the points with dᵢ &lt; r
 * </pre>
 *
 * with r the bandwidth in metres, dᵢ the distance from s to point i and wᵢ its weight (1 by
 * default). Each point's kernel integrates to wᵢ over the plane, so the density is in (weighted)
 * points per square metre and sums, times cell area, to about Σwᵢ when the grid covers every kernel.
 * ArcGIS multiplies by the area unit it reports in (×1e6 for per km²); here that is the caller's.
 *
 * <p>The points are sorted into buckets as wide as the bandwidth once; a grid then visits only
 * the points within r of it and, for each point, only the cells whose centres can lie within r.
 */
public final class KernelDensity {
    public static final double MAX_BANDWIDTH_METRES = 50_000;

    private final double[] x;
    private final double[] y;
    private final double[] weights;
    private final double bandwidthMetres;
    private final PointBuckets buckets;

    private KernelDensity(double[] x, double[] y, double[] weights, double bandwidthMetres) {
        this.x = x;
        this.y = y;
        this.weights = weights;
        this.bandwidthMetres = bandwidthMetres;
        this.buckets = new PointBuckets(x, y, bandwidthMetres);
    }

    /**
     * @param weightsOrNull a weight per point (≥ 0), or null for weight 1 each
     * @throws IllegalArgumentException when the bandwidth is not in (0, 50 km], lengths differ, or
     *     a coordinate or weight is NaN, infinite or (weight) negative
     */
    public static KernelDensity quartic(double[] xMetres, double[] yMetres, double[] weightsOrNull, double bandwidthMetres) {
        if (!(bandwidthMetres > 0) || bandwidthMetres > MAX_BANDWIDTH_METRES) {
            throw new IllegalArgumentException("带宽应大于 0 且不超过 " + (int) MAX_BANDWIDTH_METRES + " 米，实为 " + bandwidthMetres + " 米");
        }
        int n = xMetres.length;
        if (yMetres.length != n || (weightsOrNull != null && weightsOrNull.length != n)) {
            throw new IllegalArgumentException("核密度：" + n + " 个 x，但有 " + yMetres.length + " 个 y" + (weightsOrNull == null ? "" : "、" + weightsOrNull.length + " 个权重"));
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(xMetres[i]) || !Double.isFinite(yMetres[i])) {
                throw new IllegalArgumentException("核密度：第 " + i + " 个点的坐标无效：" + xMetres[i] + ", " + yMetres[i]);
            }
            w[i] = weightsOrNull == null ? 1 : weightsOrNull[i];
            if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
                throw new IllegalArgumentException("核密度：第 " + i + " 个点的权重为 " + w[i] + "（应 ≥ 0）");
            }
        }
        return new KernelDensity(xMetres.clone(), yMetres.clone(), w, bandwidthMetres);
    }

    public double bandwidthMetres() {
        return bandwidthMetres;
    }

    public int pointCount() {
        return x.length;
    }

    /** The density at one place, per square metre. */
    public double densityAt(double xMetres, double yMetres) {
        double r2 = bandwidthMetres * bandwidthMetres;
        double[] sum = new double[1];
        long column = buckets.column(xMetres);
        long row = buckets.row(yMetres);
        for (long c = column - 1; c <= column + 1; c++) {
            buckets.forEachInColumn(c, row - 1, row + 1, i -> {
                double dx = x[i] - xMetres;
                double dy = y[i] - yMetres;
                double d2 = dx * dx + dy * dy;
                if (d2 < r2) {
                    double t = 1 - d2 / r2;
                    sum[0] += weights[i] * t * t;
                }
            });
        }
        return sum[0] * normalisation();
    }

    /** The density at every cell centre of the grid, per square metre. */
    public DensityGrid density(DensityGridSpec grid) {
        double r = bandwidthMetres;
        double r2 = r * r;
        double size = grid.cellSizeMetres();
        int columns = grid.columns();
        int rows = grid.rows();
        double[] sums = new double[columns * rows];
        long fromColumn = buckets.column(grid.originXMetres() - r);
        long toColumn = buckets.column(grid.maxXMetres() + r);
        long fromRow = buckets.row(grid.originYMetres() - r);
        long toRow = buckets.row(grid.maxYMetres() + r);
        for (long c = Math.max(fromColumn, 0); c <= toColumn; c++) {
            buckets.forEachInColumn(c, fromRow, toRow, i -> {
                double px = x[i];
                double py = y[i];
                // Cells whose centre origin + (k + ½)·size lies in [p − r, p + r].
                int c0 = Math.max(0, (int) Math.ceil((px - r - grid.originXMetres()) / size - 0.5));
                int c1 = (int) Math.min(columns - 1, Math.floor((px + r - grid.originXMetres()) / size - 0.5));
                int r0 = Math.max(0, (int) Math.ceil((py - r - grid.originYMetres()) / size - 0.5));
                int r1 = (int) Math.min(rows - 1, Math.floor((py + r - grid.originYMetres()) / size - 0.5));
                double w = weights[i];
                for (int row = r0; row <= r1; row++) {
                    double dy = grid.centreY(row) - py;
                    double dy2 = dy * dy;
                    if (dy2 >= r2) {
                        continue;
                    }
                    int base = row * columns;
                    for (int col = c0; col <= c1; col++) {
                        double dx = grid.centreX(col) - px;
                        double d2 = dx * dx + dy2;
                        if (d2 < r2) {
                            double t = 1 - d2 / r2;
                            sums[base + col] += w * t * t;
                        }
                    }
                }
            });
        }
        double k = normalisation();
        for (int i = 0; i < sums.length; i++) {
            sums[i] *= k;
        }
        return new DensityGrid(grid, sums);
    }

    private double normalisation() {
        return 3 / (Math.PI * bandwidthMetres * bandwidthMetres);
    }
}
