package cn.luodian.geo.tile.raster;

import java.awt.geom.Rectangle2D;

/**
 * A label where it will be drawn. Positions are pixels of the whole world at the tile's zoom and
 * scale (doubles: at z22 they pass 10⁹), so a label crossing a tile edge lands on the same pixels
 * in both tiles.
 *
 * @param glyphs       the text's and its halo's outlines, centred on (0, 0), not yet rotated
 * @param centreX      world pixel column of the label's centre
 * @param centreY      world pixel row of the label's centre
 * @param angleRadians rotation, clockwise on screen; 0 for level text
 * @param box          the world-pixel rectangle it occupies, with a margin, for collisions
 */
record PlacedLabel(LabelKind kind, String text, LabelShapes.Glyphs glyphs, double centreX, double centreY,
                   double angleRadians, Rectangle2D box) {

    boolean collidesWith(PlacedLabel other) {
        return box.intersects(other.box);
    }

    double distanceTo(PlacedLabel other) {
        return Math.hypot(centreX - other.centreX, centreY - other.centreY);
    }
}
