package cn.luodian.api.storage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.system.LegacyMigrationHistory;
import cn.luodian.api.system.VendorPlaceholders;
import db.migration.h2.V0_1__Load_h2gis_functions;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema migrations as the application runs them, the per-vendor scripts that came before them,
 * and what a migrated schema consists of.
 */
public final class MigrationsForTest {

    private MigrationsForTest() {
    }

    /** The vendor folder, as Flyway's {vendor} names it. */
    public static String vendor(Database database) {
        return database == Database.H2GIS ? "h2" : "postgresql";
    }

    /**
     * The application's Flyway, configured by Spring Boot from application.properties (and the postgis
     * profile's on PostGIS, as the README starts it) and the application's Flyway beans; not run yet.
     */
    public static Flyway applicationFlyway(Database database, DataSource dataSource) {
        return database == Database.POSTGIS ? applicationFlyway(dataSource, "postgis") : applicationFlyway(dataSource);
    }

    /** The application's Flyway with these profiles active. */
    public static Flyway applicationFlyway(DataSource dataSource, String... profiles) {
        AtomicReference<Flyway> flyway = new AtomicReference<>();
        ApplicationContextRunner runner = new ApplicationContextRunner();
        if (profiles.length > 0) {
            runner = runner.withPropertyValues("spring.profiles.active=" + String.join(",", profiles));
        }
        runner.withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
                .withBean(DataSource.class, () -> dataSource)
                .withBean(LegacyMigrationHistory.class)
                .withBean(VendorPlaceholders.class)
                // Not at start-up: the caller migrates (or validates) when it wants to.
                .withBean(FlywayMigrationStrategy.class, () -> configured -> { })
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    flyway.set(context.getBean(Flyway.class));
                });
        return flyway.get();
    }

    /**
     * Migrates with the per-vendor scripts of before the merge (copies under
     * src/test/resources/db/legacy-migration), as the stores made then were migrated.
     */
    public static void migrateWithLegacyScripts(Database database, DataSource dataSource) {
        FluentConfiguration legacy = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/legacy-migration/" + vendor(database));
        if (database == Database.H2GIS) {
            // H2's Java migration V0.1 is the same class before and after; only its folder is shared.
            legacy.javaMigrations(new V0_1__Load_h2gis_functions());
        }
        legacy.load().migrate();
    }

    /** One row of Flyway's history table. */
    public record HistoryRow(int installedRank, String version, String description, String type, String script,
            Integer checksum, String installedBy, Timestamp installedOn, int executionTimeMillis, boolean success) {
    }

    public static List<HistoryRow> history(JdbcTemplate jdbc) {
        return jdbc.query("SELECT \"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
                        + " \"installed_by\", \"installed_on\", \"execution_time\", \"success\""
                        + " FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"",
                (rs, row) -> new HistoryRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Integer) rs.getObject(6), rs.getString(7), rs.getTimestamp(8), rs.getInt(9),
                        rs.getBoolean(10)));
    }

    /**
     * Everything the migrations define in the current schema, one sorted line per column, constraint
     * column, index (column), trigger and own function, for comparing two databases of one vendor.
     * Catalog names (the database's name) are left out.
     */
    public static List<String> schema(Database database, JdbcTemplate jdbc) {
        List<String> queries = new ArrayList<>(List.of(
                "SELECT * FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA",
                "SELECT * FROM information_schema.key_column_usage WHERE table_schema = CURRENT_SCHEMA",
                "SELECT * FROM information_schema.referential_constraints WHERE constraint_schema = CURRENT_SCHEMA"));
        if (database == Database.H2GIS) {
            queries.addAll(List.of(
                    "SELECT * FROM information_schema.table_constraints WHERE table_schema = CURRENT_SCHEMA",
                    "SELECT * FROM information_schema.indexes WHERE table_schema = CURRENT_SCHEMA",
                    "SELECT * FROM information_schema.index_columns WHERE table_schema = CURRENT_SCHEMA",
                    "SELECT * FROM information_schema.triggers WHERE trigger_schema = CURRENT_SCHEMA"));
        } else {
            queries.addAll(List.of(
                    // information_schema has neither geometry typmods nor TRUNCATE triggers.
                    "SELECT f_table_name, f_geometry_column, coord_dimension, srid, type FROM geometry_columns",
                    "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = CURRENT_SCHEMA",
                    "SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t"
                            + " JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal",
                    "SELECT sequencename, data_type, start_value, increment_by, cache_size FROM pg_sequences"
                            + " WHERE schemaname = CURRENT_SCHEMA",
                    // Functions the migrations made, not the postgis extension's.
                    "SELECT p.proname, pg_get_functiondef(p.oid) FROM pg_proc p"
                            + " WHERE p.pronamespace = CURRENT_SCHEMA::regnamespace AND NOT EXISTS (SELECT 1"
                            + " FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')",
                    "SELECT extname FROM pg_extension"));
        }
        List<String> lines = new ArrayList<>();
        for (String query : queries) {
            for (Map<String, Object> row : jdbc.queryForList(query)) {
                Map<String, Object> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                row.forEach((column, value) -> {
                    if (!column.toLowerCase().endsWith("catalog")) {
                        sorted.put(column, value);
                    }
                });
                lines.add(query.substring(query.indexOf("FROM ") + 5).split(" ")[0] + " " + sorted);
            }
        }
        lines.sort(null);
        return lines;
    }
}
