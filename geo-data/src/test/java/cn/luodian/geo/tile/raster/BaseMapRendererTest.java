package cn.luodian.geo.tile.raster;

import static cn.luodian.geo.tile.raster.TilePixelsForTest.darkPixels;
import static cn.luodian.geo.tile.raster.TilePixelsForTest.near;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.layer.WaterwayClass;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Hand-built features at known pixels of one z14 tile T (1x pixels of T; T spans 0..256):
 * <pre>
 *  (-600,-600) ┌──────────── district 通州区 ──────────────────┐
 *              │ west township   ┆ x=180   east township      │
 *              │  ┌lake┐ (30..90)┆                   ┌─马头村─┼─ (226..286, 20..60): label on T's east edge
 *              │  └────┘         ┆                            │
 *              │     ┌长凌营村┐ (100..170, 60..150)            │
 *  y=200.5     │═════════════════ 通燕路 (primary) ═══════════│
 *              └──────────────────────────────────────────────┘ (856,856)
 * </pre>
 */
class BaseMapRendererTest {
    static final TileAddress T = TileAddress.containing(116.70, 39.80, 14);
    static final TilePixelsForTest PX = new TilePixelsForTest(T);
    static final GeometryFactory GF = new GeometryFactory();

    static Geometry box(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {PX.lonLat(x0, y0), PX.lonLat(x1, y0), PX.lonLat(x1, y1),
            PX.lonLat(x0, y1), PX.lonLat(x0, y0)});
    }

    static Geometry line(double x0, double y0, double x1, double y1) {
        return GF.createLineString(new Coordinate[] {PX.lonLat(x0, y0), PX.lonLat(x1, y1)});
    }

    static final List<ReferenceFeature> FEATURES = List.of(
            new AdminArea("110112", "通州区", AdminLevel.DISTRICT, "110000", box(-600, -600, 856, 856)),
            new AdminArea("110112106", "漷县镇", AdminLevel.TOWNSHIP, "110112", box(-600, -600, 180, 856)),
            new AdminArea("110112107", "永乐店镇", AdminLevel.TOWNSHIP, "110112", box(180, -600, 856, 856)),
            new AdminArea("110112106213", "长凌营村", AdminLevel.VILLAGE, "110112106", box(100, 60, 170, 150)),
            new AdminArea("110112107201", "马头村", AdminLevel.VILLAGE, "110112107", box(226, 20, 286, 60)),
            new Waterway("", WaterwayClass.WATER, box(30, 30, 90, 90)),
            new Road("通燕路", RoadClass.PRIMARY, "", line(-600, 200.5, 856, 200.5)));

    final BaseMapIndex index = BaseMapIndex.of(FEATURES);
    final BaseMapRenderer renderer = new BaseMapRenderer(index, LabelFontForTest.get());

    @Test
    void aTileIs256PixelsAndAt2xIs512() {
        assertThat(renderer.render(T, 1).getWidth()).isEqualTo(256);
        BufferedImage retina = renderer.render(T, 2);
        assertThat(retina.getWidth()).isEqualTo(512);
        assertThat(retina.getHeight()).isEqualTo(512);
    }

    @Test
    void waterAreaIsBlueWhereItLies() {
        BufferedImage tile = renderer.render(T, 1);
        assertThat(new Color(tile.getRGB(60, 60))).isEqualTo(BaseMapStyle.WATER);
        assertThat(new Color(tile.getRGB(20, 170))).isEqualTo(BaseMapStyle.LAND);
        assertThat(new Color(renderer.render(T, 2).getRGB(120, 120))).isEqualTo(BaseMapStyle.WATER);
    }

    @Test
    void roadHasItsFillColourAlongItsLine() {
        for (int scale = 1; scale <= 2; scale++) {
            BufferedImage tile = renderer.render(T, scale);
            int row = 200 * scale;
            int filled = 0;
            for (int x = 0; x < tile.getWidth(); x++) {
                if (near(tile.getRGB(x, row), BaseMapStyle.MAJOR_ROAD_FILL, 6)) {
                    filled++;
                }
            }
            // The road's name is written on it in places; the rest of the line shows the fill.
            assertThat(filled).as("scale " + scale).isGreaterThan(tile.getWidth() * 6 / 10);
            assertThat(near(tile.getRGB(40, row - 8 * scale), BaseMapStyle.LAND, 0)).isTrue();
        }
    }

    @Test
    void townshipBoundaryIsDashedAlongItsEdge() {
        BufferedImage tile = renderer.render(T, 1);
        int marked = 0;
        int rows = 0;
        for (int y = 0; y < 180; y++) {
            rows++;
            if (!near(tile.getRGB(179, y), BaseMapStyle.LAND, 20) || !near(tile.getRGB(180, y), BaseMapStyle.LAND, 20)) {
                marked++;
            }
        }
        // 6 on, 3 off: about two thirds of the rows carry the line.
        assertThat((double) marked / rows).isBetween(0.5, 0.85);
        assertThat(near(tile.getRGB(150, 20), BaseMapStyle.LAND, 0)).isTrue();
    }

    @Test
    void villageNameIsWrittenAtItsCentre() {
        BufferedImage tile = renderer.render(T, 1);
        assertThat(darkPixels(tile, 110, 95, 160, 115)).isGreaterThan(40);
        assertThat(darkPixels(renderer.render(T, 2), 220, 190, 320, 230)).isGreaterThan(160);
        // Nothing written far from any label.
        assertThat(darkPixels(tile, 20, 120, 80, 170)).isZero();
    }

    @Test
    void aLabelOnATileEdgeIsPlacedAlikeInBothTiles() {
        TileAddress east = new TileAddress(T.z(), T.x() + 1, T.y());
        PlacedLabel fromWest = placed(T, "马头村");
        PlacedLabel fromEast = placed(east, "马头村");
        assertThat(fromEast.centreX()).isEqualTo(fromWest.centreX());
        assertThat(fromEast.centreY()).isEqualTo(fromWest.centreY());
        assertThat(darkPixels(renderer.render(T, 1), 236, 30, 256, 50)).isPositive();
        assertThat(darkPixels(renderer.render(east, 1), 0, 30, 20, 50)).isPositive();
    }

    @Test
    void farFromTheDataATileIsBlank() {
        TileAddress far = TileAddress.containing(100.0, 30.0, 14);
        assertThat(renderer.isBlank(far)).isTrue();
        assertThat(renderer.isBlank(T)).isFalse();
        BufferedImage tile = renderer.render(far, 1);
        assertThat(new Color(tile.getRGB(128, 128))).isEqualTo(BaseMapStyle.OUTSIDE);
    }

    private PlacedLabel placed(TileAddress tile, String text) {
        TileFrame frame = TileFrame.of(tile, BaseMapRenderer.TILE_PIXELS);
        var search = frame.bufferedBoundsMetres(BaseMapRenderer.TILE_PIXELS);
        return new LabelPlacer(LabelFontForTest.get()).place(index.labels(search), tile.z(), 1, search).stream()
                .filter(l -> l.text().equals(text)).findFirst().orElseThrow();
    }
}
