package cn.luodian.api.system;

import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Stops a migration that would run with another vendor's SQL spellings. The common migrations'
 * placeholders come from application.properties (H2) or the postgis profile, not from the database
 * Flyway is connected to, so a PostgreSQL URL without that profile would otherwise fail on a syntax
 * error in the middle of V1. Checked only when a migration is about to run: a store with nothing to
 * migrate starts as before, whatever the profile.
 */
@Component
public class MigrationPlaceholderCheck implements Callback {
    /** Which vendor the placeholder values are written for: h2 or postgresql, as Flyway's {vendor}. */
    static final String VENDOR_PLACEHOLDER = "vendor";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String writtenFor = context.getConfiguration().getPlaceholders().get(VENDOR_PLACEHOLDER);
        if (writtenFor == null) {
            return;
        }
        String database;
        try {
            database = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new FlywayException("could not tell which database the migrations run on", e);
        }
        if (!database.equals(writtenFor)) {
            throw new FlywayException("The migrations' placeholders (spring.flyway.placeholders.*) are written for "
                    + writtenFor + " but the database is " + database + "; a PostgreSQL store needs"
                    + " --spring.profiles.active=postgis. Nothing of V" + context.getMigrationInfo().getVersion()
                    + " was run.");
        }
    }

    @Override
    public String getCallbackName() {
        return "migration placeholder check";
    }
}
