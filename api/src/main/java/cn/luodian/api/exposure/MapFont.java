package cn.luodian.api.exposure;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The CJK font for text drawn into images (the map's scale bar, demo photos): the configured PDF font file,
 * so images look the same on every machine; the JVM's logical SansSerif when the file is missing.
 */
@Component
public class MapFont {
    private static final Logger LOG = LoggerFactory.getLogger(MapFont.class);

    private final Font base;

    public MapFont(ExposureSettings settings) {
        Font loaded = null;
        if (Files.isReadable(settings.pdfFont())) {
            try {
                loaded = Font.createFonts(settings.pdfFont().toFile())[0];
            } catch (IOException | FontFormatException e) {
                LOG.warn("cannot read font {}: {}; text in images uses SansSerif", settings.pdfFont(), e.getMessage());
            }
        } else {
            LOG.warn("font {} is missing (Debian: fonts-wqy-microhei); text in images uses SansSerif", settings.pdfFont());
        }
        this.base = loaded != null ? loaded : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    public Font awt(float sizePt) {
        return base.deriveFont(sizePt);
    }
}
