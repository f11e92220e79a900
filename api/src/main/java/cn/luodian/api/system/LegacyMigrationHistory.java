package cn.luodian.api.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets databases migrated before the per-vendor migration folders were merged (into
 * {@code db/migration/common} plus small vendor folders) start as before, without migrating
 * anything twice.
 *
 * <p>Their schema is already what the merged scripts build: the same versions ran, written per
 * vendor. Only Flyway's history differs, and Flyway would refuse to start on it: V1, V2, V3 and V10
 * carry the old scripts' checksums, and the two pieces that moved into versions of their own have no
 * row (PostgreSQL's V0.1 postgis extension was in V1, the audit_log trigger V3.1 was in V3), so
 * Flyway would call them ignored, being lower than the applied V10.
 *
 * <p>Before Flyway validates, a history row that carries exactly one of the old checksums listed here
 * gets the merged script's checksum, and the rows of the pieces that were split out of it are added
 * (same installer and time as the row they came from; Flyway lists them as out of order, being after
 * V10 in the table, which validates). Any other checksum is left alone, so a script changed after it
 * ran still fails validation as it always did.
 */
@Component
public class LegacyMigrationHistory implements Callback {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyMigrationHistory.class);

    /** A migration now in its own version that a legacy script of another version used to contain. */
    record SplitOut(String version, String description, String script, int checksum) {
    }

    /** A version whose legacy script (one vendor's) was rewritten; what its history row becomes. */
    record Rewritten(String version, int legacyChecksum, int checksum, List<SplitOut> splitOut) {
    }

    private static final int V1 = 308277361;
    private static final int V2 = 71177781;
    private static final int V3 = 1104950031;
    private static final int V10 = 362123464;

    /** Every legacy checksum that is recognised. V0.1 (H2's Java migration), V4 and V5 did not change. */
    static final List<Rewritten> REWRITTEN = List.of(
            new Rewritten("1", -456126632, V1, List.of()), // h2
            new Rewritten("1", 1662658593, V1, List.of( // postgresql
                    new SplitOut("0.1", "postgis extension", "V0_1__postgis_extension.sql", 1452871849))),
            new Rewritten("2", -1676595616, V2, List.of()), // h2
            new Rewritten("2", -132042033, V2, List.of()), // postgresql
            new Rewritten("3", 756997536, V3, List.of( // h2
                    new SplitOut("3.1", "audit log append only", "V3_1__audit_log_append_only.sql", 463623443))),
            new Rewritten("3", -202041211, V3, List.of( // postgresql
                    new SplitOut("3.1", "audit log append only", "V3_1__audit_log_append_only.sql", 1920848168))),
            new Rewritten("10", -1531600493, V10, List.of()), // h2
            new Rewritten("10", -1776927097, V10, List.of())); // postgresql

    @Override
    public boolean supports(Event event, Context context) {
        // Migrate validates first (validateOnMigrate), so this is the last moment before the
        // history is judged.
        return event == Event.BEFORE_VALIDATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        // One transaction: a checksum is never updated without the rows split out of its script.
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            String table = historyTable(connection, context.getConfiguration());
            if (table == null) {
                return;
            }
            for (Rewritten rewritten : REWRITTEN) {
                // A second server starting at the same moment waits on this row, then updates nothing.
                if (updateChecksum(connection, table, rewritten) == 1) {
                    for (SplitOut split : rewritten.splitOut()) {
                        insertSplitOut(connection, table, rewritten.version(), split);
                    }
                    LOG.info("Flyway history: V{} was written by the per-vendor scripts before they were merged;"
                            + " recorded with the merged script's checksum{}", rewritten.version(),
                            rewritten.splitOut().isEmpty() ? "" : " and " + rewritten.splitOut().stream()
                                    .map(s -> "V" + s.version()).toList() + " as already applied");
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("could not bring a legacy Flyway history up to date", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "legacy migration history";
    }

    /** The quoted, schema-qualified name of Flyway's history table, or null while it does not exist. */
    private static String historyTable(Connection connection, Configuration configuration) throws SQLException {
        String schema = configuration.getDefaultSchema();
        if (schema == null) {
            schema = configuration.getSchemas().length > 0 ? configuration.getSchemas()[0] : connection.getSchema();
        }
        String table = configuration.getTable();
        try (ResultSet tables = connection.getMetaData().getTables(null, schema, table, null)) {
            while (tables.next()) {
                if (table.equals(tables.getString("TABLE_NAME")) && schema.equals(tables.getString("TABLE_SCHEM"))) {
                    return quote(schema) + "." + quote(table);
                }
            }
        }
        return null;
    }

    private static int updateChecksum(Connection connection, String table, Rewritten rewritten) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET \"checksum\" = ?"
                + " WHERE \"version\" = ? AND \"checksum\" = ? AND \"success\" = TRUE")) {
            update.setInt(1, rewritten.checksum());
            update.setString(2, rewritten.version());
            update.setInt(3, rewritten.legacyChecksum());
            return update.executeUpdate();
        }
    }

    private static void insertSplitOut(Connection connection, String table, String fromVersion, SplitOut split)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
                + " \"installed_by\", \"installed_on\", \"execution_time\", \"success\")"
                + " SELECT (SELECT MAX(\"installed_rank\") FROM " + table + ") + 1, ?, ?, 'SQL', ?, ?,"
                + " \"installed_by\", \"installed_on\", 0, TRUE FROM " + table
                + " WHERE \"version\" = ? AND \"success\" = TRUE")) {
            insert.setString(1, split.version());
            insert.setString(2, split.description());
            insert.setString(3, split.script());
            insert.setInt(4, split.checksum());
            insert.setString(5, fromVersion);
            insert.executeUpdate();
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
