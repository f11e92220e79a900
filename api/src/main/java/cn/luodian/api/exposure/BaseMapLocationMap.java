package cn.luodian.api.exposure;

import cn.luodian.api.tiles.BaseMapTiles;
import cn.luodian.api.tiles.Tile;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.WebMercator;
import cn.luodian.geo.tile.raster.PngTiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * An entry's small map cut from our own base-map tiles ({@link BaseMapTiles}, the raster renderer
 * in geo-data {@code tile.raster}): the @2x tiles around the spot at the configured zoom are put side
 * by side, cropped to the map's size with the spot in the middle, and a red marker, a 100 m scale
 * bar and the word 示意图 are drawn on top. With the base map turned off
 * ({@code luodian.tiles.basemap.enabled=false}) the map is a plain background with the marker.
 */
@Component
public class BaseMapLocationMap implements LocationMap {
    private static final Color MARKER = new Color(0xD7261E);
    private static final Color PLAIN = new Color(0xF2EFE9);
    private static final int SCALE = 2;

    private final ObjectProvider<BaseMapTiles> tiles;
    private final ExposureSettings settings;
    private final MapFont font;

    public BaseMapLocationMap(ObjectProvider<BaseMapTiles> tiles, ExposureSettings settings, MapFont font) {
        this.tiles = tiles;
        this.settings = settings;
        this.font = font;
    }

    @Override
    public byte[] png(double lon, double lat) {
        // Drawn from the @2x tiles at twice the size: sharp labels on paper (about 270 dpi in the PDF).
        int width = settings.mapWidthPx() * SCALE;
        int height = settings.mapHeightPx() * SCALE;
        int z = settings.mapZoom();
        int tilePx = 256 * SCALE;
        double worldPx = tilePx * (double) (1L << z);
        double metresPerPixel = WebMercator.tileSizeMetres(z) / tilePx;
        // The spot in the zoom level's global pixel grid, and the map's top-left corner in it.
        double gx = (WebMercator.xMetres(lon) + WebMercator.HALF_WORLD_METRES) / metresPerPixel;
        double gy = (WebMercator.HALF_WORLD_METRES - WebMercator.yMetres(lat)) / metresPerPixel;
        long left = Math.round(gx - width / 2.0);
        long top = Math.round(gy - height / 2.0);

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(PLAIN);
        g.fillRect(0, 0, width, height);
        BaseMapTiles base = tiles.getIfAvailable();
        if (base != null) {
            long maxTile = (long) (worldPx / tilePx) - 1;
            for (long tx = Math.floorDiv(left, tilePx); tx <= Math.floorDiv(left + width - 1, tilePx); tx++) {
                for (long ty = Math.floorDiv(top, tilePx); ty <= Math.floorDiv(top + height - 1, tilePx); ty++) {
                    if (tx < 0 || ty < 0 || tx > maxTile || ty > maxTile) {
                        continue;
                    }
                    Tile tile = base.tile(new TileAddress(z, (int) tx, (int) ty), SCALE);
                    g.drawImage(decode(tile.bytes()), (int) (tx * tilePx - left), (int) (ty * tilePx - top), null);
                }
            }
        }
        g.scale(SCALE, SCALE);
        scaleBar(g, SCALE * metresPerPixel / WebMercator.scaleAt(lat), width / SCALE, height / SCALE);
        marker(g, (gx - left) / SCALE, (gy - top) / SCALE);
        g.dispose();
        return PngTiles.encode(image);
    }

    private static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode a base-map tile", e);
        }
    }

    private void scaleBar(Graphics2D g, double groundMetresPerPixel, int width, int height) {
        int lengthPx = (int) Math.round(100 / groundMetresPerPixel);
        int x = 10;
        int y = height - 10;
        g.setColor(new Color(255, 255, 255, 210));
        g.fillRect(x - 5, y - 19, lengthPx + 50, 25);
        g.fillRect(width - 62, height - 29, 58, 25);
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(x, y - 2, x + lengthPx, y - 2);
        g.drawLine(x, y - 8, x, y - 2);
        g.drawLine(x + lengthPx, y - 8, x + lengthPx, y - 2);
        g.setFont(font.awt(12f));
        g.drawString("100米", x + lengthPx + 5, y - 2);
        g.drawString("示意图", width - 56, height - 11);
    }

    private static void marker(Graphics2D g, double x, double y) {
        Path2D pin = new Path2D.Double();
        pin.moveTo(x, y);
        pin.curveTo(x - 4, y - 10, x - 12, y - 15, x - 12, y - 24);
        pin.curveTo(x - 12, y - 31, x - 6, y - 37, x, y - 37);
        pin.curveTo(x + 6, y - 37, x + 12, y - 31, x + 12, y - 24);
        pin.curveTo(x + 12, y - 15, x + 4, y - 10, x, y);
        pin.closePath();
        g.setColor(MARKER);
        g.fill(pin);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f));
        g.draw(pin);
        g.fill(new Ellipse2D.Double(x - 4.5, y - 28.5, 9, 9));
        g.setColor(new Color(255, 255, 255, 200));
        g.fill(new Ellipse2D.Double(x - 5, y - 5, 10, 10));
        g.setColor(MARKER);
        g.fill(new Ellipse2D.Double(x - 3, y - 3, 6, 6));
    }
}
