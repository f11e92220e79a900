package cn.luodian.bench.components;

import cn.luodian.bench.cases.H2Indexes;
import cn.luodian.bench.cases.Taxonomy;
import cn.luodian.geo.component.Component;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.locationtech.jts.io.WKBWriter;

/**
 * Fills a Luodian store's {@code component} table with the synthetic Beijing-scale inventory
 * ({@link SyntheticComponents}, seed 20261216) for the component tile benchmark:
 * {@code ComponentBulkLoad JDBC_URL USER PASSWORD [COUNT]}. The store must have been created by the
 * api (start the server once on it, then stop it). Rows go straight into the table in JDBC batches
 * (no history rows, no unit grid cell or township: the tiles read neither); on H2 the table's
 * indexes are dropped for the load and built again after it. The table is emptied first.
 */
public final class ComponentBulkLoad {
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;

    private ComponentBulkLoad() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: ComponentBulkLoad JDBC_URL USER PASSWORD [COUNT]");
            System.exit(2);
        }
        int count = args.length > 3 ? Integer.parseInt(args[3]) : SyntheticComponents.MILLION;
        List<Component> components = SyntheticComponents.generate(count, SyntheticComponents.categories(Taxonomy.read()));
        Timestamp now = Timestamp.from(Instant.now());
        WKBWriter wkb = new WKBWriter(2);
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            connection.setAutoCommit(false);
            boolean h2 = connection.getMetaData().getURL().startsWith("jdbc:h2:");
            try (Statement s = connection.createStatement()) {
                s.execute("DELETE FROM component_change");
                s.execute("DELETE FROM component");
            }
            connection.commit();
            H2Indexes indexes = h2 ? H2Indexes.drop(connection, "component") : null;
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO component (code, category_code, name, geom,"
                    + " status, owner_unit, maintainer_unit, grid_cell_code, township_code, surveyed_on, source, notes,"
                    + " created_at, updated_at, version) VALUES (?, ?, ?, ST_GeomFromWKB(?, 4326), ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < components.size(); i++) {
                    Component c = components.get(i);
                    insert.setString(1, c.code().value());
                    insert.setString(2, c.category());
                    insert.setString(3, c.name());
                    insert.setBytes(4, wkb.write(c.geometry()));
                    insert.setString(5, c.status());
                    insert.setString(6, c.ownerUnit());
                    insert.setString(7, c.maintainerUnit());
                    insert.setObject(8, c.surveyedOn());
                    insert.setString(9, c.source());
                    insert.setString(10, c.notes());
                    insert.setTimestamp(11, now);
                    insert.setTimestamp(12, now);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0 || i + 1 == components.size()) {
                        insert.executeBatch();
                    }
                    if ((i + 1) % COMMIT_EVERY == 0) {
                        connection.commit(); // H2 keeps an open transaction's undo log: keep it small
                    }
                    if ((i + 1) % 200_000 == 0) {
                        System.out.printf("%,d components, %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
                    }
                }
            }
            connection.commit();
            if (indexes != null) {
                indexes.create(connection);
            }
            System.out.printf("loaded %,d components in %.0f s%n", count, (System.nanoTime() - start) / 1e9);
            try (Statement s = connection.createStatement()) {
                connection.setAutoCommit(true);
                s.execute(h2 ? "ANALYZE" : "VACUUM ANALYZE component");
            }
        }
    }
}
