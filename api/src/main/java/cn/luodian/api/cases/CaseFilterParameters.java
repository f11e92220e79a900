package cn.luodian.api.cases;

import cn.luodian.api.layers.BoundingBoxes;
import cn.luodian.api.system.BadRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The case-list query parameters ({@code bbox}, {@code admin}, {@code grid}, {@code category},
 * {@code state}, {@code from}, {@code to}, {@code overdue}) read into a {@link CaseFilter}, the one
 * way every endpoint that filters cases (the list, the cases tile layer, heat tiles) reads them.
 * A bad value is a {@link BadRequestException} naming the parameter.
 */
public final class CaseFilterParameters {

    private CaseFilterParameters() {
    }

    public static CaseFilter parse(String bbox, String admin, String grid, String category, String state, String from,
                                   String to, Boolean overdue) {
        if (admin != null && !admin.matches("\\d{6}|\\d{9}|\\d{12}")) {
            throw new BadRequestException("admin must be a 6, 9 or 12 digit code, was '" + admin + "'");
        }
        Instant fromInstant = instant("from", from);
        Instant toInstant = instant("to", to);
        if (fromInstant != null && toInstant != null && fromInstant.isAfter(toInstant)) {
            throw new BadRequestException("from " + from + " is after to " + to);
        }
        return new CaseFilter(bbox == null ? null : BoundingBoxes.parse(bbox), admin, grid, blankToNull(category),
                states(state), fromInstant, toInstant, overdue, null, null);
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
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant such as 2026-11-01T00:00:00Z, was '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
