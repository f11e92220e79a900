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

/** {@code import-cases}: a hotline export into a store that holds one imported village. */
class ImportCasesCommandTest {
    static final String HEADER = "工单编号,来电时间,诉求类别,诉求内容,紧急程度,经度,纬度,坐标系,位置描述,联系人,联系电话";

    @TempDir
    Path tempDir;

    @Test
    void importsTheGoodRowsReportsTheBadOnesAndExitsZero() throws IOException {
        CommandLineForTest cli = villageStore();
        Path export = Files.write(tempDir.resolve("hotline.csv"), String.join("\n",
                HEADER,
                "RX-1,2026-11-20 09:30:00,B0101,井盖缺失,紧急,116.75,39.74,,,张三,13812345678",
                "RX-2,2026-11-20 09:40:00,B0101,井盖缺失,一般,116.3,39.9,,,,",
                "RX-3,2026-11-20 09:50:00,没有这个类别,井盖缺失,一般,116.75,39.74,,,,",
                "").getBytes(Charset.forName("GBK")));

        CommandLineForTest.Result first = cli.run("import-cases", "--file", export.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("已读取 hotline.csv（GBK）：3 行")
                .contains("导入 1 件，已存在 0 件，失败 2 件")
                .contains("第 3 行（RX-2）：位置 116.3, 39.9（wgs84）不在本区的数据范围内")
                .contains("第 4 行（RX-3）：无法识别的诉求类别 '没有这个类别'");
        assertThat(cli.jdbc().queryForObject("SELECT reporter_name FROM city_case WHERE external_id = 'RX-1'", String.class))
                .isEqualTo("张三");

        CommandLineForTest.Result again = cli.run("import-cases", "--file", export.toString(), "--encoding", "gbk");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("导入 0 件，已存在 1 件，失败 2 件");
        assertThat(cli.jdbc().queryForObject("SELECT COUNT(*) FROM city_case", Long.class)).isEqualTo(1);
    }

    @Test
    void anUnreadableFileExitsOneAndAWrongOptionTwo() throws IOException {
        CommandLineForTest cli = new CommandLineForTest(Database.H2GIS, tempDir.resolve("data"));
        Path broken = Files.writeString(tempDir.resolve("broken.csv"), "编号,内容\nRX-1,井盖缺失\n", StandardCharsets.UTF_8);

        CommandLineForTest.Result unreadable = cli.run("import-cases", "--file", broken.toString());
        assertThat(unreadable.exitCode()).isEqualTo(CommandLine.FAILED);
        assertThat(unreadable.err()).contains("导入失败：broken.csv：第 1 行：表头中没有任何可识别的列")
                .contains("数据未作任何改动");

        CommandLineForTest.Result badOption = cli.run("import-cases", "--file", broken.toString(), "--encoding", "latin1");
        assertThat(badOption.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(badOption.err()).contains("无法识别的编码 'latin1'").contains("用法：java -jar luodian.jar import-cases");
    }

    /** A store with 通州区 > 漷县镇 > 长凌营村 as one square, imported with the {@code import} command. */
    private CommandLineForTest villageStore() throws IOException {
        CommandLineForTest cli = new CommandLineForTest(Database.H2GIS, tempDir.resolve("data"));
        CommandLineForTest.Result imported = cli.importAdminSquare(tempDir);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        return cli;
    }
}
