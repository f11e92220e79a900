package cn.luodian.geo.tile.raster;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outlines of label texts and of their white halos, centred on (0, 0), made once per text,
 * kind and scale. Laying out glyphs and stroking their outlines for the halo is most of the cost of
 * labelling; the same names come back tile after tile, so they are kept.
 */
final class LabelShapes {
    /** A bound on memory; a district has a few thousand names, each in a few sizes. */
    private static final int MAX_ENTRIES = 50_000;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** Halo width either side of the glyph edge, 1x pixels. */
    static final float HALO_PIXELS = 1.5f;

    /** @param text glyph outlines; halo the white band around them; width/height in device pixels */
    record Glyphs(Shape text, Shape halo, double widthPixels, double heightPixels) {
    }

    private record Key(String text, LabelKind kind, int scale) {
    }

    private final LabelFont font;
    private final Map<Key, Glyphs> cache = new ConcurrentHashMap<>();

    LabelShapes(LabelFont font) {
        this.font = font;
    }

    Glyphs of(String text, LabelKind kind, int scale) {
        Key key = new Key(text, kind, scale);
        Glyphs glyphs = cache.get(key);
        if (glyphs == null) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            glyphs = make(key);
            cache.put(key, glyphs);
        }
        return glyphs;
    }

    private Glyphs make(Key key) {
        Font face = font.sized(key.kind().sizePixels() * key.scale(), key.kind().bold());
        GlyphVector vector = face.createGlyphVector(FRC, key.text());
        Rectangle2D visual = vector.getVisualBounds();
        Shape outline = vector.getOutline((float) -visual.getCenterX(), (float) -visual.getCenterY());
        Shape halo = new BasicStroke(2 * HALO_PIXELS * key.scale(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(outline);
        return new Glyphs(outline, halo, visual.getWidth(), face.getSize2D());
    }
}
