package cn.luodian.api.stats;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Statistics settings ({@code luodian.stats.*}).
 *
 * @param weights how much each rate counts in the monthly township score; equal by default
 */
@Validated
@ConfigurationProperties("luodian.stats")
public record StatsSettings(@NotNull @Valid @DefaultValue Weights weights) {

    /**
     * Weights of the four rates in the composite score (any non-negative numbers; only their
     * proportions matter). A district that scores like the 接诉即办 assessment, without 按期结案率,
     * sets {@code on-time-closure=0}.
     */
    public record Weights(@DecimalMin("0") @DecimalMax("1000") @DefaultValue("1") double response,
                          @DecimalMin("0") @DecimalMax("1000") @DefaultValue("1") double resolution,
                          @DecimalMin("0") @DecimalMax("1000") @DefaultValue("1") double satisfaction,
                          @DecimalMin("0") @DecimalMax("1000") @DefaultValue("1") double onTimeClosure) {

        public static final Weights EQUAL = new Weights(1, 1, 1, 1);

        @AssertTrue(message = "at least one weight must be above 0")
        public boolean isAnyPositive() {
            return response > 0 || resolution > 0 || satisfaction > 0 || onTimeClosure > 0;
        }
    }
}
