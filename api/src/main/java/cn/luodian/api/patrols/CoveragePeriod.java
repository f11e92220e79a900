package cn.luodian.api.patrols;

import cn.luodian.api.system.BadRequestException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

/** A day or an ISO week (Monday to Sunday) in the patrol zone, as [from, to). */
record CoveragePeriod(String kind, LocalDate firstDay, Instant from, Instant to) {

    /** {@code period} is {@code day} or {@code week}; {@code date} an ISO date within it, today when absent. */
    static CoveragePeriod parse(String period, String date, LocalDate today, ZoneId zone) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? today : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("日期应为 年-月-日（如 2026-05-01）");
        }
        if (day.getYear() < 2000 || day.isAfter(today.plusDays(1))) {
            throw new BadRequestException("日期应在 2000 年以后，且不晚于明天");
        }
        String kind = period == null || period.isBlank() ? "day" : period.strip();
        LocalDate first = switch (kind) {
            case "day" -> day;
            case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> throw new BadRequestException("统计周期只能是按日或按周");
        };
        LocalDate end = kind.equals("day") ? first.plusDays(1) : first.plusWeeks(1);
        return new CoveragePeriod(kind, first, first.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
    }

    String label() {
        return kind.equals("day") ? "按日" : "按周";
    }
}
