package db.migration.h2;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.h2gis.functions.factory.H2GISFunctions;

/**
 * Registers the H2GIS spatial functions (ST_GeomFromWKB, ST_MakeEnvelope …) in a new embedded
 * database. They are stored as aliases in the database file, so this runs once per database.
 * Flyway finds this class by its package, which mirrors the vendor migration folder. PostgreSQL's
 * V0.1 (db/migration/postgresql) creates the postgis extension instead.
 */
public class V0_1__Load_h2gis_functions extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        H2GISFunctions.load(context.getConnection());
    }
}
