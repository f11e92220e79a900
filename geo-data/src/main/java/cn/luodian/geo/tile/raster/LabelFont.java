package cn.luodian.geo.tile.raster;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font labels are written in: a TrueType/OpenType file with Chinese glyphs (Debian's
 * fonts-wqy-microhei by default), loaded from the file rather than looked up among the system's
 * fonts so that the tiles look the same on every machine, or fail to start instead of drawing
 * boxes (豆腐块) where the characters should be.
 */
public final class LabelFont {
    /** Text every label font must be able to draw. */
    static final String CHINESE_SAMPLE = "通州区漷县镇长凌营村北运河";

    private final Font base;
    private final Map<String, Font> sized = new ConcurrentHashMap<>();

    private LabelFont(Font base) {
        this.base = base;
    }

    /**
     * Loads the first face of a .ttf, .otf or .ttc file.
     *
     * @throws IllegalArgumentException when the file is missing, not a font, or has no Chinese glyphs
     */
    public static LabelFont load(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("字体文件 " + file + " 不存在或无法读取");
        }
        Font[] faces;
        try {
            faces = Font.createFonts(file.toFile());
        } catch (FontFormatException | IOException e) {
            throw new IllegalArgumentException("字体文件 " + file + " 不是 TrueType/OpenType 字体：" + e.getMessage(), e);
        }
        return of(faces[0]);
    }

    /** A font already loaded; it must be able to draw Chinese. */
    public static LabelFont of(Font font) {
        int missing = font.canDisplayUpTo(CHINESE_SAMPLE);
        if (missing >= 0) {
            throw new IllegalArgumentException("字体 " + font.getFontName() + " 无法显示中文（缺少“" + CHINESE_SAMPLE.charAt(missing) + "”的字形）");
        }
        return new LabelFont(font);
    }

    public String fontName() {
        return base.getFontName();
    }

    /** The face at a size in device pixels; derived fonts are kept, deriving is not free. */
    Font sized(float pixels, boolean bold) {
        String key = pixels + (bold ? "b" : "");
        return sized.computeIfAbsent(key, k -> base.deriveFont(bold ? Font.BOLD : Font.PLAIN, pixels));
    }
}
