package db.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The embedded database's guard for {@code audit_log}: refuses every UPDATE and DELETE, as the
 * PostgreSQL trigger of the same migration does. H2 stores this class name in the database file,
 * so it must keep its name and package.
 */
public class AuditLogAppendOnlyTrigger implements Trigger {
    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }
}
