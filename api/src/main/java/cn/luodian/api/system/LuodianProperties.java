package cn.luodian.api.system;

import cn.luodian.geo.describe.DescribeOptions;
import cn.luodian.geo.describe.DescribeOptions.Clause;
import cn.luodian.geo.describe.DescribeOptions.Punctuation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
     * @param login              how many wrong passwords lock an account or a client address, and for how long
     * @param publicBaseUrl      the address people reach this server at ({@code https://luodian.example.cn}),
     *                           put into absolute links (TileJSON, Atom) and accepted as the browser's own
     *                           origin; empty: links are root-relative unless a trusted proxy is configured
     * @param allowedOrigins     further origins ({@code https://host[:port]}) whose pages may change state
     *                           with the session cookie, besides the server's own
     * @param openCaseTiles      anonymous users may read the tiles drawn from cases (the {@code cases} vector
     *                           layer, heat and hotspots) too; off by default: where problems were reported
     *                           is not reference data, and the district decides what it publishes
     */
    public record Security(
            @DefaultValue("true") boolean openReferenceReads,
            String adminPassword,
            @Valid @NotNull @DefaultValue Login login,
            String publicBaseUrl,
            @NotNull @DefaultValue List<String> allowedOrigins,
            @DefaultValue("false") boolean openCaseTiles) {

        public Security {
            adminPassword = adminPassword == null ? "" : adminPassword;
            publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "" : origin(publicBaseUrl, true);
            allowedOrigins = allowedOrigins == null ? List.of()
                    : allowedOrigins.stream().filter(o -> !o.isBlank()).map(o -> origin(o, false)).toList();
        }

        /**
         * {@code scheme://host[:port]} in lower case, refused at start-up unless http(s) with a host, no user
         * part, query or fragment; a base URL may keep a path (a context path behind a proxy), without its
         * trailing slash.
         */
        private static String origin(String value, boolean pathAllowed) {
            URI uri;
            try {
                uri = URI.create(value.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("不是网址：" + value, e);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || (!pathAllowed && !path.isEmpty())) {
                throw new IllegalArgumentException("应为由协议（超文本传输协议，可加密）、主机名和可选端口组成的网址"
                        + (pathAllowed ? "（可带路径）" : "（不带路径）") + "，不能含用户名、查询或片段，实为：" + value);
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (pathAllowed ? path : "");
        }

        /** Anonymous users may read case tiles: reference reads and case tiles both open. */
        public boolean caseTilesOpen() {
            return openReferenceReads && openCaseTiles;
        }

        /** Never prints the password. */
        @Override
        public String toString() {
            return "Security[openReferenceReads=" + openReferenceReads + ", adminPassword="
                    + (adminPassword.isEmpty() ? "(none)" : "(set)") + ", login=" + login + ", publicBaseUrl="
                    + publicBaseUrl + ", allowedOrigins=" + allowedOrigins + ", openCaseTiles=" + openCaseTiles + "]";
        }
    }

    /**
     * Wrong passwords (HTTP Basic, the sign-in form, the current password when changing one's own):
     * {@code maxFailuresPerAccount} within {@code failureWindow} lock that account, and
     * {@code maxFailuresPerAddress} lock that client address, each for {@code lockDuration}.
     */
    public record Login(
            @Min(1) @Max(1000) @DefaultValue("5") int maxFailuresPerAccount,
            @Min(1) @Max(100_000) @DefaultValue("30") int maxFailuresPerAddress,
            @NotNull @DefaultValue("15m") Duration failureWindow,
            @NotNull @DefaultValue("15m") Duration lockDuration) {

        public Login {
            for (Duration d : new Duration[] {failureWindow, lockDuration}) {
                if (d != null && (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(1)) > 0)) {
                    throw new IllegalArgumentException("登录锁定的计数窗口和锁定时长应在 1 秒到 1 天之间，实为 " + d);
                }
            }
        }
    }
}
