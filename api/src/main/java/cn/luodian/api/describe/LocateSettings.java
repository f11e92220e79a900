package cn.luodian.api.describe;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How sentences are turned into case locations ({@code luodian.locate.*}).
 *
 * @param maxUncertaintyMetres a sentence that leaves the place open wider than this radius is not
 *                             used to place a case (hotline import, Open311 address_string)
 */
@Validated
@ConfigurationProperties("luodian.locate")
public record LocateSettings(@Min(1) @Max(100_000) @DefaultValue("500") double maxUncertaintyMetres) {
}
