package cn.luodian.api.hotline;

import cn.luodian.api.system.BadRequestException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * The 来电时间 cell: an ISO-8601 time with an offset ({@code 2026-11-22T10:05:00+08:00}), or a local
 * time as spreadsheets write it ({@code 2026-11-22 10:05:00}, {@code 2026/11/22 10:05}), read in the
 * district's time zone.
 */
final class HotlineTimes {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss][.SSS]")
            .withResolverStyle(ResolverStyle.STRICT);

    private HotlineTimes() {
    }

    static Instant parse(String cell, ZoneId zone) {
        String value = cell.strip();
        try {
            if (value.endsWith("Z") || value.matches(".*T.*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            }
            String local = value.replace('/', '-').replace('T', ' ');
            return LocalDateTime.parse(local, LOCAL).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new BadRequestException(HotlineColumn.RECEIVED_AT.label() + " '" + value
                    + "' 不是时间：应形如 2026-11-22 10:05:00 或 2026-11-22T10:05:00+08:00");
        }
    }
}
