package cn.luodian.api.cases;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The search box's read of cases: a part of the number, or words of the description, among the
 * newest {@link #RECENT_ROWS} cases of the actor's scope. The inner read takes the newest rows of
 * the scope (the received_at index for the whole district; the township or unit rows, top-N sorted,
 * for a narrower scope) and the LIKE filters, which no index can serve, run only on those rows: a
 * keystroke never scans more than {@link #RECENT_ROWS} descriptions whatever the table's size. An older
 * case is still found by its full number ({@link CaseSearch} looks it up through the unique index).
 */
@Repository
class CaseWordSearch {
    /** How many of the newest cases a word search reads at most. */
    static final int RECENT_ROWS = 20_000;

    private final JdbcTemplate jdbc;

    CaseWordSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Newest first, at most {@code limit}: cases whose number contains {@code numberPart} (when not
     * null) or whose description contains every one of {@code words} (when not empty).
     */
    List<CityCase> find(CaseFilter scope, String numberPart, List<String> words, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder inner = new StringBuilder("SELECT ").append(CaseRowMapper.COLUMNS).append(" FROM city_case WHERE 1 = 1");
        if (scope.scopeCode() != null && !scope.scopeCode().isEmpty()) {
            inner.append(" AND ").append(CaseQueries.codeColumn(scope.scopeCode())).append(" = ?");
            args.add(scope.scopeCode());
        }
        if (scope.unitId() != null) {
            inner.append(" AND unit_id = ?");
            args.add(scope.unitId());
        }
        inner.append(CaseQueries.workerClause(scope, args));
        inner.append(" ORDER BY received_at DESC, id DESC LIMIT ?");
        args.add(RECENT_ROWS);

        List<String> matches = new ArrayList<>();
        if (numberPart != null) {
            matches.add("number LIKE ? ESCAPE '!'");
            args.add("%" + escape(numberPart) + "%");
        }
        if (!words.isEmpty()) {
            List<String> all = new ArrayList<>();
            for (String word : words) {
                all.add("description LIKE ? ESCAPE '!'");
                args.add("%" + escape(word) + "%");
            }
            matches.add("(" + String.join(" AND ", all) + ")");
        }
        if (matches.isEmpty()) {
            return List.of();
        }
        args.add(limit);
        return jdbc.query("SELECT " + CaseRowMapper.COLUMNS + " FROM (" + inner + ") recent WHERE "
                + String.join(" OR ", matches) + " ORDER BY received_at DESC, id DESC LIMIT ?",
                CaseRowMapper.INSTANCE, args.toArray());
    }

    /** LIKE's wildcards and the escape character itself, taken literally. */
    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
