package cn.luodian.api.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** The number of rows in every table of the store, in one query: what "nothing stored" is checked by. */
final class RowCounts {
    private final JdbcTemplate jdbc;
    private final List<String> tables;
    private final String query;

    RowCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tables = jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA IN ('PUBLIC', 'public')"
                + " AND TABLE_TYPE IN ('BASE TABLE', 'TABLE')", String.class);
        this.query = "SELECT " + tables.stream().map(t -> "(SELECT COUNT(*) FROM \"" + t + "\")").collect(Collectors.joining(", "));
    }

    int tables() {
        return tables.size();
    }

    Map<String, Long> now() {
        return jdbc.query(query, rs -> {
            rs.next();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                counts.put(tables.get(i), rs.getLong(i + 1));
            }
            return counts;
        });
    }
}
