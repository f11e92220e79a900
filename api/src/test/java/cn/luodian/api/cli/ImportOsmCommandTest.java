package cn.luodian.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** import-osm on the tiny real-format PBF fixture of geo-data, into H2GIS and PostGIS. */
class ImportOsmCommandTest {
    static final Path FIXTURE = Path.of("../geo-data/src/test/resources/osm/tongzhou-mini.osm.pbf");
    static final Path CODES = Path.of("../geo-data/src/main/resources/cn/luodian/geo/demo/tongzhou_streets.csv");
    static final Path VILLAGES = Path.of("../geo-data/src/main/resources/cn/luodian/geo/demo/tongzhou_villages.csv");

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Database.class)
    void importsAdminRoadsWaterwaysAndLandmarks(Database database) {
        CommandLineForTest cli = new CommandLineForTest(database, tempDir.resolve("data"));
        assertThat(cli.run("import-codes", "--file", CODES.toString()).exitCode()).isZero();
        assertThat(cli.run("import-codes", "--file", VILLAGES.toString()).exitCode()).isZero();

        CommandLineForTest.Result result = cli.run("import-osm", "--file", FIXTURE.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("已从 tongzhou-mini.osm.pbf 导入 3 个 admin 要素")
                .contains("导入 3 个 roads 要素").contains("导入 3 个 waterways 要素")
                .contains("导入 2 个 landmarks 要素")
                .contains("说明：已跳过 relation").contains("小王庄村");
        var jdbc = cli.jdbc();
        assertThat(jdbc.queryForList("SELECT code FROM admin_area ORDER BY code", String.class))
                .containsExactly("110112", "110112106", "110112106213");
        assertThat(jdbc.queryForObject("SELECT name FROM admin_area WHERE code = '110112106'", String.class)).isEqualTo("漷县镇");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM waterway WHERE name = '北运河'", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM road WHERE name = '长凌营环路'", Long.class)).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFileThatIsNotAPbfChangesNothing(Database database) throws IOException {
        CommandLineForTest cli = new CommandLineForTest(database, tempDir.resolve("data"));
        assertThat(cli.run("import-osm", "--file", FIXTURE.toString()).exitCode()).isZero();
        Path text = Files.writeString(tempDir.resolve("region.osm.pbf"), "<osm version=\"0.6\"></osm>");

        CommandLineForTest.Result result = cli.run("import-osm", "--file", text.toString(), "--replace");

        assertThat(result.exitCode()).isEqualTo(CommandLine.FAILED);
        assertThat(result.err()).contains("region.osm.pbf：不是 OpenStreetMap PBF 文件").contains("数据未作任何改动");
        assertThat(cli.jdbc().queryForObject("SELECT COUNT(*) FROM road", Long.class)).isEqualTo(3);
    }
}
