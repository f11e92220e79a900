package db.h2;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.tools.TriggerAdapter;

/**
 * The embedded database's guard for published exposure periods: refuses UPDATE and DELETE of a row
 * whose state is {@code published}, as the PostgreSQL trigger of the same migration does. H2 stores
 * this class name in the database file, so it must keep its name and package.
 */
public class PublishedPeriodFrozenTrigger extends TriggerAdapter {
    @Override
    public void fire(java.sql.Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
        if (oldRow != null && "published".equals(oldRow.getString("STATE"))) {
            // 42501: the SQLSTATE PostgreSQL gives, so that callers see a permission error on both stores.
            throw new SQLException("exposure_period: a published period cannot be changed: "
                    + (newRow == null ? "DELETE" : "UPDATE") + " refused", "42501");
        }
    }
}
