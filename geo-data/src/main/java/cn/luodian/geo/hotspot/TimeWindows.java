package cn.luodian.geo.hotspot;

import java.time.Duration;
import java.time.Instant;

/**
 * The windows of an early-warning check: the latest window [latestStart, end) and, before it,
 * {@code baselineWindows} windows of the same length. Window 0 is the oldest baseline window,
 * window {@code baselineWindows} the latest; a time belongs to at most one (half-open windows).
 */
public record TimeWindows(Instant latestStart, Instant end, int baselineWindows) {
    public static final int MAX_BASELINE_WINDOWS = 1000;

    public TimeWindows {
        if (latestStart == null || end == null) {
            throw new IllegalArgumentException("时间窗需要开始和结束时间");
        }
        if (!latestStart.isBefore(end)) {
            throw new IllegalArgumentException("时间窗开始时间 " + latestStart + " 不早于结束时间 " + end);
        }
        if (baselineWindows < 1 || baselineWindows > MAX_BASELINE_WINDOWS) {
            throw new IllegalArgumentException("基线应为 1 到 " + MAX_BASELINE_WINDOWS + " 个时间窗，实为 " + baselineWindows);
        }
    }

    /** The latest window of {@code length} ending at {@code end}, with its baseline. */
    public static TimeWindows ending(Instant end, Duration length, int baselineWindows) {
        if (length == null || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("时间窗长度必须为正，实为 " + length);
        }
        return new TimeWindows(end.minus(length), end, baselineWindows);
    }

    public Duration length() {
        return Duration.between(latestStart, end);
    }

    /** Start of the oldest baseline window: the earliest time that counts. */
    public Instant baselineStart() {
        return latestStart.minus(length().multipliedBy(baselineWindows));
    }

    public int windowCount() {
        return baselineWindows + 1;
    }

    /** The window a time falls in, 0 … baselineWindows, or −1 if before the baseline or at/after the end. */
    public int windowOf(Instant time) {
        if (time.isBefore(baselineStart()) || !time.isBefore(end)) {
            return -1;
        }
        long nanos = Duration.between(baselineStart(), time).toNanos();
        return (int) Math.min(baselineWindows, nanos / length().toNanos());
    }
}
