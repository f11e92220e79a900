package cn.luodian.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real OpenStreetMap waterways of western Beijing (ODbL, © OpenStreetMap contributors), read from
 * ../shared at test time and never copied into the repository.
 */
class ImportRealOsmWaterTest {
    static final Path WATER = Path.of("../../shared/geo-data/osm-derived-tianye/beijing-water.geojson");

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Database.class)
    void importsEveryFeatureAndFindsTheBeiyunRiver(Database database) {
        if (!Files.isRegularFile(WATER)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + WATER.toAbsolutePath() + " is missing");
            }
            System.err.println("\n*** SKIPPING real OSM water import: " + WATER.toAbsolutePath() + " not found\n");
            Assumptions.abort("no ../shared beside the repository");
        }
        CommandLineForTest cli = new CommandLineForTest(database, tempDir.resolve("data"));

        CommandLineForTest.Result result = cli.run("import", "--layer", "waterways", "--file", WATER.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("已从 beijing-water.geojson 导入 3880 个 waterways 要素");
        var jdbc = cli.jdbc();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM waterway", Long.class)).isEqualTo(3880);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM waterway WHERE waterway_class = 'water'", Long.class)).isEqualTo(2380);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM waterway WHERE waterway_class = 'river'", Long.class)).isEqualTo(603);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM waterway WHERE name = '北运河'", Long.class)).isEqualTo(6);
        // 北运河 flows through Tongzhou: its lines lie east of 116.6E, near 39.9N.
        Double minLon = jdbc.queryForObject("SELECT MIN(ST_XMin(geom)) FROM waterway WHERE name = '北运河'", Double.class);
        assertThat(minLon).isBetween(116.3, 116.8);
    }
}
