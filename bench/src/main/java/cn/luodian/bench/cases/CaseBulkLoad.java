package cn.luodian.bench.cases;

import cn.luodian.geo.demo.TongzhouDemoRegion;
import cn.luodian.geo.describe.DescribeOptions;
import cn.luodian.geo.describe.Describer;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.LayerBatch;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a Luodian store with synthetic cases for the list and rates benchmarks:
 * {@code CaseBulkLoad JDBC_URL USER PASSWORD COUNT [SEED]}. The store must have been created by the
 * api (Flyway schema, taxonomy, the demo region and its units: start the server once on it, then
 * stop it). Rows go straight into {@code city_case} ({@link CaseRowWriter}: COPY on PostgreSQL,
 * batched inserts on H2), each described by the same engine over the same demo region the server
 * uses; case numbers continue the per-day sequence in {@code case_number}. On H2 the table's
 * indexes are dropped for the load and built again after it ({@link H2Indexes}). No history events or
 * audit entries are written: the list and the rates read {@code city_case} only.
 */
public final class CaseBulkLoad {
    private CaseBulkLoad() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 4) {
            System.err.println("usage: CaseBulkLoad JDBC_URL USER PASSWORD COUNT [SEED]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[3]);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 7;
        LayerBatch layers = TongzhouDemoRegion.build().layers();
        Describer describer = new Describer(ReferenceIndex.build(layers), DescribeOptions.DEFAULTS);
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            connection.setAutoCommit(false);
            Map<LocalDate, Integer> numbers = lastNumbers(connection);
            Map<String, List<Long>> townshipUnits = new HashMap<>();
            List<Long> districtUnits = new ArrayList<>();
            readUnits(connection, townshipUnits, districtUnits);
            SyntheticCases cases = new SyntheticCases(new CasePoints(layers, seed), describer, categories(connection),
                    townshipUnits, districtUnits, numbers, Instant.now(), seed + 1);
            long start = System.nanoTime();
            boolean h2 = connection.getMetaData().getURL().startsWith("jdbc:h2:");
            H2Indexes indexes = h2 ? H2Indexes.drop(connection, "city_case") : null;
            try (CaseRowWriter writer = CaseRowWriter.open(connection)) {
                for (int i = 1; i <= count; i++) {
                    writer.add(cases.next());
                    if (i % CaseRowWriter.CHUNK == 0) {
                        writer.flush();
                        connection.commit(); // H2 keeps an open transaction's undo log: keep it small
                    }
                    if (i % 100_000 == 0) {
                        System.out.printf("%,d cases, %.0f s%n", i, (System.nanoTime() - start) / 1e9);
                    }
                }
            }
            saveNumbers(connection, numbers);
            connection.commit();
            if (indexes != null) {
                indexes.create(connection);
            }
            System.out.printf("loaded %,d cases in %.0f s%n", count, (System.nanoTime() - start) / 1e9);
            long analyse = System.nanoTime();
            try (Statement s = connection.createStatement()) {
                connection.setAutoCommit(true);
                s.execute(h2 ? "ANALYZE" : "VACUUM ANALYZE city_case");
            }
            System.out.printf("analysed in %.0f s%n", (System.nanoTime() - analyse) / 1e9);
        }
    }

    private static List<String[]> categories(Connection connection) throws SQLException {
        List<String[]> codes = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT code, name FROM category WHERE parent_code IS NOT NULL ORDER BY code")) {
            while (rs.next()) {
                codes.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("no taxonomy in the store: start the api once on it first");
        }
        return codes;
    }

    private static void readUnits(Connection connection, Map<String, List<Long>> township, List<Long> district) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, township_code FROM responsible_unit ORDER BY id")) {
            while (rs.next()) {
                String code = rs.getString(2);
                if (code == null) {
                    district.add(rs.getLong(1));
                } else {
                    township.computeIfAbsent(code, k -> new ArrayList<>()).add(rs.getLong(1));
                }
            }
        }
    }

    private static Map<LocalDate, Integer> lastNumbers(Connection connection) throws SQLException {
        Map<LocalDate, Integer> numbers = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT number_day, last_value FROM case_number")) {
            while (rs.next()) {
                String day = rs.getString(1);
                numbers.put(LocalDate.of(Integer.parseInt(day.substring(0, 4)), Integer.parseInt(day.substring(4, 6)),
                        Integer.parseInt(day.substring(6))), rs.getInt(2));
            }
        }
        return numbers;
    }

    /** The api numbers the next case of a day after these. */
    private static void saveNumbers(Connection connection, Map<LocalDate, Integer> numbers) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DELETE FROM case_number");
        }
        try (var insert = connection.prepareStatement("INSERT INTO case_number (number_day, last_value) VALUES (?, ?)")) {
            for (Map.Entry<LocalDate, Integer> day : numbers.entrySet()) {
                insert.setString(1, day.getKey().toString().replace("-", ""));
                insert.setInt(2, day.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
