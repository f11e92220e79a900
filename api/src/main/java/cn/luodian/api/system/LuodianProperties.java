package cn.luodian.api.system;

import cn.luodian.geo.describe.DescribeOptions;
import cn.luodian.geo.describe.DescribeOptions.Clause;
import cn.luodian.geo.describe.DescribeOptions.Punctuation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Luodian's own settings ({@code luodian.*}), checked at start-up. See
 * {@code application.properties} for the commented defaults.
 *
 * @param dataDir               where the embedded database (and later photos) live
 * @param demo                  load the bundled 通州区 demo region into an empty store on start
 * @param maxFeaturesPerRequest the most features one layer request returns
 * @param demoSampleCases       how many sample cases (示例) the demo region starts with
 * @param describe              how points are described in words
 * @param security              who may read what without signing in; the first admin's password
 */
@Validated
@ConfigurationProperties("luodian")
public record LuodianProperties(
        @NotNull @DefaultValue("./data") Path dataDir,
        @DefaultValue("true") boolean demo,
        @Min(0) @Max(100_000) @DefaultValue("300") int demoSampleCases,
        @Min(1) @Max(200_000) @DefaultValue("50000") int maxFeaturesPerRequest,
        @Valid @NotNull @DefaultValue Describe describe,
        @Valid @NotNull @DefaultValue Security security) {

    /**
     * @param urbanLandmarkRadiusMetres a named landmark this close switches to the urban form
     * @param roadMaxMetres             roads farther than this are not named
     * @param waterwayMaxMetres         waterways farther than this are left out
     * @param roundingStepMetres        distances in the text are multiples of this
     * @param punctuation               full_width (，) or ascii (,)
     * @param clauses                   which of road, waterway, landmark the text may contain
     * @param maxBatchPoints            the most points one POST /api/v1/describe takes
     */
    public record Describe(
            @Min(0) @Max(1000) @DefaultValue("50") double urbanLandmarkRadiusMetres,
            @Min(1) @Max(100_000) @DefaultValue("5000") double roadMaxMetres,
            @Min(1) @Max(100_000) @DefaultValue("5000") double waterwayMaxMetres,
            @Min(1) @Max(1000) @DefaultValue("1") int roundingStepMetres,
            @NotNull @DefaultValue("full_width") Punctuation punctuation,
            @NotNull @DefaultValue({"road", "waterway", "landmark"}) Set<Clause> clauses,
            @Min(1) @Max(100_000) @DefaultValue("10000") int maxBatchPoints) {

        public DescribeOptions options() {
            return new DescribeOptions(urbanLandmarkRadiusMetres, roadMaxMetres, waterwayMaxMetres,
                    roundingStepMetres, punctuation, clauses);
        }
    }

    /**
     * @param openReferenceReads anonymous users may read the reference layers, places, describe,
     *                           locate, categories and tiles (none of which carries personal data)
     * @param adminPassword      the password the first admin gets when the server first starts
     *                           ({@code LUODIAN_ADMIN_PASSWORD}); empty: a generated one, printed once
     */
    public record Security(
            @DefaultValue("true") boolean openReferenceReads,
            String adminPassword) {

        public Security {
            adminPassword = adminPassword == null ? "" : adminPassword;
        }

        /** Never prints the password. */
        @Override
        public String toString() {
            return "Security[openReferenceReads=" + openReferenceReads + ", adminPassword="
                    + (adminPassword.isEmpty() ? "(none)" : "(set)") + "]";
        }
    }
}
