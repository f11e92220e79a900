package cn.luodian.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.storage.Database;
import cn.luodian.api.storage.MigrationsForTest;
import cn.luodian.api.storage.StoreForTest;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The placeholders of one vendor never run on the other's database; stores with nothing to migrate do not care. */
class MigrationPlaceholderCheckTest {
    @TempDir
    Path tempDir;

    private static Database other(Database database) {
        return database == Database.H2GIS ? Database.POSTGIS : Database.H2GIS;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aNewStoreWithTheOtherVendorsPlaceholdersIsLeftEmpty(Database database) {
        DataSource store = StoreForTest.emptyDatabase(database, tempDir);

        assertThatThrownBy(() -> MigrationsForTest.applicationFlyway(other(database), store).migrate())
                .hasMessageContaining("placeholders").hasMessageContaining("--spring.profiles.active=postgis");

        MigrateResult result = MigrationsForTest.applicationFlyway(database, store).migrate();
        assertThat(result.migrationsExecuted).isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aMigratedStoreStartsWithEitherPlaceholders(Database database) {
        DataSource legacy = StoreForTest.emptyDatabase(database, tempDir.resolve("legacy"));
        MigrationsForTest.migrateWithLegacyScripts(database, legacy);
        DataSource merged = StoreForTest.emptyDatabase(database, tempDir.resolve("merged"));
        MigrationsForTest.applicationFlyway(database, merged).migrate();

        for (DataSource store : new DataSource[] {legacy, merged}) {
            assertThat(MigrationsForTest.applicationFlyway(other(database), store).migrate().migrationsExecuted).isZero();
            assertThat(new JdbcTemplate(store).queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\""
                    + " WHERE NOT \"success\"", Integer.class)).isZero();
        }
    }
}
