package cn.luodian.api.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one set of migrations (db/migration/common with the vendor folders and placeholders) builds
 * on each store exactly the schema the per-vendor scripts built before.
 */
class MigrationsTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Database.class)
    void aNewStoreGetsTheSchemaOfTheLegacyScripts(Database database) {
        DataSource legacy = StoreForTest.emptyDatabase(database, tempDir.resolve("legacy"));
        MigrationsForTest.migrateWithLegacyScripts(database, legacy);
        // The migrations added since the per-vendor scripts apply to a legacy store as to any other.
        MigrationsForTest.applicationFlyway(database, legacy).migrate();
        DataSource merged = StoreForTest.emptyDatabase(database, tempDir.resolve("merged"));

        MigrateResult result = MigrationsForTest.applicationFlyway(database, merged).migrate();

        assertThat(result.migrations).extracting(m -> m.version)
                .containsExactly("0.1", "1", "2", "3", "3.1", "4", "5", "10", "20", "30", "40", "41", "42", "43", "44", "45", "46");
        List<String> schema = MigrationsForTest.schema(database, new JdbcTemplate(merged));
        assertThat(schema).isEqualTo(MigrationsForTest.schema(database, new JdbcTemplate(legacy)));
        // The comparison covers what differs between the vendors' spellings.
        assertThat(schema).anyMatch(line -> line.contains("AUDIT_LOG_NO_UPDATE_OR_DELETE")
                || line.contains("audit_log_no_update_or_delete"));
        assertThat(schema).anyMatch(line -> line.contains("ADMIN_AREA_GEOM") || line.contains("admin_area_geom"));
        assertThat(schema).anyMatch(line -> line.toUpperCase().contains("SNAPSHOT"));
    }

    /** Stores are pointed at PostgreSQL with a URL alone, too: the database picks the SQL, not the profile. */
    @ParameterizedTest
    @EnumSource(Database.class)
    void theSchemaDoesNotDependOnThePostgisProfile(Database database) {
        DataSource legacy = StoreForTest.emptyDatabase(database, tempDir.resolve("legacy"));
        MigrationsForTest.migrateWithLegacyScripts(database, legacy);
        MigrationsForTest.applicationFlyway(database, legacy).migrate();
        DataSource merged = StoreForTest.emptyDatabase(database, tempDir.resolve("merged"));
        String[] otherProfiles = database == Database.POSTGIS ? new String[0] : new String[] {"postgis"};

        MigrationsForTest.applicationFlyway(merged, otherProfiles).migrate();

        assertThat(MigrationsForTest.schema(database, new JdbcTemplate(merged)))
                .isEqualTo(MigrationsForTest.schema(database, new JdbcTemplate(legacy)));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theAuditLogRefusesChangesInANewAndInALegacyStore(Database database) {
        DataSource legacy = StoreForTest.emptyDatabase(database, tempDir.resolve("legacy"));
        MigrationsForTest.migrateWithLegacyScripts(database, legacy);
        MigrationsForTest.applicationFlyway(database, legacy).migrate();
        DataSource merged = StoreForTest.emptyDatabase(database, tempDir.resolve("merged"));
        MigrationsForTest.applicationFlyway(database, merged).migrate();

        for (DataSource store : List.of(legacy, merged)) {
            JdbcTemplate jdbc = new JdbcTemplate(store);
            jdbc.update("INSERT INTO audit_log (at, actor, action, entity_type, entity_id, detail)"
                    + " VALUES (CURRENT_TIMESTAMP, 'zuoxi', 'case.create', 'case', '1', '{}')");
            assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET actor = 'someone-else'"))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log"))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            if (database == Database.POSTGIS) {
                assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_log"))
                        .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
            }
            assertThat(jdbc.queryForList("SELECT actor FROM audit_log", String.class)).containsExactly("zuoxi");
        }
    }
}
