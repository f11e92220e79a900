package cn.luodian.geo.hotspot;

/**
 * Kernel density per cell of a {@link DensityGridSpec}, in (weighted) points per square metre
 * (× 1e6 for per km²). Values are held row by row from the southern row: index = row × columns + column.
 */
public final class DensityGrid {
    private final DensityGridSpec spec;
    private final double[] values;

    DensityGrid(DensityGridSpec spec, double[] values) {
        this.spec = spec;
        this.values = values;
    }

    public DensityGridSpec spec() {
        return spec;
    }

    public double at(int column, int row) {
        if (column < 0 || column >= spec.columns() || row < 0 || row >= spec.rows()) {
            throw new IndexOutOfBoundsException("cell " + column + ", " + row + " outside " + spec.columns() + " × " + spec.rows());
        }
        return values[row * spec.columns() + column];
    }

    /** A copy of all values, index = row × columns + column, row 0 in the south. */
    public double[] values() {
        return values.clone();
    }

    public double max() {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
