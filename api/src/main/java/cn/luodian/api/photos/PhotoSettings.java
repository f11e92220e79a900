package cn.luodian.api.photos;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Photo storage and the limits every uploaded image is held to ({@code luodian.photos.*}).
 *
 * @param dir                  where photo files live; empty means {@code <data-dir>/photos}
 * @param maxBytes             the largest photo accepted
 * @param maxPixels            the most pixels (width × height) an image may declare; checked from its
 *                             header before any pixel is decoded (40 megapixels: a 4 bytes-per-pixel
 *                             decode is then at most 160 MB)
 * @param maxSidePx            the longest side an image may declare, in pixels
 * @param maxConcurrentDecodes how many uploads are decoded at once; others wait their turn, so that
 *                             memory stays bounded by this times the largest decode
 * @param jpegQuality          the quality (0–100) a JPEG is re-encoded with
 */
@Validated
@ConfigurationProperties("luodian.photos")
public record PhotoSettings(Path dir,
                            @Min(1024) @Max(100L * 1024 * 1024) @DefaultValue("10485760") long maxBytes,
                            @Min(1) @Max(200_000_000) @DefaultValue("40000000") long maxPixels,
                            @Min(1) @Max(50_000) @DefaultValue("10000") int maxSidePx,
                            @Min(1) @Max(64) @DefaultValue("2") int maxConcurrentDecodes,
                            @Min(10) @Max(100) @DefaultValue("90") int jpegQuality) {

    /** The defaults, with photos in {@code dir}: for tests and tools that build the store by hand. */
    public static PhotoSettings defaults(Path dir) {
        return new PhotoSettings(dir, 10_485_760, 40_000_000, 10_000, 2, 90);
    }
}
