package cn.luodian.api.storage;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A migrated, empty store on H2GIS (in a temp dir) or PostGIS, without starting Spring. */
public record StoreForTest(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transactions) {

    public static StoreForTest create(Database database, Path tempDir) {
        DriverManagerDataSource dataSource = emptyDatabase(database, tempDir);
        MigrationsForTest.applicationFlyway(database, dataSource).migrate();
        return new StoreForTest(dataSource, new JdbcTemplate(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    /** A database with nothing in it: the file {@code luodian} in this directory, or a new PostGIS database. */
    public static DriverManagerDataSource emptyDatabase(Database database, Path tempDir) {
        return switch (database) {
            case H2GIS -> new DriverManagerDataSource("jdbc:h2:file:" + tempDir.resolve("luodian"), "luodian", "");
            case POSTGIS -> new DriverManagerDataSource(PostgisForTest.get().createDatabase(), "postgres", "");
        };
    }

    /** Spring properties that point the application at a fresh database of this kind. */
    public static String[] applicationArgs(Database database, Path dataDir) {
        return switch (database) {
            case H2GIS -> new String[] {"--luodian.data-dir=" + dataDir};
            case POSTGIS -> new String[] {"--luodian.data-dir=" + dataDir, "--spring.profiles.active=postgis",
                    "--spring.datasource.url=" + PostgisForTest.get().createDatabase(),
                    "--spring.datasource.username=postgres", "--spring.datasource.password="};
        };
    }
}
