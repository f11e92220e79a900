package cn.luodian.geo.tile.raster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.demo.TongzhouDemoRegion;
import cn.luodian.geo.tile.TileAddress;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo region drawn: sample tiles and 3×3 mosaics (to see that tiles join without seams) go
 * to {@code target/basemap-samples/} for a person to look at; the render time of a z14 tile is printed.
 */
class BaseMapDemoTilesTest {
    static final Path SAMPLES = Path.of("target", "basemap-samples");
    static BaseMapRenderer renderer;

    @BeforeAll
    static void build() throws IOException {
        long start = System.nanoTime();
        BaseMapIndex index = BaseMapIndex.build(TongzhouDemoRegion.build().layers());
        System.out.printf("base map index of the demo region built in %d ms (with the region)%n", (System.nanoTime() - start) / 1_000_000);
        renderer = new BaseMapRenderer(index, LabelFontForTest.get());
        Files.createDirectories(SAMPLES);
    }

    @Test
    void samplesOfTheDemoRegion() throws IOException {
        // 通州 centre (北运河, 通惠河), 漷县镇 around 长凌营村, the whole district.
        mosaic("z10-district", TileAddress.containing(116.70, 39.80, 10), 1);
        mosaic("z12-centre", TileAddress.containing(116.68, 39.88, 12), 1);
        mosaic("z13-huoxian", TileAddress.containing(116.80, 39.76, 13), 1);
        mosaic("z14-centre", TileAddress.containing(116.68, 39.90, 14), 1);
        mosaic("z15-changlingying", TileAddress.containing(116.79, 39.765, 15), 1);
        mosaic("z16-changlingying", TileAddress.containing(116.79, 39.765, 16), 1);
        mosaic("z14-centre@2x", TileAddress.containing(116.68, 39.90, 14), 2);
        assertThat(Files.list(SAMPLES).count()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void az14TileRendersInAFewMilliseconds() {
        TileAddress centre = TileAddress.containing(116.68, 39.90, 14);
        for (int i = 0; i < 50; i++) {
            PngTiles.encode(renderer.render(new TileAddress(14, centre.x() - 2 + i % 5, centre.y() - 2 + i / 5 % 5), 1));
        }
        // CPU time of this thread as well as wall time: the build machine is shared and often busy.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int n = 100;
        long renderWall = 0;
        long renderCpu = 0;
        long encodeCpu = 0;
        int bytes = 0;
        for (int i = 0; i < n; i++) {
            TileAddress tile = new TileAddress(14, centre.x() - 2 + i % 5, centre.y() - 2 + i / 5 % 5);
            long wall0 = System.nanoTime();
            long cpu0 = cpu.getCurrentThreadCpuTime();
            BufferedImage image = renderer.render(tile, 1);
            long cpu1 = cpu.getCurrentThreadCpuTime();
            renderWall += System.nanoTime() - wall0;
            bytes += PngTiles.encode(image).length;
            encodeCpu += cpu.getCurrentThreadCpuTime() - cpu1;
            renderCpu += cpu1 - cpu0;
        }
        System.out.printf("z14 tile of the demo region (mean of %d): render %.2f ms CPU (%.2f ms wall), PNG %.2f ms CPU, %d bytes%n",
                n, renderCpu / 1e6 / n, renderWall / 1e6 / n, encodeCpu / 1e6 / n, bytes / n);
        assertThat(renderCpu / 1e6 / n).isLessThan(100);
    }

    private static void mosaic(String name, TileAddress centre, int scale) throws IOException {
        int size = BaseMapRenderer.TILE_PIXELS * scale;
        BufferedImage all = new BufferedImage(3 * size, 3 * size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = all.createGraphics();
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                TileAddress tile = new TileAddress(centre.z(), centre.x() + dx, centre.y() + dy);
                BufferedImage image = renderer.render(tile, scale);
                g.drawImage(image, (dx + 1) * size, (dy + 1) * size, null);
                if (dx == 0 && dy == 0) {
                    Files.write(SAMPLES.resolve(name + "-" + tile.z() + "-" + tile.x() + "-" + tile.y() + ".png"), PngTiles.encode(image));
                }
            }
        }
        g.dispose();
        ImageIO.write(all, "png", SAMPLES.resolve(name + "-mosaic.png").toFile());
    }
}
