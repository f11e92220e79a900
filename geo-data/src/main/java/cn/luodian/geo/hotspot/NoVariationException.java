package cn.luodian.geo.hotspot;

/**
 * Every unit has the same value (no case under a filter, say), so a local statistic has nothing to
 * compare: Gi* and local Moran's I are undefined. A caller that reads this as "no hot or cold spot"
 * catches this type; others see the IllegalArgumentException it is.
 */
public final class NoVariationException extends IllegalArgumentException {
    private final int unitCount;
    private final double value;

    public NoVariationException(int unitCount, double value) {
        super("全部 " + unitCount + " 个数值都相等（" + value + "）：没有差异，无法找出热点或冷点");
        this.unitCount = unitCount;
        this.value = value;
    }

    public int unitCount() {
        return unitCount;
    }

    /** The value every unit has. */
    public double value() {
        return value;
    }
}
