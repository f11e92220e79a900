package cn.luodian.bench.cases;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain and spatial indexes of an H2 table, dropped before a bulk load and created again after
 * it exactly as the migrations defined them (read from INFORMATION_SCHEMA, so nothing here repeats
 * the schema): H2 builds an index over a full table much faster than it maintains it row by row.
 * Primary keys and unique constraints stay, so the load is still checked against them.
 */
public final class H2Indexes {
    private final List<String> creates;

    private H2Indexes(List<String> creates) {
        this.creates = creates;
    }

    public static H2Indexes drop(Connection connection, String table) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME, c.ORDERING_SPECIFICATION "
                     + "FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c "
                     + "ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME "
                     + "WHERE i.TABLE_NAME = '" + table.toUpperCase() + "' AND i.INDEX_TYPE_NAME IN ('INDEX', 'SPATIAL INDEX') "
                     // indexes that back a foreign key belong to their constraint and stay
                     + "AND i.INDEX_NAME NOT IN (SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
                     + "WHERE INDEX_NAME IS NOT NULL) "
                     + "ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION")) {
            while (rs.next()) {
                types.put(rs.getString(1), rs.getString(2));
                columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(3) + " " + rs.getString(4));
            }
        }
        List<String> creates = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            for (Map.Entry<String, String> index : types.entrySet()) {
                String kind = index.getValue().equals("SPATIAL INDEX") ? "SPATIAL INDEX" : "INDEX";
                String cols = String.join(", ", columns.get(index.getKey())).replace(" ASC", "").replace(" null", "");
                creates.add("CREATE " + kind + " " + index.getKey() + " ON " + table + " (" + cols + ")");
                s.execute("DROP INDEX " + index.getKey());
            }
        }
        connection.commit();
        return new H2Indexes(creates);
    }

    public void create(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String create : creates) {
                long start = System.nanoTime();
                s.execute(create);
                System.out.printf("%s: %.0f s%n", create, (System.nanoTime() - start) / 1e9);
            }
        }
        connection.commit();
    }
}
