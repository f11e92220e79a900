package cn.luodian.api.open311;

import cn.luodian.api.system.BadRequestException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Open311's W3C date-times: read with an offset (or a bare date, in the district's zone), written with one. */
final class Open311Times {

    private Open311Times() {
    }

    static Instant parse(String parameter, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            throw new BadRequestException(("start_date".equals(parameter) ? "开始日期" : "结束日期") + " '" + v + "' 不是 W3C 日期时间：应形如 2026-11-22T10:00:00+08:00");
        }
    }

    static String format(Instant instant, ZoneId zone) {
        return instant == null ? null
                : instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
