package cn.luodian.geo.tile.raster;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Colours a heat raster with {@link ColourRamp#heat()}: density per km² divided by a fixed maximum
 * (so the same density has the same colour on every tile and zoom, and neighbouring tiles join
 * without seams), clamped at 1. Zero density is fully transparent; any positive density gets at
 * least the faintest step, so no case disappears.
 */
public final class HeatTileImage {
    /** Colour steps of the lookup table: finer than the eye can tell on a 6-stop ramp. */
    private static final int LEVELS = 1024;
    private static final int[] LOOKUP = lookup();

    private HeatTileImage() {
    }

    /** {@code densityPerKm2} is {@code size × size}, rows from the top. */
    public static BufferedImage render(float[] densityPerKm2, int sizePixels, double maxDensityPerKm2) {
        if (!(maxDensityPerKm2 > 0)) {
            throw new IllegalArgumentException("色阶最大值必须为正数，实为 " + maxDensityPerKm2);
        }
        if (densityPerKm2.length != sizePixels * sizePixels) {
            throw new IllegalArgumentException("密度数组有 " + densityPerKm2.length + " 个像素，应为 " + sizePixels + "²");
        }
        BufferedImage image = new BufferedImage(sizePixels, sizePixels, BufferedImage.TYPE_INT_ARGB);
        int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        double toLevel = (LEVELS - 1) / maxDensityPerKm2;
        for (int i = 0; i < argb.length; i++) {
            float d = densityPerKm2[i];
            // Float sums leave crumbs of 1e-7 where kernels cancel out: treat those as nothing.
            if (d > 1e-6f) {
                int level = (int) Math.min(LEVELS - 1, Math.max(1, Math.round(d * toLevel)));
                argb[i] = LOOKUP[level];
            }
        }
        return image;
    }

    private static int[] lookup() {
        ColourRamp ramp = ColourRamp.heat();
        int[] table = new int[LEVELS];
        for (int level = 0; level < LEVELS; level++) {
            table[level] = ramp.argb(level / (double) (LEVELS - 1));
        }
        // The faintest step must still show: at least alpha 8 of 255.
        for (int level = 1; level < LEVELS; level++) {
            if ((table[level] >>> 24) < 8) {
                table[level] = (table[level] & 0x00FFFFFF) | (8 << 24);
            }
        }
        return table;
    }
}
