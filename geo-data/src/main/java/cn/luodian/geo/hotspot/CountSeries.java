package cn.luodian.geo.hotspot;

import java.util.Arrays;

/**
 * Counts of one unit and category in consecutive windows of equal length, oldest first; the last
 * window is the latest, the ones before it are the baseline ({@link TimeWindows} numbers them).
 */
public record CountSeries(String unitId, String category, long[] countsByWindow) {
    public CountSeries {
        if (unitId == null || category == null) {
            throw new IllegalArgumentException("计数序列需要单元编号和小类");
        }
        countsByWindow = countsByWindow.clone();
        for (long c : countsByWindow) {
            if (c < 0) {
                throw new IllegalArgumentException("计数序列 " + unitId + "/" + category + " 含负数 " + c);
            }
        }
    }

    @Override
    public long[] countsByWindow() {
        return countsByWindow.clone();
    }

    long latest() {
        return countsByWindow[countsByWindow.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountSeries other && unitId.equals(other.unitId) && category.equals(other.category)
                && Arrays.equals(countsByWindow, other.countsByWindow);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * unitId.hashCode() + category.hashCode()) + Arrays.hashCode(countsByWindow);
    }

    @Override
    public String toString() {
        return "CountSeries[" + unitId + ", " + category + ", " + Arrays.toString(countsByWindow) + "]";
    }
}
