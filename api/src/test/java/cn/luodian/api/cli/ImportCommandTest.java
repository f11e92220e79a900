package cn.luodian.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.api.storage.Database;
import cn.luodian.geo.crs.Datum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;

class ImportCommandTest {
    @TempDir
    Path tempDir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(tempDir.resolve(name), content);
    }

    private static String road(String properties, double lon, double lat) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[" + lon + "," + lat + "],[" + (lon + 0.01) + "," + lat + "]]}}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static Stream<Arguments> databasesAndDatums() {
        return Stream.of(Database.values()).flatMap(db -> Stream.of(Datum.values()).map(datum -> Arguments.of(db, datum)));
    }

    @ParameterizedTest
    @MethodSource("databasesAndDatums")
    void importsRoadsInAnyDatumAsWgs84(Database database, Datum datum) throws IOException {
        CommandLineForTest cli = new CommandLineForTest(database, tempDir.resolve("data"));
        Coordinate shifted = datum.fromWgs84(116.75, 39.75);
        Path file = write("roads.geojson", collection(
                road("{\"name\":\"长凌营环路\",\"class\":\"residential\"}", shifted.x, shifted.y),
                road("{\"class\":\"track\"}", shifted.x, shifted.y + 0.01)));

        CommandLineForTest.Result result = cli.run("import", "--layer", "roads", "--file", file.toString(),
                "--crs", datum.parameterName());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("已从 roads.geojson 导入 2 个 roads 要素（追加）");
        Map<String, Object> start = cli.jdbc().queryForMap(
                "SELECT ST_X(ST_StartPoint(geom)) AS lon, ST_Y(ST_StartPoint(geom)) AS lat FROM road WHERE name = '长凌营环路'");
        assertThat(((Number) start.get("lon")).doubleValue()).isCloseTo(116.75, within(1e-7));
        assertThat(((Number) start.get("lat")).doubleValue()).isCloseTo(39.75, within(1e-7));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aBadFeatureAbortsTheImportAndChangesNothing(Database database) throws IOException {
        CommandLineForTest cli = new CommandLineForTest(database, tempDir.resolve("data"));
        Path good = write("good.geojson", collection(road("{\"name\":\"张采路\",\"class\":\"primary\"}", 116.7, 39.8)));
        assertThat(cli.run("import", "--layer", "roads", "--file", good.toString()).exitCode()).isZero();

        Path bad = write("bad.geojson", collection(
                road("{\"name\":\"a\",\"class\":\"primary\"}", 116.7, 39.8),
                road("{\"name\":\"b\",\"class\":\"primary\"}", 116.7, 39.81),
                road("{\"name\":\"c\"}", 116.7, 39.82)));
        CommandLineForTest.Result result = cli.run("import", "--layer", "roads", "--file", bad.toString(), "--replace");

        assertThat(result.exitCode()).isEqualTo(CommandLine.FAILED);
        assertThat(result.err()).contains("导入失败：bad.geojson：第 3 个要素：缺少必填属性 'class'")
                .contains("数据未作任何改动");
        assertThat(cli.jdbc().queryForList("SELECT name FROM road", String.class)).containsExactly("张采路");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void importsTheOfficialCodes(Database database) {
        CommandLineForTest cli = new CommandLineForTest(database, tempDir.resolve("data"));
        Path csv = Path.of("../geo-data/src/main/resources/cn/luodian/geo/demo/tongzhou_villages.csv");

        CommandLineForTest.Result result = cli.run("import-codes", "--file", csv.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("导入 656 个 division-codes 要素");
        assertThat(cli.jdbc().queryForObject("SELECT bare_name FROM division_code WHERE code = '110112106213'", String.class))
                .isEqualTo("长凌营村");
    }

    @Test
    void gridCellsWithoutVillageCodeGetTheVillageThatContainsThem() throws IOException {
        CommandLineForTest cli = new CommandLineForTest(Database.H2GIS, tempDir.resolve("data"));
        Path admin = write("admin.geojson", collection(
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"110112106213\",\"name\":\"长凌营村\",\"level\":\"village\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[116.7,39.7],[116.8,39.7],[116.8,39.8],[116.7,39.8],[116.7,39.7]]]}}"));
        Path grid = write("grid.geojson", collection(
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"110112106213001\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[116.7,39.7],[116.701,39.7],[116.701,39.701],[116.7,39.701],[116.7,39.7]]]}}",
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"110112106214001\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[116.9,39.7],[116.901,39.7],[116.901,39.701],[116.9,39.701],[116.9,39.7]]]}}"));
        assertThat(cli.run("import", "--layer", "admin", "--file", admin.toString()).exitCode()).isZero();

        CommandLineForTest.Result outside = cli.run("import", "--layer", "grid", "--file", grid.toString());
        assertThat(outside.exitCode()).isEqualTo(CommandLine.FAILED);
        assertThat(outside.err()).contains("第 2 个要素：单元网格 110112106214001 没有 villageCode，也不在任何已导入的村/社区内");

        Path inside = write("grid-inside.geojson", collection(
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"110112106213001\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[116.7,39.7],[116.701,39.7],[116.701,39.701],[116.7,39.701],[116.7,39.7]]]}}"));
        assertThat(cli.run("import", "--layer", "grid", "--file", inside.toString()).exitCode()).isZero();
        assertThat(cli.jdbc().queryForObject("SELECT village_code FROM grid_cell", String.class)).isEqualTo("110112106213");
    }

    @Test
    void usageErrorsSayWhatIsWrong() throws IOException {
        CommandLineForTest cli = new CommandLineForTest(Database.H2GIS, tempDir.resolve("data"));
        Path file = write("x.geojson", collection());

        assertThat(cli.run("imprt").err()).contains("未知命令 'imprt'");
        assertThat(cli.run("import", "--layer", "roads").err()).contains("缺少选项 --file");
        assertThat(cli.run("import", "--layer", "rivers", "--file", file.toString()).err())
                .contains("没有图层 'rivers'：应为 admin、grid、roads、waterways、landmarks");
        CommandLineForTest.Result crs = cli.run("import", "--layer", "roads", "--file", file.toString(), "--crs", "utm");
        assertThat(crs.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(crs.err()).contains("未知的坐标系 'utm'").contains("用法：java -jar luodian.jar import");
        assertThat(cli.run("import", "--layer", "roads", "--file", tempDir.resolve("missing.geojson").toString()).err())
                .contains("文件不存在");
    }
}
