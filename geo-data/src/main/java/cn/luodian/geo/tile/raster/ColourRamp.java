package cn.luodian.geo.tile.raster;

import java.util.Arrays;

/**
 * Values to colours with transparency (ARGB) for overlay tiles: a ramp of stops, blended between
 * them or stepped. {@link #heat()} for kernel density, {@link #giStar()} for Gi* confidence bins.
 * Immutable.
 */
public final class ColourRamp {
    private final double[] values;
    private final int[] argb;
    private final boolean stepped;

    private ColourRamp(double[] values, int[] argb, boolean stepped) {
        if (values.length == 0 || values.length != argb.length) {
            throw new IllegalArgumentException("色带的颜色数须与分段点数相同，且至少一个");
        }
        for (int i = 1; i < values.length; i++) {
            if (!(values[i] > values[i - 1])) {
                throw new IllegalArgumentException("色带分段点必须递增：" + Arrays.toString(values));
            }
        }
        this.values = values.clone();
        this.argb = argb.clone();
        this.stepped = stepped;
    }

    /** Colours blended linearly (each channel, alpha too) between stops; clamped beyond the ends. */
    public static ColourRamp blended(double[] values, int[] argb) {
        return new ColourRamp(values, argb, false);
    }

    /** Each value takes the colour of the highest stop at or below it (the first stop below all). */
    public static ColourRamp stepped(double[] values, int[] argb) {
        return new ColourRamp(values, argb, true);
    }

    /**
     * Density scaled to 0..1: transparent at 0, through translucent blue, cyan, green and yellow to
     * opaque red at 1, so that low density barely tints the base map.
     */
    public static ColourRamp heat() {
        return blended(new double[] {0.0, 0.15, 0.35, 0.55, 0.75, 1.0},
                new int[] {0x000000FF, 0x803A7BD5, 0xA03CC8C8, 0xB870C850, 0xD8F5D23C, 0xF0D7301F});
    }

    /**
     * Gi* confidence bins −3..+3 in the colours of ArcGIS "Hot Spot Analysis": cold spots at 99, 95
     * and 90 % in deep to pale blue, not significant (0) transparent, hot spots at 90, 95 and 99 %
     * in pale to deep red. Non-integer values fall into the bin below.
     */
    public static ColourRamp giStar() {
        return stepped(new double[] {-3, -2, -1, 0, 1, 2, 3},
                new int[] {0xE64575B5, 0xE6849EBA, 0xE6C0CCBE, 0x00000000, 0xE6FAB984, 0xE6ED7551, 0xE6D62F27});
    }

    /** The ARGB colour of a value; NaN is transparent (no value, nothing drawn). */
    public int argb(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        if (value <= values[0]) {
            return argb[0];
        }
        int last = values.length - 1;
        if (value >= values[last]) {
            return argb[last];
        }
        int i = Arrays.binarySearch(values, value);
        if (i >= 0) {
            return argb[i];
        }
        int below = -i - 2;
        if (stepped) {
            return argb[below];
        }
        double f = (value - values[below]) / (values[below + 1] - values[below]);
        return blend(argb[below], argb[below + 1], f);
    }

    private static int blend(int from, int to, double f) {
        int result = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            int a = (from >>> shift) & 0xFF;
            int b = (to >>> shift) & 0xFF;
            result |= ((int) Math.round(a + (b - a) * f) & 0xFF) << shift;
        }
        return result;
    }
}
