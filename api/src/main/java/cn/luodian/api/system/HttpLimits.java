package cn.luodian.api.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long and how much Tomcat gives one connection ({@code luodian.http.*}), so that a huge URL or
 * header, a client that sends nothing, or one that trickles its request cannot hold a connection
 * and a thread for a minute. Applied by {@link HttpLimitsConfiguration}; checked at start-up.
 *
 * @param connectionTimeout the longest wait for the request line after connecting, and for each
 *                          read of the request (Tomcat's default is 60 s)
 * @param keepAliveTimeout  how long an idle kept-alive connection waits for its next request
 * @param maxHeaderBytes    the most bytes of request line and headers together; past it, 400
 * @param maxSwallowBytes   the most bytes of a refused request's body read (and thrown away) to
 *                          keep the connection; past it the connection is closed
 * @param maxKeepAliveRequests the most requests over one kept-alive connection
 */
@Validated
@ConfigurationProperties("luodian.http")
public record HttpLimits(
        @NotNull @DurationMin(millis = 100) @DurationMax(minutes = 10) @DefaultValue("10s") Duration connectionTimeout,
        @NotNull @DurationMin(millis = 100) @DurationMax(minutes = 10) @DefaultValue("15s") Duration keepAliveTimeout,
        @Min(1024) @Max(1024 * 1024) @DefaultValue("8192") int maxHeaderBytes,
        @Min(0) @Max(100L * 1024 * 1024) @DefaultValue("2097152") int maxSwallowBytes,
        @Min(1) @Max(100_000) @DefaultValue("100") int maxKeepAliveRequests) {
}
