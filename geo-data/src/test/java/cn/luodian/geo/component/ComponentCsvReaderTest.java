package cn.luodian.geo.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.io.ImportException;
import cn.luodian.geo.io.TextEncoding;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class ComponentCsvReaderTest {
    static final ComponentCategories CATEGORIES = ComponentCategories.of(Map.of(
            "B0101", "上水井盖", "B0112", "路灯", "B0208", "道路护栏"));
    static final ComponentFileReader READER = new ComponentFileReader(CATEGORIES, ComponentStatuses.DEFAULTS, LocalDate.of(2026, 12, 7));
    private static final String HEADER = "部件编码,小类,名称,经度,纬度,状态,权属单位,养护单位,普查日期,来源,备注\n";

    static List<Component> read(String text, Charset charset, Datum datum) {
        byte[] bytes = text.getBytes(charset);
        return READER.readCsv(() -> new ByteArrayInputStream(bytes), "部件.csv", datum, null);
    }

    static ComponentImportException refusal(String text) {
        return catchThrowableOfType(ComponentImportException.class, () -> read(text, StandardCharsets.UTF_8, Datum.WGS84));
    }

    @Test
    void readsChineseColumnsInUtf8() {
        List<Component> components = read(HEADER
                + "1101120101000001,B0101,新华大街上水井盖,116.6561,39.9042,破损,通州区自来水公司,管网所,2026-05-01,普查,\"东侧，近路口\"\n"
                + "\n"
                + "1101120112000001,,,116.6570,39.9050,,,,,,\n", StandardCharsets.UTF_8, Datum.WGS84);
        assertThat(components).hasSize(2);
        Component cover = components.get(0);
        assertThat(cover.code().value()).isEqualTo("1101120101000001");
        assertThat(cover.name()).isEqualTo("新华大街上水井盖");
        assertThat(cover.status()).isEqualTo("破损");
        assertThat(cover.ownerUnit()).isEqualTo("通州区自来水公司");
        assertThat(cover.maintainerUnit()).isEqualTo("管网所");
        assertThat(cover.surveyedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(cover.notes()).isEqualTo("东侧，近路口");
        assertThat(cover.geometry().getCoordinate()).isEqualTo(new Coordinate(116.6561, 39.9042));
        Component lamp = components.get(1);
        assertThat(lamp.name()).as("the 小类's name when the file gives none").isEqualTo("路灯");
        assertThat(lamp.status()).as("the first status when the file gives none").isEqualTo("完好");
        assertThat(lamp.surveyedOn()).isNull();
    }

    @Test
    void readsEnglishColumnsInGbkWithAnOffsetDatumAndWktLines() {
        List<Component> components = read("code,category,name,lon,lat,wkt,status,surveyed\r\n"
                + "1101120101000002,上水井盖,井盖,116.6624,39.9056,,丢失,2026/5/3\r\n"
                + "1101120208000001,B0208,护栏,,,\"LINESTRING (116.66 39.90, 116.67 39.90)\",完好,20260504\r\n",
                TextEncoding.GBK, Datum.GCJ02);
        assertThat(components).hasSize(2);
        assertThat(components.get(0).geometry().getCoordinate()).isEqualTo(Datum.GCJ02.toWgs84(116.6624, 39.9056));
        assertThat(components.get(0).status()).isEqualTo("丢失");
        assertThat(components.get(1).geometry().getGeometryType()).isEqualTo("LineString");
        assertThat(components.get(1).geometry().getCoordinates()[1]).isEqualTo(Datum.GCJ02.toWgs84(116.67, 39.90));
        assertThat(components.get(1).surveyedOn()).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void takesAByteOrderMark() {
        assertThat(read("\uFEFF" + HEADER + "1101120101000001,,,116.65,39.90,,,,,,\n", StandardCharsets.UTF_8, Datum.WGS84)).hasSize(1);
    }

    @Test
    void listsEveryBadLineAndReturnsNothing() {
        ComponentImportException refused = refusal(HEADER
                + "1101120101000001,,,116.65,39.90,,,,,,\n"
                + "1101120101000002,,,abc,39.90,,,,,,\n"
                + "1101120101000003,,,116.65,39.90,不见了,,,,,\n"
                + "1101120101000001,,,116.65,39.90,,,,,,\n"
                + "1101120101000004,B0112,,116.65,39.90,,,,,,\n"
                + "1101120101000005,,,39.90,116.65,,,,,,\n"
                + "1101120101000006,,,116.65,39.90,,,,2027-01-01,,\n"
                + "1101120101000007,,,116.65,39.90,,水\u0001务,,,,\n"
                + "1101120301000001,,,116.65,39.90,,,,,,\n"
                + "1101120101000008,,,116.65,39.90,,,,,,,,\n");
        assertThat(refused.totalErrors()).isEqualTo(9);
        assertThat(refused.errors()).extracting(ImportException::getMessage).containsExactly(
                "部件.csv：第 3 行：经度 'abc' 不是数字",
                "部件.csv：第 4 行：部件状态 '不见了' 不在状态列表中：应为 完好、破损、丢失、占用、废弃",
                "部件.csv：第 5 行：部件标识码 1101120101000001 重复：第 2 行已有",
                "部件.csv：第 6 行：小类 'B0112' 与部件标识码 1101120101000004 中的小类 B0101（上水井盖）不符",
                "部件.csv：第 7 行：坐标 (39.9, 116.65) 超出 wgs84 经纬度的范围（是否经纬度颠倒，或是投影坐标？）",
                "部件.csv：第 8 行：普查日期 2027-01-01 不合理：应在 1950-01-01 到今天（2026-12-07）之间",
                "部件.csv：第 9 行：权属单位在第 2 个字符处含有控制字符（U+0001）",
                "部件.csv：第 10 行：部件标识码 1101120301000001 的大类 03 不在部件分类中",
                "部件.csv：第 11 行：应有 11 列，实有 13 列（含逗号的值要放在双引号中）");
        assertThat(refused.getMessage()).startsWith("部件.csv：未导入，共 9 处错误\n部件.csv：第 3 行：");
    }

    @Test
    void listsTheFirstHundredErrorsAndCountsTheRest() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= 250; i++) {
            text.append("1101120101").append("%06d".formatted(i)).append(",,,x,39.9,,,,,,\n");
        }
        ComponentImportException refused = refusal(text.toString());
        assertThat(refused.totalErrors()).isEqualTo(250);
        assertThat(refused.errors()).hasSize(ComponentImportErrors.MAX_LISTED);
        assertThat(refused.errors().get(99).location()).isEqualTo("第 101 行");
        assertThat(refused.getMessage()).endsWith("……另有 150 处错误未列出");
    }

    @Test
    void refusesABadHeaderOrAFileThatIsNotCsv() {
        assertThat(refusal("名称,经度,纬度\n井盖,116.65,39.9\n").getMessage())
                .contains("部件.csv：第 1 行：表头缺少部件编码列（按 UTF-8 编码读取）");
        assertThat(refusal("部件编码,名称\n").getMessage()).contains("表头缺少经度和纬度（或几何）列");
        assertThat(refusal("部件编码,code,经度,纬度\n").getMessage()).contains("表头中部件编码出现了两次（第 1 列和第 2 列）");
        assertThat(refusal("").getMessage()).contains("部件.csv：文件为空");
        ComponentImportException workbook = catchThrowableOfType(ComponentImportException.class, () -> READER.readCsv(
                () -> new ByteArrayInputStream(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2}), "部件.xlsx", Datum.WGS84, null));
        assertThat(workbook.getMessage()).contains("这是电子表格工作簿，不是 CSV 文件");
    }

    @Test
    void refusesAFileWithMoreComponentsThanTheLimit() {
        ComponentFileReader small = new ComponentFileReader(CATEGORIES, ComponentStatuses.DEFAULTS, LocalDate.of(2026, 12, 7), 2);
        byte[] bytes = (HEADER + "1101120101000001,,,116.65,39.9,,,,,,\n1101120101000002,,,116.65,39.9,,,,,,\n"
                + "1101120101000003,,,116.65,39.9,,,,,,\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.readCsv(() -> new ByteArrayInputStream(bytes), "部件.csv", Datum.WGS84, null))
                .isInstanceOf(ComponentImportException.class).hasMessageContaining("一个文件最多 2 个部件");
    }
}
