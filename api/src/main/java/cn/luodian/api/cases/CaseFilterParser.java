package cn.luodian.api.cases;

import cn.luodian.api.layers.BoundingBoxes;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.TextFields;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the case filters as clients give them (the case list's query parameters, the hotspot
 * requests' {@code filter} object): one parser, so both accept and refuse the same things. Every
 * mistake is a {@link BadRequestException} naming the parameter.
 */
public final class CaseFilterParser {

    private CaseFilterParser() {
    }

    /**
     * @param bbox     minLon,minLat,maxLon,maxLat (WGS-84) or null
     * @param admin    a 6, 9 or 12 digit admin code or null
     * @param grid     a grid cell code or null
     * @param category a 大类 or 小类 code prefix or null
     * @param state    comma-separated state ids or null
     * @param from     ISO-8601 instant, inclusive, or null
     * @param to       ISO-8601 instant, exclusive, or null
     * @param overdue  only overdue (true) or only not overdue (false) cases, or null
     */
    public static CaseFilter parse(String bbox, String admin, String grid, String category, String state,
                                   String from, String to, Boolean overdue) {
        if (admin != null && !admin.matches("\\d{6}|\\d{9}|\\d{12}")) {
            throw new BadRequestException("行政区划代码应为 6、9 或 12 位数字，实为 '" + admin + "'");
        }
        // Codes of letters and digits: a NUL or 100k characters here once reached the SQL and answered 500.
        TextFields.code("category", category == null ? null : category.strip(), 20);
        TextFields.code("grid", grid == null ? null : grid.strip(), 30);
        TextFields.line("state", state, 200);
        Instant fromInstant = instant("from", from);
        Instant toInstant = instant("to", to);
        if (fromInstant != null && toInstant != null && fromInstant.isAfter(toInstant)) {
            throw new BadRequestException("开始时间 " + from + " 晚于结束时间 " + to);
        }
        String categoryPrefix = category == null || category.isBlank() ? null : category.strip();
        return new CaseFilter(bbox == null || bbox.isBlank() ? null : BoundingBoxes.parse(bbox), admin,
                grid == null || grid.isBlank() ? null : grid.strip(), categoryPrefix, states(state), fromInstant,
                toInstant, overdue, null, null);
    }

    static Set<CaseState> states(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return Arrays.stream(state.split(",")).map(CaseState::parse)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(("from".equals(name) ? "开始时间" : "结束时间") + "应为 ISO-8601 时间，如 2026-11-01T00:00:00Z，实为 '" + value + "'");
        }
    }
}
