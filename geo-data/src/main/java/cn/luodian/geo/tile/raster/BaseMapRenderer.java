package cn.luodian.geo.tile.raster;

import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.WaterwayClass;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Draws one base-map tile from a {@link BaseMapIndex} with Java2D: land, water, buildings,
 * boundaries, roads by class, then Chinese labels. Stateless between calls and safe to use from
 * many threads at once. Needs a headless AWT ({@code java.awt.headless=true}) on servers.
 */
public final class BaseMapRenderer {
    /** Pixels a side of a 1x tile; an {@code @2x} tile covers the same ground with twice as many. */
    public static final int TILE_PIXELS = 256;
    public static final int MAX_SCALE = 4;
    /** Lines up to this many 1x pixels wide reach into a tile from outside it. */
    private static final double LINE_BUFFER_PIXELS = 24;

    private final BaseMapIndex index;
    private final LabelPlacer labels;

    public BaseMapRenderer(BaseMapIndex index, LabelFont font) {
        this.index = index;
        this.labels = new LabelPlacer(font);
    }

    /**
     * True when the tile shows nothing of the data (not even a label from next door): it is then
     * the plain {@link #blankColour()}, and callers may serve one shared image for all such tiles.
     */
    public boolean isBlank(TileAddress tile) {
        Envelope grown = TileFrame.of(tile, TILE_PIXELS).bufferedBoundsMetres(TILE_PIXELS);
        return !grown.intersects(index.dataBoundsMetres());
    }

    /** The colour of a blank tile: outside the data, or land where no admin areas say where data ends. */
    public Color blankColour() {
        return index.hasAdminAreas() ? BaseMapStyle.OUTSIDE : BaseMapStyle.LAND;
    }

    /** The tile at {@code scale} (1 → 256 pixels, 2 → 512 pixels for {@code @2x}), opaque RGB. */
    public BufferedImage render(TileAddress tile, int scale) {
        BufferedImage image = blank(scale);
        if (!isBlank(tile)) {
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                draw(g, TileFrame.of(tile, TILE_PIXELS * scale), scale);
            } finally {
                g.dispose();
            }
        }
        return image;
    }

    /** A tile of nothing but the {@link #blankColour()} at {@code scale}. */
    public BufferedImage blank(int scale) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("缩放倍数 " + scale + " 超出范围：应为 1 到 " + MAX_SCALE);
        }
        int size = TILE_PIXELS * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(blankColour());
        g.fillRect(0, 0, size, size);
        g.dispose();
        return image;
    }

    private void draw(Graphics2D g, TileFrame frame, int scale) {
        int z = frame.tile().z();
        TilePaths paths = new TilePaths(frame);
        Envelope near = frame.bufferedBoundsMetres(LINE_BUFFER_PIXELS * scale);
        fillAreas(g, paths, index.land(near), BaseMapStyle.LAND, null, 0);
        if (z >= BaseMapStyle.WATER_AREAS_MIN_ZOOM) {
            fillAreas(g, paths, index.waterAreas(near), BaseMapStyle.WATER, BaseMapStyle.WATER_LINE, 0.8f * scale);
        }
        drawWaterLines(g, paths, index.waterLines(near), z, scale);
        if (z >= BaseMapStyle.BUILDINGS_MIN_ZOOM) {
            fillAreas(g, paths, index.buildings(near), BaseMapStyle.BUILDING, BaseMapStyle.BUILDING_EDGE, 0.6f * scale);
        }
        for (AdminLevel level : new AdminLevel[] {AdminLevel.VILLAGE, AdminLevel.TOWNSHIP, AdminLevel.DISTRICT}) {
            drawBoundaries(g, paths, level, index.boundaries(level, near), frame, scale);
        }
        drawRoads(g, paths, index.roads(near), z, scale);
        if (z >= LabelKind.lowestZoom()) {
            drawLabels(g, frame, scale);
        }
    }

    private static void fillAreas(Graphics2D g, TilePaths paths, List<Geometry> areas, Color fill, Color edge, float edgeWidth) {
        if (areas.isEmpty()) {
            return;
        }
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        areas.forEach(a -> paths.appendArea(path, a));
        g.setColor(fill);
        g.fill(path);
        if (edge != null) {
            g.setColor(edge);
            g.setStroke(new BasicStroke(edgeWidth));
            g.draw(path);
        }
    }

    private static void drawWaterLines(Graphics2D g, TilePaths paths, List<Piece<WaterwayClass>> pieces, int z, int scale) {
        g.setColor(BaseMapStyle.WATER_LINE);
        for (WaterwayClass waterwayClass : WaterwayClass.values()) {
            float width = BaseMapStyle.waterLineWidthPixels(waterwayClass, z) * scale;
            if (width > 0) {
                strokePieces(g, paths, pieces, waterwayClass, round(width));
            }
        }
    }

    private static void drawRoads(Graphics2D g, TilePaths paths, List<Piece<RoadClass>> pieces, int z, int scale) {
        RoadClass[] classes = RoadClass.values();
        // Least important first, so major roads are drawn over the minor ones they cross.
        for (int i = classes.length - 1; i >= 0; i--) {
            RoadClass roadClass = classes[i];
            float width = BaseMapStyle.roadWidthPixels(roadClass, z) * scale;
            if (width <= 0) {
                continue;
            }
            float casing = BaseMapStyle.casingPixels(roadClass, z) * scale;
            if (casing > 0) {
                g.setColor(BaseMapStyle.roadCasing(roadClass));
                strokePieces(g, paths, pieces, roadClass, round(width + 2 * casing));
            }
            g.setColor(BaseMapStyle.roadFill(roadClass));
            strokePieces(g, paths, pieces, roadClass, round(width));
        }
    }

    private static <K> void strokePieces(Graphics2D g, TilePaths paths, List<Piece<K>> pieces, K kind, BasicStroke stroke) {
        Path2D path = new Path2D.Double();
        for (Piece<K> piece : pieces) {
            if (piece.kind() == kind) {
                paths.appendLine(path, (LineString) piece.geometryMetres());
            }
        }
        g.setStroke(stroke);
        g.draw(path);
    }

    private static void drawBoundaries(Graphics2D g, TilePaths paths, AdminLevel level, List<Piece<AdminLevel>> pieces,
                                       TileFrame frame, int scale) {
        float width = BaseMapStyle.boundaryWidthPixels(level, frame.tile().z()) * scale;
        if (width <= 0 || pieces.isEmpty()) {
            return;
        }
        g.setColor(BaseMapStyle.boundaryColour(level));
        float[] dash = BaseMapStyle.boundaryDash(level);
        if (dash == null) {
            strokePieces(g, paths, pieces, level, new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            return;
        }
        float[] scaled = dash.clone();
        float period = 0;
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= scale;
            period += scaled[i];
        }
        for (Piece<AdminLevel> piece : pieces) {
            // The phase continues the pattern from the start of the whole line, the same in every tile.
            float phase = (float) ((piece.startMetres() / frame.metresPerUnit()) % period);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, scaled, phase));
            Path2D path = new Path2D.Double();
            paths.appendLine(path, (LineString) piece.geometryMetres());
            g.draw(path);
        }
    }

    private void drawLabels(Graphics2D g, TileFrame frame, int scale) {
        int size = TILE_PIXELS * scale;
        Envelope search = frame.bufferedBoundsMetres(size);
        List<PlacedLabel> placed = labels.place(index.labels(search), frame.tile().z(), scale, search);
        double originX = (double) frame.tile().x() * size;
        double originY = (double) frame.tile().y() * size;
        Rectangle2D tileBox = new Rectangle2D.Double(originX, originY, size, size);
        AffineTransform pixels = g.getTransform();
        for (PlacedLabel label : placed) {
            if (!label.box().intersects(tileBox)) {
                continue;
            }
            g.transform(LabelPlacer.onTile(label, originX, originY));
            g.setColor(BaseMapStyle.HALO);
            g.fill(label.glyphs().halo());
            g.setColor(label.kind().colour());
            g.fill(label.glyphs().text());
            g.setTransform(pixels);
        }
    }

    private static BasicStroke round(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
