package cn.luodian.api.stats;

import java.util.List;

/**
 * The four rates as SQL, in one place: the SELECT list that counts their numerators and
 * denominators over {@code city_case} rows (the definitions of the package documentation), and
 * how its columns become a {@link GroupRates}. {@link RateCounter} groups it by township, unit or
 * category; the grid workers' assessment ({@code cn.luodian.api.assessment}) groups it by grid
 * worker and 责任网格, so a worker's 解决率 is the township's 解决率 over fewer cases.
 *
 * <p>Plain SQL that H2 and PostgreSQL both run (SUM of CASE WHEN, no vendor functions), over the
 * unqualified columns of {@code city_case}. It takes one parameter, the instant the rates are as
 * of: a dispatched case's response is judged once the unit has responded or the deadline has
 * passed by then; before that the case is pending and not counted.
 */
public final class RateColumns {

    /** The SELECT list; one {@code ?} (as of). */
    public static final String COUNTS = """
            COUNT(*) AS cases,
            SUM(CASE WHEN state <> 'merged' AND dispatched_at IS NOT NULL
                      AND (responded_at IS NOT NULL OR response_due_at <= ?) THEN 1 ELSE 0 END) AS response_d,
            SUM(CASE WHEN state <> 'merged' AND dispatched_at IS NOT NULL
                      AND responded_at <= response_due_at THEN 1 ELSE 0 END) AS response_n,
            SUM(CASE WHEN state NOT IN ('received', 'rejected', 'merged') THEN 1 ELSE 0 END) AS resolution_d,
            SUM(CASE WHEN state IN ('verified', 'closed') THEN 1 ELSE 0 END) AS resolution_n,
            SUM(CASE WHEN state <> 'merged' AND satisfaction IS NOT NULL THEN 1 ELSE 0 END) AS satisfaction_d,
            SUM(CASE WHEN state <> 'merged'
                      AND satisfaction IN ('satisfied', 'basically_satisfied') THEN 1 ELSE 0 END) AS satisfaction_n,
            SUM(CASE WHEN state = 'closed' THEN 1 ELSE 0 END) AS closure_d,
            SUM(CASE WHEN state = 'closed' AND closed_at <= resolve_due_at THEN 1 ELSE 0 END) AS closure_n""";

    /** The columns {@link #COUNTS} yields, in the order {@link #rates} takes their values. */
    public static final List<String> COLUMNS = List.of("cases", "response_n", "response_d", "resolution_n",
            "resolution_d", "satisfaction_n", "satisfaction_d", "closure_n", "closure_d");

    private RateColumns() {
    }

    /** The group's rates from the values of {@link #COLUMNS}, in that order (SQL NULL sums read as 0). */
    public static GroupRates rates(String code, String name, long[] values) {
        if (values.length != COLUMNS.size()) {
            throw new IllegalArgumentException("比率列数应为 " + COLUMNS.size() + "，实为 " + values.length);
        }
        return new GroupRates(code, name, values[0], new Rate(values[1], values[2]), new Rate(values[3], values[4]),
                new Rate(values[5], values[6]), new Rate(values[7], values[8]));
    }
}
