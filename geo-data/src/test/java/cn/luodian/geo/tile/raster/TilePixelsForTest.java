package cn.luodian.geo.tile.raster;

import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.WebMercator;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/** Between a tile's 1x pixels and WGS-84, and colour checks on rendered tiles. */
final class TilePixelsForTest {
    private final Envelope metres;

    TilePixelsForTest(TileAddress tile) {
        this.metres = WebMercator.bounds(tile);
    }

    /** The lon/lat at 1x pixel (px, py) of the tile; pixels outside 0..256 reach into neighbours. */
    Coordinate lonLat(double px, double py) {
        double size = metres.getWidth() / BaseMapRenderer.TILE_PIXELS;
        return new Coordinate(WebMercator.lon(metres.getMinX() + px * size), WebMercator.lat(metres.getMaxY() - py * size));
    }

    static boolean near(int rgb, Color colour, int tolerance) {
        Color c = new Color(rgb);
        return Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                + Math.abs(c.getBlue() - colour.getBlue()) <= tolerance;
    }

    /** Pixels in the square [x0, x1) × [y0, y1) darker than a label's halo-free text. */
    static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
        int dark = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 3 * 140) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
