package cn.luodian.geo.tile.raster;

import cn.luodian.geo.tile.WebMercator;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;

/**
 * Chooses which labels show and where, without overlaps. Every choice depends on the features and
 * the zoom only, never on which tile is drawn: candidates come from the tile grown by a whole tile
 * on each side, are taken in a fixed priority order ({@link LabelSource#PRIORITY}), and line labels
 * sit at fixed fractions of their line. Two neighbouring tiles therefore place the labels near
 * their common edge alike, and a label crossing the edge is drawn in both halves.
 */
final class LabelPlacer {
    /** Along a road, the same name again after about this many 1x pixels. */
    static final double LINE_LABEL_SPACING_PIXELS = 360;
    /** The same text closer than this (1x pixels) is clutter: the second is left out. */
    static final double SAME_TEXT_MIN_DISTANCE_PIXELS = 180;
    /** Free space kept around each label, 1x pixels. */
    static final double MARGIN_PIXELS = 3;

    private final LabelShapes shapes;

    LabelPlacer(LabelFont font) {
        this.shapes = new LabelShapes(font);
    }

    /**
     * The labels to draw near one tile.
     *
     * @param sources      label sources near the tile (from the tile grown by a tile each side)
     * @param searchMetres that grown tile: candidates outside it are not considered
     */
    List<PlacedLabel> place(List<LabelSource> sources, int z, int scale, Envelope searchMetres) {
        double metresPerPixel = WebMercator.tileSizeMetres(z) / (BaseMapRenderer.TILE_PIXELS * scale);
        List<LabelSource> ordered = new ArrayList<>(sources);
        ordered.sort(LabelSource.PRIORITY);
        List<PlacedLabel> placed = new ArrayList<>();
        for (LabelSource source : ordered) {
            if (!source.kind().showsAt(z)) {
                continue;
            }
            LabelShapes.Glyphs glyphs = shapes.of(source.text(), source.kind(), scale);
            if (source.kind().alongLine()) {
                MeasuredLine line = new MeasuredLine((LineString) source.geometryMetres());
                for (double[] at : linePositions(line, glyphs.widthPixels(), metresPerPixel, scale, glyphs.heightPixels())) {
                    Coordinate c = new Coordinate(at[0], at[1]);
                    if (searchMetres.contains(c)) {
                        offer(placed, candidate(source, glyphs, c, at[2], metresPerPixel, scale), scale);
                    }
                }
            } else {
                Coordinate c = source.geometryMetres().getCoordinate();
                offer(placed, candidate(source, glyphs, c, 0, metresPerPixel, scale), scale);
            }
        }
        return placed;
    }

    private static void offer(List<PlacedLabel> placed, PlacedLabel candidate, int scale) {
        double sameTextMin = SAME_TEXT_MIN_DISTANCE_PIXELS * scale;
        for (PlacedLabel other : placed) {
            if (candidate.collidesWith(other)
                    || (candidate.text().equals(other.text()) && candidate.distanceTo(other) < sameTextMin)) {
                return;
            }
        }
        placed.add(candidate);
    }

    private static PlacedLabel candidate(LabelSource source, LabelShapes.Glyphs glyphs, Coordinate centreMetres,
                                         double angle, double metresPerPixel, int scale) {
        double x = (centreMetres.x + WebMercator.HALF_WORLD_METRES) / metresPerPixel;
        double y = (WebMercator.HALF_WORLD_METRES - centreMetres.y) / metresPerPixel;
        double margin = MARGIN_PIXELS * scale;
        double w = glyphs.widthPixels() + 2 * margin;
        double h = glyphs.heightPixels() + 2 * margin;
        double cos = Math.abs(Math.cos(angle));
        double sin = Math.abs(Math.sin(angle));
        double boxW = w * cos + h * sin;
        double boxH = w * sin + h * cos;
        Rectangle2D box = new Rectangle2D.Double(x - boxW / 2, y - boxH / 2, boxW, boxH);
        return new PlacedLabel(source.kind(), source.text(), glyphs, x, y, angle, box);
    }

    /**
     * Where a line's name can be written: {x metres, y metres, angle} at evenly spread fractions of
     * the line, each where the line is straight enough under the text. Fractions, not distances
     * from the tile, keep the places the same in every tile.
     */
    private static List<double[]> linePositions(MeasuredLine line, double textPixels, double metresPerPixel,
                                                int scale, double fontPixels) {
        List<double[]> positions = new ArrayList<>();
        double lengthPixels = line.length() / metresPerPixel;
        double needPixels = textPixels + 4 * MARGIN_PIXELS * scale;
        if (lengthPixels < needPixels) {
            return positions;
        }
        int count = Math.max(1, (int) Math.floor(lengthPixels / (LINE_LABEL_SPACING_PIXELS * scale)));
        double step = line.length() / count;
        double half = textPixels / 2 * metresPerPixel;
        double tolerance = 0.2 * fontPixels * metresPerPixel;
        for (int i = 0; i < count; i++) {
            // The middle of each stretch first, then a little either side where the line bends there.
            for (double shift : new double[] {0.5, 0.35, 0.65}) {
                double mid = (i + shift) * step;
                if (mid - half < 0 || mid + half > line.length() || line.deviationFromChord(mid - half, mid + half) > tolerance) {
                    continue;
                }
                Coordinate a = line.pointAt(mid - half);
                Coordinate b = line.pointAt(mid + half);
                // Screen y grows downwards, Mercator y upwards.
                double angle = Math.atan2(-(b.y - a.y), b.x - a.x);
                if (angle > Math.PI / 2) {
                    angle -= Math.PI;
                } else if (angle < -Math.PI / 2) {
                    angle += Math.PI;
                }
                positions.add(new double[] {(a.x + b.x) / 2, (a.y + b.y) / 2, angle});
                break;
            }
        }
        if (positions.isEmpty()) {
            // Too curved everywhere (a village ring road): level text just above the line's top.
            Coordinate top = line.top();
            double lift = (fontPixels / 2 + 2 * MARGIN_PIXELS * scale) * metresPerPixel;
            positions.add(new double[] {top.x, top.y + lift, 0});
        }
        return positions;
    }

    /** Where the label's outlines go on a tile whose top-left world pixel is (originX, originY). */
    static AffineTransform onTile(PlacedLabel label, double originX, double originY) {
        AffineTransform at = AffineTransform.getTranslateInstance(label.centreX() - originX, label.centreY() - originY);
        at.rotate(label.angleRadians());
        return at;
    }
}
