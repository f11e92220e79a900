package cn.luodian.api.hotspots;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.hotspot.EarlyWarning;
import cn.luodian.geo.hotspot.TimeWindows;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What an early-warning request asks for, checked: the latest window (24 h ending now by default)
 * and its baseline of earlier windows ({@link TimeWindows}), and the core's test options.
 *
 * @param windowHours the latest window's length as asked, echoed back
 */
record WarningOptions(double windowHours, TimeWindows windows, EarlyWarning.Options core) {
    static final double DEFAULT_WINDOW_HOURS = 24;
    static final int DEFAULT_BASELINE_WINDOWS = 28;
    static final double MAX_WINDOW_HOURS = 24 * 366;

    static WarningOptions of(HotspotRequest request, Instant now) {
        if (request.filterHasTime()) {
            throw new BadRequestException("预警的时间由时间窗（小时）、基线窗口数和结束时间决定，不使用筛选条件中的开始和结束时间");
        }
        double hours = request.windowHours() == null ? DEFAULT_WINDOW_HOURS : request.windowHours();
        if (!(hours > 0) || hours > MAX_WINDOW_HOURS) {
            throw new BadRequestException("时间窗应大于 0 小时且不超过 " + (int) MAX_WINDOW_HOURS + " 小时，实为 " + hours);
        }
        int baselineWindows = request.baselineWindows() == null ? DEFAULT_BASELINE_WINDOWS : request.baselineWindows();
        double threshold = request.threshold() == null ? EarlyWarning.Options.DEFAULTS.pValueThreshold() : request.threshold();
        long minCount = request.minCount() == null ? EarlyWarning.Options.DEFAULTS.minCount() : request.minCount();
        Instant end = end(request.end(), now);
        Duration window = Duration.ofSeconds(Math.round(hours * 3600));
        TimeWindows windows = HotspotCore.call(() -> TimeWindows.ending(end, window, baselineWindows));
        EarlyWarning.Options core = HotspotCore.call(() -> new EarlyWarning.Options(baselineWindows, threshold, minCount));
        return new WarningOptions(hours, windows, core);
    }

    private static Instant end(String end, Instant now) {
        if (end == null || end.isBlank()) {
            return now;
        }
        try {
            return Instant.parse(end.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("结束时间应为 ISO-8601 时间，如 2026-12-01T00:00:00+08:00，实为 '" + end + "'");
        }
    }
}
