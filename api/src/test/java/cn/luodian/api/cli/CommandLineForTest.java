package cn.luodian.api.cli;

import cn.luodian.api.LuodianApplication;
import cn.luodian.api.storage.Database;
import cn.luodian.api.storage.PostgisForTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Runs the jar's commands in-process against one store (H2GIS data dir or a PostGIS database). */
final class CommandLineForTest {
    final Database database;
    final Path dataDir;
    private final String postgisUrl;

    CommandLineForTest(Database database, Path dataDir) {
        this.database = database;
        this.dataDir = dataDir;
        this.postgisUrl = database == Database.POSTGIS ? PostgisForTest.get().createDatabase() : null;
    }

    record Result(int exitCode, String out, String err) {
    }

    /** The configuration that points the application (server or command) at this store. */
    List<String> applicationArgs() {
        List<String> args = new ArrayList<>();
        args.add("--luodian.data-dir=" + dataDir);
        if (postgisUrl != null) {
            args.addAll(List.of("--spring.profiles.active=postgis", "--spring.datasource.url=" + postgisUrl,
                    "--spring.datasource.username=postgres", "--spring.datasource.password="));
        }
        return args;
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(applicationArgs());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(LuodianApplication.class, all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A connection to the same store, for checking what a command wrote. */
    JdbcTemplate jdbc() {
        DataSource dataSource = postgisUrl != null
                ? new DriverManagerDataSource(postgisUrl, "postgres", "")
                : new DriverManagerDataSource("jdbc:h2:file:" + dataDir.resolve("luodian"), "luodian", "");
        return new JdbcTemplate(dataSource);
    }

    /**
     * Imports one district, township (漷县镇, 110112106) and village over the same square
     * (116.70–116.80, 39.70–39.80) as the admin layer; the GeoJSON file is written to {@code dir}.
     */
    Result importAdminSquare(Path dir) throws IOException {
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[116.70,39.70],[116.80,39.70],[116.80,39.80],[116.70,39.80],[116.70,39.70]]]}";
        StringBuilder features = new StringBuilder();
        String[][] areas = {{"110112", "通州区", "district"}, {"110112106", "漷县镇", "township"}, {"110112106213", "长凌营村", "village"}};
        for (String[] area : areas) {
            features.append(features.isEmpty() ? "" : ",").append("{\"type\":\"Feature\",\"geometry\":").append(square)
                    .append(",\"properties\":{\"code\":\"").append(area[0]).append("\",\"name\":\"").append(area[1])
                    .append("\",\"level\":\"").append(area[2]).append("\"}}");
        }
        Path admin = Files.writeString(dir.resolve("admin.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
        return run("import", "--layer", "admin", "--file", admin.toString());
    }
}
