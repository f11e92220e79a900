package cn.luodian.geo.tile.raster;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The CJK font the base map is drawn with (Debian fonts-wqy-microhei, installed by .ci/run).
 * Missing on a developer's machine: the tests that draw labels are skipped loudly; under CI=true
 * they fail.
 */
public final class LabelFontForTest {
    public static final Path WQY_MICROHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static LabelFont font;

    private LabelFontForTest() {
    }

    public static synchronized LabelFont get() {
        if (font == null) {
            if (!Files.exists(WQY_MICROHEI) && !"true".equalsIgnoreCase(System.getenv("CI"))) {
                System.err.println("\n*** SKIPPING BASE MAP TESTS: " + WQY_MICROHEI
                        + " is missing; apt-get install fonts-wqy-microhei (see .ci/run)\n");
                Assumptions.abort("no CJK font at " + WQY_MICROHEI);
            }
            font = LabelFont.load(WQY_MICROHEI);
        }
        return font;
    }
}
