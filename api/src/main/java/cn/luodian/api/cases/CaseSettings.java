package cn.luodian.api.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Case settings ({@code luodian.cases.*}).
 *
 * @param numberPrefix           the district's prefix in case numbers (TZ-20261122-00042)
 * @param zone                   the time zone whose calendar day numbers cases
 * @param autoDispatch           dispatch by the rules table as soon as a case is registered (智能派单)
 * @param duplicateRadiusMetres  an open case of the same category this close is a duplicate hint
 * @param duplicateWindow        … if it was received within this window
 * @param maxPageSize            the most cases one list request returns
 * @param verificationWithin     the 核查 clock: a case's grid worker verifies within this after 反馈
 * @param closeAfterVerification the case closes (结案) as soon as its grid worker confirms the fix on
 *                               site; false leaves 结案 to the centre
 * @param duplicatesShown        the most duplicate hints a new case's answer lists (the nearest), besides
 *                               their count
 * @param duplicatesScanned      the most open cases read when looking for duplicate hints (the newest);
 *                               past it the count says "at least"
 */
@Validated
@ConfigurationProperties("luodian.cases")
public record CaseSettings(
        @NotBlank @DefaultValue("TZ") String numberPrefix,
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("false") boolean autoDispatch,
        @Min(1) @Max(5000) @DefaultValue("50") double duplicateRadiusMetres,
        @NotNull @DefaultValue("7d") Duration duplicateWindow,
        @Min(1) @Max(10000) @DefaultValue("1000") int maxPageSize,
        @NotNull @DefaultValue("24h") Duration verificationWithin,
        @DefaultValue("true") boolean closeAfterVerification,
        @Min(1) @Max(1000) @DefaultValue("20") int duplicatesShown,
        @Min(1) @Max(100_000) @DefaultValue("2000") int duplicatesScanned) {
}
