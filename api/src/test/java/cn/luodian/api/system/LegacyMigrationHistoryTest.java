package cn.luodian.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.LuodianApplication;
import cn.luodian.api.storage.Database;
import cn.luodian.api.storage.MigrationsForTest;
import cn.luodian.api.storage.MigrationsForTest.HistoryRow;
import cn.luodian.api.storage.StoreForTest;
import cn.luodian.api.system.LegacyMigrationHistory.Rewritten;
import cn.luodian.api.system.LegacyMigrationHistory.SplitOut;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Stores migrated with the per-vendor scripts of before the merge (copies in
 * src/test/resources/db/legacy-migration) keep working: the application starts on them, migrates
 * nothing again, and ends with the history and schema a new store gets.
 */
class LegacyMigrationHistoryTest {
    /** The migrations written after the per-vendor scripts: a legacy store runs them like any store. */
    private static final List<String> NEWER_VERSIONS = List.of("20", "30", "40", "41", "42", "43", "44", "45", "46");
    /** What the legacy scripts ran, in order. */
    private static final Map<Database, List<String>> LEGACY_VERSIONS = Map.of(
            Database.H2GIS, List.of("0.1", "1", "2", "3", "4", "5", "10"),
            Database.POSTGIS, List.of("1", "2", "3", "4", "5", "10"));

    @TempDir
    Path tempDir;

    private DriverManagerDataSource legacyStore(Database database) {
        DriverManagerDataSource store = StoreForTest.emptyDatabase(database, tempDir);
        MigrationsForTest.migrateWithLegacyScripts(database, store);
        return store;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aLegacyStoreMigratesNothingAndEndsWithTheHistoryOfANewStore(Database database) {
        DriverManagerDataSource store = legacyStore(database);
        JdbcTemplate jdbc = new JdbcTemplate(store);
        List<HistoryRow> before = MigrationsForTest.history(jdbc);
        // (H2's history starts with a row without a version: Flyway's note that it made the schema.)
        assertThat(before).extracting(HistoryRow::version).filteredOn(version -> version != null)
                .containsExactlyElementsOf(LEGACY_VERSIONS.get(database));
        Flyway flyway = MigrationsForTest.applicationFlyway(database, store);
        MigrateResult result = flyway.migrate();

        // Only the migrations written after the per-vendor scripts run; what the scripts made stays.
        assertThat(result.migrations).extracting(m -> m.version).containsExactlyElementsOf(NEWER_VERSIONS);
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().all()).extracting(MigrationInfo::getState)
                .allMatch(state -> state == MigrationState.SUCCESS || state == MigrationState.OUT_OF_ORDER);

        List<HistoryRow> after = MigrationsForTest.history(jdbc);
        // The legacy rows stay where they were, as they were, but for the checksums of rewritten scripts.
        assertThat(after.subList(0, before.size())).usingRecursiveFieldByFieldElementComparatorIgnoringFields("checksum")
                .containsExactlyElementsOf(before);
        // Added: the rows of what moved out of V1 and V3, as installed with them, then the newer ones.
        List<HistoryRow> added = after.subList(before.size(), after.size() - NEWER_VERSIONS.size());
        assertThat(added).extracting(HistoryRow::version)
                .containsExactlyElementsOf(database == Database.H2GIS ? List.of("3.1") : List.of("0.1", "3.1"));
        Map<String, HistoryRow> legacyByVersion = byVersion(before);
        for (HistoryRow row : added) {
            HistoryRow from = legacyByVersion.get(row.version().equals("0.1") ? "1" : "3");
            assertThat(row.installedOn()).isEqualTo(from.installedOn());
            assertThat(row.installedBy()).isEqualTo(from.installedBy());
            assertThat(row.success()).isTrue();
        }

        // Exactly what a new store's history says, but for when and by whom.
        DriverManagerDataSource merged = StoreForTest.emptyDatabase(database, tempDir.resolve("merged"));
        MigrationsForTest.applicationFlyway(database, merged).migrate();
        assertThat(comparable(after)).containsExactlyInAnyOrderElementsOf(
                comparable(MigrationsForTest.history(new JdbcTemplate(merged))));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSecondStartFindsNothingToDo(Database database) {
        DriverManagerDataSource store = legacyStore(database);
        JdbcTemplate jdbc = new JdbcTemplate(store);
        MigrationsForTest.applicationFlyway(database, store).migrate();
        List<HistoryRow> once = MigrationsForTest.history(jdbc);

        MigrateResult again = MigrationsForTest.applicationFlyway(database, store).migrate();

        assertThat(again.migrationsExecuted).isZero();
        assertThat(MigrationsForTest.history(jdbc)).isEqualTo(once);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aChecksumOfNoKnownScriptStillFailsValidation(Database database) {
        DriverManagerDataSource store = legacyStore(database);
        JdbcTemplate jdbc = new JdbcTemplate(store);
        // As if V2 had been edited after it ran.
        jdbc.update("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '2'");
        String v2Checksum = "SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = '2'";
        Integer edited = jdbc.queryForObject(v2Checksum, Integer.class);

        assertThatThrownBy(() -> MigrationsForTest.applicationFlyway(database, store).migrate())
                .isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch").hasMessageContaining("version 2");
        assertThat(jdbc.queryForObject(v2Checksum, Integer.class)).isEqualTo(edited);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theServerStartsOnALegacyStore(Database database) {
        DriverManagerDataSource store = legacyStore(database);
        List<HistoryRow> before = MigrationsForTest.history(new JdbcTemplate(store));
        List<String> args = new ArrayList<>(List.of("--luodian.data-dir=" + tempDir, "--server.port=0",
                "--luodian.demo=false"));
        if (database == Database.POSTGIS) {
            args.addAll(List.of("--spring.profiles.active=postgis", "--spring.datasource.url=" + store.getUrl(),
                    "--spring.datasource.username=postgres", "--spring.datasource.password="));
        }

        try (ConfigurableApplicationContext app = SpringApplication.run(LuodianApplication.class,
                args.toArray(String[]::new))) {
            List<HistoryRow> after = MigrationsForTest.history(app.getBean(JdbcTemplate.class));
            assertThat(after).hasSize(before.size() + (database == Database.H2GIS ? 1 : 2) + NEWER_VERSIONS.size());
            assertThat(app.getBean(Flyway.class).info().pending()).isEmpty();
        }
    }

    /** The recognised checksums are the old scripts' and the merged scripts', version by version. */
    @Test
    void theRecognisedChecksumsAreThoseOfTheScripts() {
        Map<String, MigrationInfo> legacyH2 = resolved("classpath:db/legacy-migration/h2");
        Map<String, MigrationInfo> legacyPostgresql = resolved("classpath:db/legacy-migration/postgresql");
        Map<String, MigrationInfo> mergedH2 = resolved("classpath:db/migration/common", "classpath:db/migration/h2");
        Map<String, MigrationInfo> mergedPostgresql = resolved("classpath:db/migration/common",
                "classpath:db/migration/postgresql");

        for (String version : List.of("1", "2", "3", "10")) {
            assertThat(LegacyMigrationHistory.REWRITTEN).filteredOn(r -> r.version().equals(version))
                    .extracting(Rewritten::legacyChecksum)
                    .containsExactly(legacyH2.get(version).getChecksum(), legacyPostgresql.get(version).getChecksum());
            assertThat(LegacyMigrationHistory.REWRITTEN).filteredOn(r -> r.version().equals(version))
                    .extracting(Rewritten::checksum).containsOnly(mergedH2.get(version).getChecksum());
        }
        for (String version : List.of("4", "5")) {
            assertThat(mergedH2.get(version).getChecksum()).isEqualTo(legacyH2.get(version).getChecksum());
            assertThat(mergedPostgresql.get(version).getChecksum())
                    .isEqualTo(legacyPostgresql.get(version).getChecksum());
        }
        List<SplitOut> splitOut = LegacyMigrationHistory.REWRITTEN.stream()
                .flatMap(r -> r.splitOut().stream()).toList();
        assertThat(splitOut).containsExactlyInAnyOrder(
                splitOut(mergedPostgresql.get("0.1")), splitOut(mergedH2.get("3.1")), splitOut(mergedPostgresql.get("3.1")));
    }

    private static SplitOut splitOut(MigrationInfo info) {
        return new SplitOut(info.getVersion().getVersion(), info.getDescription(), info.getScript(), info.getChecksum());
    }

    /** The SQL migrations Flyway finds in these locations, by version (read against an empty H2 in memory). */
    private static Map<String, MigrationInfo> resolved(String... locations) {
        Flyway flyway = Flyway.configure().dataSource("jdbc:h2:mem:", "sa", "").locations(locations).load();
        return byKey(List.of(flyway.info().all()), info -> info.getVersion().getVersion());
    }

    private static Map<String, HistoryRow> byVersion(List<HistoryRow> rows) {
        return byKey(rows.stream().filter(row -> row.version() != null).toList(), HistoryRow::version);
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity()));
    }

    private static List<String> comparable(List<HistoryRow> rows) {
        return rows.stream().map(row -> String.join(" | ", row.version(), row.description(), row.type(), row.script(),
                String.valueOf(row.checksum()), String.valueOf(row.success()))).toList();
    }
}
