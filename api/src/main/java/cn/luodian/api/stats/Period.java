package cn.luodian.api.stats;

import cn.luodian.api.system.BadRequestException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The half-open interval [from, to) of receipt times the rates are counted over; {@code month} is
 * set when it was given as a calendar month (then from/to are that month's first instants in
 * {@code zone}, Asia/Shanghai by default).
 */
public record Period(Instant from, Instant to, YearMonth month, ZoneId zone) {

    public static Period ofMonth(YearMonth month, ZoneId zone) {
        return new Period(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(), month, zone);
    }

    /**
     * The period a request names: {@code month} (YYYY-MM), or {@code from} and {@code to} (ISO-8601
     * instants), or neither for the month that holds {@code now}. Anything else is a 400.
     */
    public static Period parse(String month, String from, String to, ZoneId zone, Instant now) {
        boolean hasMonth = present(month);
        boolean hasFrom = present(from);
        boolean hasTo = present(to);
        if (hasMonth && (hasFrom || hasTo)) {
            throw new BadRequestException("请给出月份，或给出开始和结束时间，不要同时给出");
        }
        if (hasMonth) {
            return ofMonth(parseMonth(month), zone);
        }
        if (hasFrom != hasTo) {
            throw new BadRequestException("开始和结束时间须同时给出，或改为给出月份");
        }
        if (!hasFrom) {
            return ofMonth(YearMonth.from(now.atZone(zone)), zone);
        }
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start.isAfter(end)) {
            throw new BadRequestException("开始时间 " + from + " 晚于结束时间 " + to);
        }
        return new Period(start, end, null, zone);
    }

    public static YearMonth parseMonth(String month) {
        String m = month == null ? "" : month.trim();
        if (m.matches("\\d{4}-\\d{2}")) {
            try {
                return YearMonth.parse(m);
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
        }
        throw new BadRequestException("月份应形如 2026-11，实为 '" + month + "'");
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(("from".equals(name) ? "开始时间" : "结束时间") + "应为 ISO-8601 时间，如 2026-11-01T00:00:00+08:00，实为 '"
                    + value + "'");
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
