package cn.luodian.api.system;

import java.sql.DatabaseMetaData;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Gives the common migrations the SQL spellings of the database Flyway is connected to: the
 * placeholder {@code spatial_index} takes the value of {@code h2.spatial_index} or
 * {@code postgresql.spatial_index} (spring.flyway.placeholders in application.properties).
 *
 * <p>The database decides, as it decides the {vendor} folder, not a profile: stores are pointed at
 * PostgreSQL with or without the postgis profile (a URL alone, as several tests do), and each got
 * PostgreSQL's SQL when the migrations were written per vendor.
 */
@Component
public class VendorPlaceholders implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        String prefix = vendor(configuration.getDataSource()) + ".";
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        configuration.getPlaceholders().forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                placeholders.put(name.substring(prefix.length()), value);
            }
        });
        configuration.placeholders(placeholders);
    }

    /** The vendor's name as Spring Boot spells it in {vendor}: h2, postgresql. */
    private static String vendor(DataSource dataSource) {
        try {
            String url = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
            return DatabaseDriver.fromJdbcUrl(url).getId();
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database the migrations are for", e);
        }
    }
}
