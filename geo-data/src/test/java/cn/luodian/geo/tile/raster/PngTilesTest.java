package cn.luodian.geo.tile.raster;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngTilesTest {

    @Test
    void encodesAPngThatDecodesToTheSamePixels() throws Exception {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(10, 20, ColourRamp.giStar().argb(3));
        byte[] png = PngTiles.encode(image);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getWidth()).isEqualTo(256);
        assertThat(back.getRGB(10, 20)).isEqualTo(image.getRGB(10, 20));
        assertThat(back.getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void opaqueImagesAreWrittenWithoutAlphaAndDecodeExactly() throws Exception {
        BufferedImage image = new BufferedImage(300, 70, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, (x * 7 + y * 13) * 0x010305 & 0xFFFFFF);
            }
        }
        byte[] png = PngTiles.encode(image);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getColorModel().hasAlpha()).isFalse();
        assertThat(back.getWidth()).isEqualTo(300);
        assertThat(back.getHeight()).isEqualTo(70);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(back.getRGB(x, y)).isEqualTo(image.getRGB(x, y));
            }
        }
    }
}
