package cn.luodian.api.exposure;

import cn.luodian.api.layers.LayerReader;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.tile.WebMercator;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.springframework.stereotype.Component;

/**
 * Draws an entry's small map from the reference layers in Web Mercator at the configured zoom:
 * village areas, landmarks (buildings), waterways, roads by class, the names of the nearest named
 * roads and waterways, a 100 m scale bar and a red marker on the spot. Stand-in until the shared
 * base-map renderer exists; see {@link LocationMap}.
 */
@Component
public class ReferenceLayerMap implements LocationMap {
    private static final Color LAND = new Color(0xF2EFE9);
    private static final Color VILLAGE_EDGE = new Color(0xB9A8C9);
    private static final Color BUILDING = new Color(0xD9D0C9);
    private static final Color WATER = new Color(0xAAD3DF);
    private static final Color ROAD_CASING = new Color(0x9E978C);
    private static final Color MARKER = new Color(0xD7261E);
    private static final int MAX_LABELS = 4;

    private final LayerReader layers;
    private final ExposureSettings settings;
    private final MapFont font;

    public ReferenceLayerMap(LayerReader layers, ExposureSettings settings, MapFont font) {
        this.layers = layers;
        this.settings = settings;
        this.font = font;
    }

    @Override
    public byte[] png(double lon, double lat) {
        int width = settings.mapWidthPx();
        int height = settings.mapHeightPx();
        double metresPerPixel = WebMercator.tileSizeMetres(settings.mapZoom()) / 256;
        double cx = WebMercator.xMetres(lon);
        double cy = WebMercator.yMetres(lat);
        PointTransformation toPixels = (src, dest) -> dest.setLocation(
                width / 2.0 + (WebMercator.xMetres(src.x) - cx) / metresPerPixel,
                height / 2.0 - (WebMercator.yMetres(src.y) - cy) / metresPerPixel);
        ShapeWriter shapes = new ShapeWriter(toPixels);
        Envelope bbox = new Envelope(WebMercator.lon(cx - width * metresPerPixel), WebMercator.lon(cx + width * metresPerPixel),
                WebMercator.lat(cy - height * metresPerPixel), WebMercator.lat(cy + height * metresPerPixel));

        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(LAND);
        g.fillRect(0, 0, width, height);

        List<ReferenceFeature> admin = read(Layer.ADMIN, bbox, AdminLevel.VILLAGE);
        List<ReferenceFeature> landmarks = read(Layer.LANDMARKS, bbox, null);
        List<ReferenceFeature> waters = read(Layer.WATERWAYS, bbox, null);
        List<ReferenceFeature> roads = read(Layer.ROADS, bbox, null);

        g.setColor(BUILDING);
        for (ReferenceFeature f : landmarks) {
            if (f instanceof Landmark l && l.geometry().getDimension() == 2) {
                g.fill(shapes.toShape(l.geometry()));
            }
        }
        for (ReferenceFeature f : waters) {
            Waterway w = (Waterway) f;
            Shape shape = shapes.toShape(w.geometry());
            g.setColor(WATER);
            if (w.geometry().getDimension() == 2) {
                g.fill(shape);
            } else {
                g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(shape);
            }
        }
        g.setColor(VILLAGE_EDGE);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
        for (ReferenceFeature f : admin) {
            g.draw(shapes.toShape(((AdminArea) f).geometry()));
        }
        for (boolean casing : new boolean[] {true, false}) {
            for (ReferenceFeature f : roads) {
                Road r = (Road) f;
                float w = roadWidthPx(r.roadClass());
                g.setColor(casing ? ROAD_CASING : roadColour(r.roadClass()));
                g.setStroke(new BasicStroke(casing ? w + 2.5f : w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(shapes.toShape(r.geometry()));
            }
        }
        labels(g, toPixels, lon, lat, roads, waters, width, height);
        scaleBar(g, metresPerPixel / WebMercator.scaleAt(lat), height);
        marker(g, width / 2.0, height / 2.0);
        g.dispose();
        return encode(image);
    }

    private List<ReferenceFeature> read(Layer layer, Envelope bbox, AdminLevel level) {
        List<ReferenceFeature> found = new ArrayList<>();
        layers.forEach(layer, bbox, level, 5000, found::add);
        return found;
    }

    /** The names of the nearest named roads and waterways, written where each comes closest to the spot. */
    private void labels(Graphics2D g, PointTransformation toPixels, double lon, double lat, List<ReferenceFeature> roads,
                        List<ReferenceFeature> waters, int width, int height) {
        Geometry spot = new GeometryFactory().createPoint(new Coordinate(lon, lat));
        record Named(String name, Geometry geometry, double distance, Color colour) {
        }
        List<Named> named = new ArrayList<>();
        for (ReferenceFeature f : roads) {
            Road r = (Road) f;
            if (r.name() != null && !r.name().isBlank()) {
                named.add(new Named(r.name(), r.geometry(), r.geometry().distance(spot), new Color(0x333333)));
            }
        }
        for (ReferenceFeature f : waters) {
            Waterway w = (Waterway) f;
            if (w.name() != null && !w.name().isBlank()) {
                named.add(new Named(w.name(), w.geometry(), w.geometry().distance(spot), new Color(0x2B6A8C)));
            }
        }
        named.sort(java.util.Comparator.comparingDouble(Named::distance));
        g.setFont(font.awt(13f));
        List<String> done = new ArrayList<>();
        for (Named n : named) {
            if (done.size() == MAX_LABELS) {
                break;
            }
            if (done.contains(n.name())) {
                continue;
            }
            Coordinate nearest = DistanceOp.nearestPoints(n.geometry(), spot)[0];
            java.awt.geom.Point2D at = new java.awt.geom.Point2D.Double();
            toPixels.transform(nearest, at);
            // Written on the far side of the feature from the spot, so that it never covers the marker.
            double dx = at.getX() - width / 2.0;
            double dy = at.getY() - height / 2.0;
            double length = Math.max(1, Math.hypot(dx, dy));
            int textWidth = g.getFontMetrics().stringWidth(n.name());
            double ax = at.getX() + dx / length * 12;
            double ay = at.getY() + dy / length * 12;
            int x = (int) Math.max(4, Math.min(width - textWidth - 4, dx < 0 ? ax - textWidth : ax));
            int y = (int) Math.max(16, Math.min(height - 24, dy < 0 ? ay : ay + 12));
            halo(g, n.name(), x, y, n.colour());
            done.add(n.name());
        }
    }

    private void scaleBar(Graphics2D g, double groundMetresPerPixel, int height) {
        int lengthPx = (int) Math.round(100 / groundMetresPerPixel);
        int x = 10;
        int y = height - 12;
        g.setColor(Color.WHITE);
        g.fillRect(x - 4, y - 18, lengthPx + 46, 24);
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(x, y, x + lengthPx, y);
        g.drawLine(x, y - 5, x, y);
        g.drawLine(x + lengthPx, y - 5, x + lengthPx, y);
        g.setFont(font.awt(12f));
        g.drawString("100米", x + lengthPx + 4, y);
    }

    private static void marker(Graphics2D g, double x, double y) {
        Path2D pin = new Path2D.Double();
        pin.moveTo(x, y);
        pin.curveTo(x - 4, y - 10, x - 11, y - 14, x - 11, y - 22);
        pin.curveTo(x - 11, y - 29, x - 6, y - 34, x, y - 34);
        pin.curveTo(x + 6, y - 34, x + 11, y - 29, x + 11, y - 22);
        pin.curveTo(x + 11, y - 14, x + 4, y - 10, x, y);
        pin.closePath();
        g.setColor(MARKER);
        g.fill(pin);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f));
        g.draw(pin);
        g.fill(new Ellipse2D.Double(x - 4, y - 26, 8, 8));
        g.setColor(MARKER);
        g.fill(new Ellipse2D.Double(x - 3, y - 3, 6, 6));
    }

    private static void halo(Graphics2D g, String text, int x, int y, Color colour) {
        g.setColor(new Color(255, 255, 255, 220));
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                g.drawString(text, x + dx, y + dy);
            }
        }
        g.setColor(colour);
        g.drawString(text, x, y);
    }

    private static float roadWidthPx(RoadClass roadClass) {
        return switch (roadClass) {
            case MOTORWAY, TRUNK -> 9f;
            case PRIMARY -> 8f;
            case SECONDARY -> 7f;
            case TERTIARY -> 6f;
            case TRACK, SERVICE -> 3f;
            default -> 6f;
        };
    }

    private static Color roadColour(RoadClass roadClass) {
        return switch (roadClass) {
            case MOTORWAY, TRUNK -> new Color(0xF9B29C);
            case PRIMARY -> new Color(0xFCD6A4);
            case SECONDARY -> new Color(0xF7FABF);
            default -> Color.WHITE;
        };
    }

    static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
