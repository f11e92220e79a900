package cn.luodian.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.storage.Database;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code import-components}: a component inventory into the demo store, and its exit codes. */
class ImportComponentsCommandTest {
    static final String HEADER = "部件编码,名称,经度,纬度,状态,权属单位";
    // In 漷县镇 of the demo region.
    static final String POINT = "116.7726,39.7588";

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Database.class)
    void importsAFileThenReplacesA小类AndExitsZero(Database database) throws IOException {
        CommandLineForTest cli = new CommandLineForTest(database, tempDir.resolve("data"));
        Path early = Files.writeString(tempDir.resolve("早.csv"), HEADER + "\n1101120101000001,," + POINT + ",完好,\n");
        CommandLineForTest.Result beforeTheLayers = cli.run("import-components", "--file", early.toString());
        assertThat(beforeTheLayers.exitCode()).isEqualTo(CommandLine.FAILED);
        assertThat(beforeTheLayers.err()).contains("早.csv：还没有行政区划图层");
        assertThat(cli.importAdminSquare(tempDir).exitCode()).isZero();
        Path first = Files.write(tempDir.resolve("井盖.csv"), String.join("\n", HEADER,
                "1101120101000001,," + POINT + ",完好,通州区水务局",
                "1101120101000002,," + POINT + ",破损,通州区水务局", "").getBytes(Charset.forName("GBK")));
        Path second = Files.write(tempDir.resolve("井盖2.csv"), String.join("\n", HEADER,
                "1101120101000001,," + POINT + ",丢失,通州区水务局", "").getBytes(StandardCharsets.UTF_8));

        CommandLineForTest.Result imported = cli.run("import-components", "--file", first.toString());
        CommandLineForTest.Result replaced = cli.run("import-components", "--file", second.toString(), "--replace-category", "B0101");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("已读取 井盖.csv：2 个部件").contains("新增 2 个，更新 0 个");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("更新 1 个（状态变更 1 个，位置变更 0 个），未变 0 个，删除 1 个");
        assertThat(cli.jdbc().queryForList("SELECT status FROM component", String.class)).containsExactly("丢失");
        assertThat(cli.jdbc().queryForList("SELECT kind FROM component_change WHERE component_code = '1101120101000001' ORDER BY id",
                String.class)).containsExactly("created", "status");
    }

    @Test
    void aRefusedFileExitsOneAndWrongOptionsTwo() throws IOException {
        CommandLineForTest cli = new CommandLineForTest(Database.H2GIS, tempDir.resolve("data"));
        assertThat(cli.importAdminSquare(tempDir).exitCode()).isZero();
        Path broken = Files.write(tempDir.resolve("部件.csv"), String.join("\n", HEADER,
                "1101120101000001,," + POINT + ",完好,",
                "1101120101000002,," + POINT + ",不知道,", "").getBytes(StandardCharsets.UTF_8));

        CommandLineForTest.Result refused = cli.run("import-components", "--file", broken.toString());
        assertThat(refused.exitCode()).isEqualTo(CommandLine.FAILED);
        assertThat(refused.err()).contains("导入失败：部件.csv：未导入，共 1 处错误").contains("部件.csv：第 3 行：")
                .contains("数据未作任何改动");
        assertThat(cli.jdbc().queryForObject("SELECT COUNT(*) FROM component", Long.class)).isZero();

        CommandLineForTest.Result both = cli.run("import-components", "--file", broken.toString(),
                "--replace-category", "B0101", "--replace-township", "110112106");
        assertThat(both.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(both.err()).contains("只能选一个").contains("用法：java -jar luodian.jar import-components");
        CommandLineForTest.Result badTownship = cli.run("import-components", "--file", broken.toString(), "--replace-township", "漷县镇");
        assertThat(badTownship.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(badTownship.err()).contains("乡镇街道代码 '漷县镇' 的格式不对");
        CommandLineForTest.Result unknown = cli.run("import-component", "--file", broken.toString());
        assertThat(unknown.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(unknown.err()).contains("import-components");
    }
}
