package cn.luodian.api.clocks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The supervision clocks ({@code luodian.clocks.*}), defaults from the 接诉即办 rules: dispatch within
 * 5 minutes of receipt; a reply within 2 hours of dispatch, else a supervision record (督办) and,
 * after a further period, escalation; urgent and emergency cases respond within 2 hours and feed
 * back within 24 hours; a resolution deadline. {@code overrides} change any of these for a category
 * prefix and/or an urgency.
 */
@Validated
@ConfigurationProperties("luodian.clocks")
public record ClockSettings(
        @NotNull @DefaultValue("5m") Duration dispatchWithin,
        @NotNull @DefaultValue("2h") Duration respondWithin,
        @NotNull @DefaultValue("2h") Duration escalateAfter,
        @NotNull @DefaultValue("24h") Duration urgentFeedbackWithin,
        @NotNull @DefaultValue("7d") Duration resolveWithin,
        @NotNull @DefaultValue("3d") Duration urgentResolveWithin,
        @NotNull @DefaultValue("1m") Duration checkEvery,
        @DefaultValue List<@Valid Override> overrides) {

    /**
     * Replaces the durations it sets for cases whose category starts with {@code categoryPrefix}
     * (empty: every category) and, when given, of that urgency.
     */
    public record Override(@NotNull @DefaultValue("") String categoryPrefix, Urgency urgency,
                           Duration dispatchWithin, Duration respondWithin, Duration feedbackWithin,
                           Duration resolveWithin) {
    }
}
