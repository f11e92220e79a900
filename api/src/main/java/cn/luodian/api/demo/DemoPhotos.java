package cn.luodian.api.demo;

import cn.luodian.api.exposure.MapFont;
import cn.luodian.geo.tile.raster.PngTiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Photos for the demo's exposure list, drawn in code and labelled 示例 in the picture itself: a
 * street scene with rubbish and clutter before (整治前), the same place swept and planted after
 * (整治后). Deterministic for a given seed.
 */
final class DemoPhotos {
    private static final int WIDTH = 600;
    private static final int HEIGHT = 400;
    private static final Color[] WALLS = {new Color(0xC9B8A0), new Color(0xB8B2A7), new Color(0xD2C3A8), new Color(0xA99C8C),
        new Color(0xC4A98F)};

    private final MapFont font;

    DemoPhotos(MapFont font) {
        this.font = font;
    }

    byte[] before(long seed, String caption) {
        return draw(seed, caption, false);
    }

    byte[] after(long seed, String caption) {
        return draw(seed, caption, true);
    }

    private byte[] draw(long seed, String caption, boolean fixed) {
        SplittableRandom random = new SplittableRandom(seed);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int horizon = 170 + random.nextInt(40);
        g.setPaint(new GradientPaint(0, 0, new Color(0x9EC4E6), 0, horizon, new Color(0xDCEAF5)));
        g.fillRect(0, 0, WIDTH, horizon);
        // A wall with windows, and the pavement in front of it.
        Color wall = WALLS[random.nextInt(WALLS.length)];
        g.setColor(wall);
        g.fillRect(0, 60 + random.nextInt(30), WIDTH, horizon);
        g.setColor(new Color(0x6F7D8C));
        for (int x = 30 + random.nextInt(30); x < WIDTH - 60; x += 110) {
            g.fillRect(x, 100, 60, 45);
        }
        g.setPaint(new GradientPaint(0, horizon, new Color(0x9A948A), 0, HEIGHT, new Color(0x6E6A63)));
        g.fillRect(0, horizon, WIDTH, HEIGHT - horizon);
        g.setColor(new Color(0x857F75));
        g.setStroke(new BasicStroke(2f));
        for (int x = -200; x < WIDTH; x += 80) {
            g.drawLine(x, HEIGHT, x + 200, horizon);
        }
        if (fixed) {
            g.setColor(new Color(0x3E7D3A));
            for (int i = 0; i < 4; i++) {
                int x = 60 + i * 140 + random.nextInt(30);
                g.fill(new Ellipse2D.Double(x, horizon - 30, 90, 70));
            }
            g.setColor(new Color(0x2E6AA8));
            g.fillRoundRect(WIDTH - 120, horizon + 40, 50, 70, 8, 8);
        } else {
            for (int i = 0; i < 40; i++) {
                int x = 80 + random.nextInt(WIDTH - 200);
                int y = horizon + 30 + random.nextInt(HEIGHT - horizon - 80);
                int size = 20 + random.nextInt(50);
                g.setColor(new Color(60 + random.nextInt(120), 50 + random.nextInt(90), 40 + random.nextInt(70)));
                g.fill(new Ellipse2D.Double(x, y, size * 1.5, size));
            }
            g.setColor(new Color(0xE8E2D0));
            for (int i = 0; i < 8; i++) {
                g.fillRect(random.nextInt(WIDTH - 40), horizon + random.nextInt(HEIGHT - horizon - 30), 30, 18);
            }
        }
        label(g, fixed ? "整治后" : "整治前", caption);
        g.dispose();
        return PngTiles.encode(image);
    }

    private void label(Graphics2D g, String stage, String caption) {
        g.setColor(new Color(0, 0, 0, 150));
        g.fillRect(0, HEIGHT - 40, WIDTH, 40);
        g.setFont(font.awt(20f));
        g.setColor(Color.WHITE);
        g.drawString("示例照片 · " + stage + " · " + caption, 14, HEIGHT - 13);
        g.setColor(new Color(0xD7261E));
        g.fillRect(WIDTH - 84, 12, 72, 34);
        g.setColor(Color.WHITE);
        g.setFont(font.awt(22f));
        g.drawString("示例", WIDTH - 70, 38);
    }
}
