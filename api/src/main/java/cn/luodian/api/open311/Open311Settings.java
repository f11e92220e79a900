package cn.luodian.api.open311;

import cn.luodian.api.cases.CaseSource;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What Open311's anonymous reads publish ({@code luodian.open311.*}).
 *
 * @param publicSources           the sources whose cases are listed and readable; by default only
 *                                the reports that came in through Open311 itself ({@code public}):
 *                                staff, patrol and hotline cases stay inside
 * @param locationPrecisionMetres locations are moved to the centre of a square of this size in
 *                                EPSG:4548 and the address names only the township and village
 *                                (0: the exact point and sentence)
 * @param showDescriptions        the description (digit runs masked) or none
 */
@Validated
@ConfigurationProperties("luodian.open311")
public record Open311Settings(
        @NotNull @DefaultValue("public") Set<CaseSource> publicSources,
        @Min(0) @Max(5000) @DefaultValue("100") int locationPrecisionMetres,
        @DefaultValue("true") boolean showDescriptions) {

    public Open311Settings {
        publicSources = Set.copyOf(publicSources);
    }
}
