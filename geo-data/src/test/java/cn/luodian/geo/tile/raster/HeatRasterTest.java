package cn.luodian.geo.tile.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.WebMercator;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The heat raster's maths on hand-placed points in 通州区 (z14, about 9.55 Mercator metres per pixel). */
class HeatRasterTest {
    private static final TileAddress TILE = TileAddress.containing(116.66, 39.9, 14);
    private static final TileFrame FRAME = TileFrame.of(TILE, 256);

    /** The Mercator metres of the centre of pixel (i, j). */
    private static double[] pixelCentre(int i, int j) {
        double mpp = FRAME.metresPerUnit();
        return new double[] {FRAME.boundsMetres().getMinX() + (i + 0.5) * mpp, FRAME.boundsMetres().getMaxY() - (j + 0.5) * mpp};
    }

    private static float at(float[] density, int i, int j) {
        return density[j * 256 + i];
    }

    @Test
    void oneCaseMakesASymmetricPeakOfTheQuarticKernelAndNothingBeyondTheBandwidth() {
        double bandwidth = 40; // about 5.5 pixels: cells are pixels
        HeatRaster raster = HeatRaster.forTile(TILE, 256, bandwidth);
        double[] p = pixelCentre(100, 120);
        raster.add(p[0], p[1]);
        float[] density = raster.densityPerKm2();

        double radiusKm = bandwidth / 1000.0;
        // The discrete stamp holds one case in all, so its centre is within a few % of 3/(πr²).
        assertThat(at(density, 100, 120)).isCloseTo((float) (3 / (Math.PI * radiusKm * radiusKm)),
                within((float) (0.05 * 3 / (Math.PI * radiusKm * radiusKm))));
        for (int d = 1; d <= 5; d++) {
            assertThat(at(density, 100 + d, 120)).isLessThan(at(density, 100 + d - 1, 120));
            assertThat(at(density, 100 - d, 120)).isEqualTo(at(density, 100 + d, 120));
            assertThat(at(density, 100, 120 + d)).isEqualTo(at(density, 100 + d, 120));
            assertThat(at(density, 100, 120 - d)).isEqualTo(at(density, 100 + d, 120));
        }
        double radiusPixels = bandwidth * WebMercator.scaleAt(39.9) / FRAME.metresPerUnit();
        for (int j = 0; j < 256; j++) {
            for (int i = 0; i < 256; i++) {
                if (Math.hypot(i - 100, j - 120) > radiusPixels) {
                    assertThat(at(density, i, j)).as("pixel %d,%d", i, j).isZero();
                }
            }
        }
    }

    @Test
    void densityIsAdditiveAndTheStampHoldsOneCase() {
        HeatRaster one = HeatRaster.forTile(TILE, 256, 300);
        HeatRaster three = HeatRaster.forTile(TILE, 256, 300);
        double[] p = pixelCentre(128, 128);
        one.add(p[0], p[1]);
        for (int k = 0; k < 3; k++) {
            three.add(p[0], p[1]);
        }
        float[] single = one.densityPerKm2();
        float[] triple = three.densityPerKm2();
        assertThat(triple[128 * 256 + 128]).isCloseTo(3 * single[128 * 256 + 128], within(1e-3f));
        double pixelKm = FRAME.metresPerUnit() / WebMercator.scaleAt(39.9) / 1000.0;
        double mass = 0;
        for (float d : single) {
            mass += d * pixelKm * pixelKm;
        }
        assertThat(mass).isCloseTo(1.0, within(0.02));
    }

    @Test
    void aPointOutsideTheWindowChangesNothingAndAWideKernelPeaksAtThePoint() {
        HeatRaster raster = HeatRaster.forTile(TILE, 512, 2_000);
        assertThat(raster.isEmpty()).isTrue();
        raster.add(raster.windowMetres().getMaxX() + 1, raster.windowMetres().getMaxY() + 1);
        assertThat(raster.isEmpty()).isTrue();
        TileFrame frame = TileFrame.of(TILE, 512);
        double x = frame.boundsMetres().getMinX() + 300.5 * frame.metresPerUnit();
        double y = frame.boundsMetres().getMaxY() - 200.5 * frame.metresPerUnit();
        raster.add(x, y);
        float[] density = raster.densityPerKm2();
        int best = 0;
        for (int k = 1; k < density.length; k++) {
            best = density[k] > density[best] ? k : best;
        }
        // Cells are coarser than pixels here: the peak is within a cell (radius / 8) of the point.
        double cellPixels = 2_000 * WebMercator.scaleAt(39.9) / frame.metresPerUnit() / 8;
        assertThat(Math.hypot(best % 512 - 300, best / 512 - 200)).isLessThanOrEqualTo(cellPixels);
    }

    @Test
    void colouredWhereThereIsDensityTransparentWhereNot() {
        HeatRaster raster = HeatRaster.forTile(TILE, 256, 300);
        double[] p = pixelCentre(50, 50);
        raster.add(p[0], p[1]);
        BufferedImage image = HeatTileImage.render(raster.densityPerKm2(), 256, 50);
        assertThat(image.getRGB(50, 50) >>> 24).isPositive();
        assertThat(image.getRGB(250, 250) >>> 24).isZero();
        assertThatThrownBy(() -> HeatTileImage.render(new float[4], 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeatRaster.forTile(TILE, 256, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
