package cn.luodian.geo.hotspot;

/**
 * A raster of square cells in projected metres: the origin is the south-west corner of cell
 * (column 0, row 0), columns go east and rows go north, so cell (c, r) has its centre at
 * (originX + (c + ½)·size, originY + (r + ½)·size).
 */
public record DensityGridSpec(double originXMetres, double originYMetres, double cellSizeMetres, int columns, int rows) {
    /** Largest raster accepted (cells). */
    public static final long MAX_CELLS = 25_000_000L;

    public DensityGridSpec {
        if (!Double.isFinite(originXMetres) || !Double.isFinite(originYMetres)) {
            throw new IllegalArgumentException("格网原点必须为有限数，实为 " + originXMetres + ", " + originYMetres);
        }
        if (!(cellSizeMetres > 0) || Double.isInfinite(cellSizeMetres)) {
            throw new IllegalArgumentException("格网单元大小必须大于 0 米，实为 " + cellSizeMetres);
        }
        if (columns < 1 || rows < 1 || (long) columns * rows > MAX_CELLS) {
            throw new IllegalArgumentException("格网应有 1 到 " + MAX_CELLS + " 个单元，实为 " + columns + " × " + rows);
        }
    }

    public double centreX(int column) {
        return originXMetres + (column + 0.5) * cellSizeMetres;
    }

    public double centreY(int row) {
        return originYMetres + (row + 0.5) * cellSizeMetres;
    }

    public double maxXMetres() {
        return originXMetres + columns * cellSizeMetres;
    }

    public double maxYMetres() {
        return originYMetres + rows * cellSizeMetres;
    }
}
