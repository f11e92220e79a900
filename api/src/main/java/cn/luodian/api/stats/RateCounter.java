package cn.luodian.api.stats;

import cn.luodian.api.system.JdbcTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts the four rates' numerators and denominators in one pass over the cases received in a
 * period, in SQL that H2 and PostgreSQL both run (SUM of CASE WHEN, no vendor functions).
 *
 * <p>Rows are grouped by one column and always also by category, so that category filters and the
 * 大类/小类 roll-ups are sums of rows in Java. That keeps the WHERE clause to the period and the
 * actor's scope: the planner then reads the period's range of the {@code received_at} index (or the
 * township index for township staff), and never chooses the category index, which on H2 would
 * mean reading half the table when a category is asked for.
 */
@Repository
class RateCounter {

    /** The column a breakdown groups by besides the category; NONE groups by category only. */
    enum Column {
        TOWNSHIP("township_code"), UNIT("unit_id"), NONE(null);

        private final String sql;

        Column(String sql) {
            this.sql = sql;
        }
    }

    /** The counts of one (group, category) pair; {@code key} is the column's value as text, or null. */
    record Row(String key, String name, String category, GroupRates counts) {
    }

    // The definitions of the package documentation, one SUM per numerator and denominator.
    private static final String COUNTS = RateColumns.COUNTS;

    private final JdbcTemplate jdbc;

    RateCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per (value of {@code column}, category) among the cases received in the period within {@code scope}. */
    List<Row> count(Column column, Period period, StatsScope scope, Instant asOf) {
        String group = column.sql == null ? "category_code" : column.sql + ", category_code";
        String sql = "SELECT " + (column.sql == null ? "NULL" : column.sql) + " AS group_key, "
                + (column == Column.TOWNSHIP ? "MAX(township_name)" : "NULL") + " AS group_name, category_code, "
                + COUNTS + "\nFROM city_case WHERE received_at >= ? AND received_at < ? AND " + scope.condition()
                + " GROUP BY " + group;
        List<Object> args = new ArrayList<>();
        args.add(JdbcTimes.time(asOf));
        args.add(JdbcTimes.time(period.from()));
        args.add(JdbcTimes.time(period.to()));
        args.addAll(scope.args());
        return jdbc.query(sql, (rs, i) -> row(rs), args.toArray());
    }

    private static Row row(ResultSet rs) throws SQLException {
        long[] values = new long[RateColumns.COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rs.getLong(RateColumns.COLUMNS.get(i));
        }
        return new Row(rs.getString("group_key"), rs.getString("group_name"), rs.getString("category_code"),
                RateColumns.rates(null, null, values));
    }
}
