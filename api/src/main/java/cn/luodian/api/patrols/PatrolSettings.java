package cn.luodian.api.patrols;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Patrols ({@code luodian.patrols.*}).
 *
 * @param bufferMetres   a cell counts as patrolled when the track comes this close to it
 * @param maxBatchPoints the most positions one append request may carry
 * @param maxGpxBytes    the largest GPX file accepted
 * @param notVisitedDays coverage flags a cell not patrolled for this many days
 * @param maxDuration    the longest a patrol may last (from its start to its last position)
 * @param zone           where days and weeks begin (coverage per day and week, today's lines)
 * @param maxPageSize    the most patrols one list request returns
 */
@Validated
@ConfigurationProperties("luodian.patrols")
public record PatrolSettings(
        @DecimalMin("0") @DecimalMax("500") @DefaultValue("30") double bufferMetres,
        @Min(1) @Max(5000) @DefaultValue("500") int maxBatchPoints,
        @Min(1024) @Max(50L * 1024 * 1024) @DefaultValue("5242880") long maxGpxBytes,
        @Min(1) @Max(365) @DefaultValue("7") int notVisitedDays,
        @NotNull @DefaultValue("24h") Duration maxDuration,
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
        @Min(1) @Max(1000) @DefaultValue("100") int maxPageSize) {
}
