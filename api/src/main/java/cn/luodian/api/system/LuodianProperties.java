package cn.luodian.api.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Luodian's own settings ({@code luodian.*}), checked at start-up. See
 * {@code application.properties} for the commented defaults.
 *
 * @param dataDir           where the embedded database (and later photos) live
 * @param demo              load the bundled 通州区 demo region into an empty store on start
 * @param maxFeaturesPerRequest the most features one layer request returns
 */
@Validated
@ConfigurationProperties("luodian")
public record LuodianProperties(
        @NotNull @DefaultValue("./data") Path dataDir,
        @DefaultValue("true") boolean demo,
        @Min(1) @Max(200_000) @DefaultValue("50000") int maxFeaturesPerRequest) {
}
