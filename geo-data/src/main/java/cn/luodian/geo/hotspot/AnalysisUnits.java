package cn.luodian.geo.hotspot;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The units of a hotspot analysis: an id, a centroid in projected metres (EPSG:4548 for Beijing;
 * the caller projects, e.g. with {@code GaussKrugerProjection}) and one numeric value each, held
 * in parallel arrays. Immutable: the arrays are copied in and out.
 *
 * <p>Unit {@code i} of every result and every {@link SpatialWeights} built from these units is
 * the {@code i}-th unit here, in the order given.
 */
public final class AnalysisUnits {
    private final List<String> unitIds;
    private final double[] xMetres;
    private final double[] yMetres;
    private final double[] values;

    private AnalysisUnits(List<String> unitIds, double[] xMetres, double[] yMetres, double[] values) {
        this.unitIds = unitIds;
        this.xMetres = xMetres;
        this.yMetres = yMetres;
        this.values = values;
    }

    /**
     * Checks and copies the units.
     *
     * @throws IllegalArgumentException when the lengths differ, an id is null or repeated, or a
     *     coordinate or value is NaN or infinite
     */
    public static AnalysisUnits of(List<String> unitIds, double[] xMetres, double[] yMetres, double[] values) {
        int n = unitIds.size();
        if (xMetres.length != n || yMetres.length != n || values.length != n) {
            throw new IllegalArgumentException("分析单元数目不一致：" + n + " 个编号，" + xMetres.length + " 个 x、" + yMetres.length + " 个 y、" + values.length + " 个数值");
        }
        Set<String> seen = new HashSet<>(n * 2);
        for (int i = 0; i < n; i++) {
            String id = unitIds.get(i);
            if (id == null) {
                throw new IllegalArgumentException("分析单元 " + i + " 没有编号");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("分析单元编号 " + id + " 重复出现");
            }
            requireFinite("x", id, xMetres[i]);
            requireFinite("y", id, yMetres[i]);
            requireFinite("value", id, values[i]);
        }
        return new AnalysisUnits(List.copyOf(unitIds), xMetres.clone(), yMetres.clone(), values.clone());
    }

    /** The same places with other values (e.g. another time step of a space-time cube). */
    public AnalysisUnits withValues(double[] newValues) {
        return of(unitIds, xMetres, yMetres, newValues);
    }

    private static void requireFinite(String what, String id, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("分析单元 " + id + " 的 " + what + " 为 " + v + "，应为有限数");
        }
    }

    public int size() {
        return unitIds.size();
    }

    public List<String> unitIds() {
        return unitIds;
    }

    public String unitId(int i) {
        return unitIds.get(i);
    }

    public double xMetres(int i) {
        return xMetres[i];
    }

    public double yMetres(int i) {
        return yMetres[i];
    }

    public double value(int i) {
        return values[i];
    }

    public double[] values() {
        return values.clone();
    }

    double[] xArray() {
        return xMetres;
    }

    double[] yArray() {
        return yMetres;
    }

    @Override
    public String toString() {
        return "AnalysisUnits[" + size() + " units, values " + Arrays.toString(Arrays.copyOf(values, Math.min(5, size())))
                + (size() > 5 ? "…]" : "]");
    }
}
