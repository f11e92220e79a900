package cn.luodian.geo.tile.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColourRampTest {

    @Test
    void giStarBinsTakeTheHotSpotColoursAndZeroIsTransparent() {
        ColourRamp gi = ColourRamp.giStar();
        assertThat(gi.argb(-3) & 0xFFFFFF).isEqualTo(0x4575B5);
        assertThat(gi.argb(3) & 0xFFFFFF).isEqualTo(0xD62F27);
        assertThat(gi.argb(0) >>> 24).isZero();
        assertThat(gi.argb(2.5)).isEqualTo(gi.argb(2));
        assertThat(gi.argb(-7)).isEqualTo(gi.argb(-3));
        assertThat(gi.argb(Double.NaN)).isZero();
    }

    @Test
    void heatBlendsFromTransparentToOpaqueRed() {
        ColourRamp heat = ColourRamp.heat();
        assertThat(heat.argb(0) >>> 24).isZero();
        assertThat(heat.argb(1) & 0xFFFFFF).isEqualTo(0xD7301F);
        int alphaLow = heat.argb(0.1) >>> 24;
        int alphaHigh = heat.argb(0.9) >>> 24;
        assertThat(alphaLow).isPositive().isLessThan(alphaHigh);
    }

    @Test
    void blendingIsLinearPerChannel() {
        ColourRamp ramp = ColourRamp.blended(new double[] {0, 10}, new int[] {0x00000000, 0xFF6432C8});
        assertThat(ramp.argb(5)).isEqualTo(0x80321964);
    }

    @Test
    void stopsMustIncrease() {
        assertThatThrownBy(() -> ColourRamp.stepped(new double[] {1, 1}, new int[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
