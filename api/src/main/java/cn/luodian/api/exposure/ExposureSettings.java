package cn.luodian.api.exposure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The exposure list's settings ({@code luodian.exposure.*}).
 *
 * @param rectifyWithinDays the deadline for rectification a new entry gets: its period's date plus this
 * @param maxProposals      the most cases proposed for a period at once
 * @param pdfFont           the CJK font embedded in the PDFs and used for map labels (a .ttc takes ",0")
 * @param mapZoom           the zoom level of each entry's small map (16: about 2.4 m per pixel in Beijing)
 * @param mapWidthPx        the small map's width in pixels
 * @param mapHeightPx       the small map's height in pixels
 */
@Validated
@ConfigurationProperties("luodian.exposure")
public record ExposureSettings(
        @Min(1) @Max(365) @DefaultValue("7") int rectifyWithinDays,
        @Min(1) @Max(1000) @DefaultValue("50") int maxProposals,
        @NotNull @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") Path pdfFont,
        @Min(12) @Max(19) @DefaultValue("16") int mapZoom,
        @Min(128) @Max(1024) @DefaultValue("480") int mapWidthPx,
        @Min(128) @Max(1024) @DefaultValue("320") int mapHeightPx) {
}
