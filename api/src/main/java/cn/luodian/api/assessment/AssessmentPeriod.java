package cn.luodian.api.assessment;

import cn.luodian.api.system.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The days [from, to) an assessment covers, in the case zone (Asia/Shanghai by default): given as a
 * calendar {@code month} (YYYY-MM), or as {@code from} and {@code to} dates (YYYY-MM-DD, {@code to}
 * not included), or as neither for the current month. At most {@value #MAX_DAYS} days, so one
 * request reads a bounded range of cases.
 */
record AssessmentPeriod(LocalDate from, LocalDate to, ZoneId zone) {
    static final int MAX_DAYS = 366;

    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant end() {
        return to.atStartOfDay(zone).toInstant();
    }

    static AssessmentPeriod parse(String month, String from, String to, ZoneId zone, Instant now) {
        boolean hasMonth = present(month);
        boolean hasFrom = present(from);
        boolean hasTo = present(to);
        if (hasMonth && (hasFrom || hasTo)) {
            throw new BadRequestException("请给出月份，或给出开始和结束日期，不要同时给出");
        }
        if (hasFrom != hasTo) {
            throw new BadRequestException("开始和结束日期须同时给出，或改为给出月份");
        }
        if (hasFrom) {
            LocalDate start = date("开始日期", from);
            LocalDate end = date("结束日期", to);
            if (!start.isBefore(end)) {
                throw new BadRequestException("开始日期 " + start + " 应早于结束日期 " + end + "（结束日期不含在内）");
            }
            if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
                throw new BadRequestException("考核期最长 " + MAX_DAYS + " 天，实为 " + ChronoUnit.DAYS.between(start, end) + " 天");
            }
            return new AssessmentPeriod(start, end, zone);
        }
        YearMonth m = hasMonth ? month(month) : YearMonth.from(now.atZone(zone));
        return new AssessmentPeriod(m.atDay(1), m.plusMonths(1).atDay(1), zone);
    }

    private static YearMonth month(String value) {
        String m = value.trim();
        if (m.length() <= 7 && m.matches("\\d{4}-\\d{2}")) {
            try {
                return YearMonth.parse(m);
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
        }
        throw new BadRequestException("月份应形如 2026-11，实为 '" + shown(value) + "'");
    }

    private static LocalDate date(String name, String value) {
        String d = value.trim();
        if (d.length() == 10 && d.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
        }
        throw new BadRequestException(name + "应形如 2026-11-01，实为 '" + shown(value) + "'");
    }

    /** Enough of a bad value to recognise it, without control characters. */
    private static String shown(String value) {
        String s = value.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
