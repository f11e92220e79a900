package cn.luodian.api.hotspots;

import cn.luodian.api.system.BadRequestException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The time steps of a space-time cube: {@code boundaries[0] < … < boundaries[steps]}, step t being
 * [boundaries[t], boundaries[t+1]), in calendar days, weeks (Monday first) or months of the case
 * zone. Without an explicit end the last step is the last complete one before now.
 */
record TimeSteps(String unit, List<Instant> boundaries) {

    TimeSteps {
        boundaries = List.copyOf(boundaries);
    }

    static TimeSteps of(String timeStep, Integer steps, String end, int maxSteps, ZoneId zone, Instant now) {
        String unit = timeStep == null || timeStep.isBlank() ? "week" : timeStep.trim().toLowerCase(Locale.ROOT);
        ChronoUnit chrono = switch (unit) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> throw new BadRequestException("时间步长应为天、周或月，实为 '" + timeStep + "'");
        };
        int count = steps == null ? 12 : steps;
        if (count < 3 || count > maxSteps) {
            throw new BadRequestException("时间步数应在 3 到 " + maxSteps + " 之间（趋势至少需要 3 步），实为 " + count);
        }
        ZonedDateTime last;
        if (end == null || end.isBlank()) {
            ZonedDateTime today = now.atZone(zone).truncatedTo(ChronoUnit.DAYS);
            last = switch (chrono) {
                case WEEKS -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTHS -> today.withDayOfMonth(1);
                default -> today;
            };
        } else {
            try {
                last = Instant.parse(end.trim()).atZone(zone);
            } catch (DateTimeParseException e) {
                throw new BadRequestException("结束时间应为 ISO-8601 时间，如 2026-12-01T00:00:00+08:00，实为 '" + end + "'");
            }
        }
        List<Instant> boundaries = new ArrayList<>(count + 1);
        for (int t = count; t >= 0; t--) {
            boundaries.add(last.minus(t, chrono).toInstant());
        }
        return new TimeSteps(unit, boundaries);
    }

    int steps() {
        return boundaries.size() - 1;
    }

    Instant start() {
        return boundaries.get(0);
    }

    Instant end() {
        return boundaries.get(boundaries.size() - 1);
    }

    /** The step holding {@code time}, or −1 outside [start, end). */
    int stepOf(Instant time) {
        if (time.isBefore(start()) || !time.isBefore(end())) {
            return -1;
        }
        int found = Collections.binarySearch(boundaries, time);
        return found >= 0 ? found : -found - 2;
    }
}
