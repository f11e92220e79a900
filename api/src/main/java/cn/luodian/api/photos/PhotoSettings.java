package cn.luodian.api.photos;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Photo storage ({@code luodian.photos.*}).
 *
 * @param dir      where photo files live; empty means {@code <data-dir>/photos}
 * @param maxBytes the largest photo accepted
 */
@Validated
@ConfigurationProperties("luodian.photos")
public record PhotoSettings(Path dir, @Min(1024) @Max(100L * 1024 * 1024) @DefaultValue("10485760") long maxBytes) {
}
