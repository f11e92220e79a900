package cn.luodian.geo.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.io.ImportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentGeoJsonReaderTest {
    private static final ComponentFileReader READER = ComponentCsvReaderTest.READER;

    private static List<Component> read(String json, Datum datum) {
        return READER.readGeoJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "部件.geojson", datum);
    }

    private static String feature(String geometry, String properties) {
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":{" + properties + "}}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    @Test
    void readsPointsLinesAndPolygonsInAnyDatum() {
        List<Component> components = read(collection(
                feature("{\"type\":\"Point\",\"coordinates\":[116.6624,39.9056]}",
                        "\"部件编码\":\"1101120101000001\",\"名称\":\"井盖\",\"权属单位\":\"水务\",\"普查日期\":\"2026-05-01\""),
                feature("{\"type\":\"LineString\",\"coordinates\":[[116.66,39.90],[116.67,39.90]]}",
                        "\"code\":\"1101120208000001\",\"status\":\"破损\",\"maintainer\":\"公路分局\",\"unknown\":1")),
                Datum.BD09);
        assertThat(components).hasSize(2);
        assertThat(components.get(0).geometry().getCoordinate()).isEqualTo(Datum.BD09.toWgs84(116.6624, 39.9056));
        assertThat(components.get(0).ownerUnit()).isEqualTo("水务");
        assertThat(components.get(1).category()).isEqualTo("B0208");
        assertThat(components.get(1).status()).isEqualTo("破损");
        assertThat(components.get(1).maintainerUnit()).isEqualTo("公路分局");
        assertThat(components.get(1).geometry().getCoordinates()[1]).isEqualTo(Datum.BD09.toWgs84(116.67, 39.90));
    }

    @Test
    void listsEveryBadFeatureAndReturnsNothing() {
        String point = "{\"type\":\"Point\",\"coordinates\":[116.66,39.90]}";
        ComponentImportException refused = catchThrowableOfType(ComponentImportException.class, () -> read(collection(
                feature(point, "\"code\":1101120101000001"),
                feature(point, "\"code\":\"1101120101000002\""),
                feature("{\"type\":\"MultiPoint\",\"coordinates\":[[116.66,39.90]]}", "\"code\":\"1101120101000003\""),
                feature(point, "\"code\":\"1101120101000004\",\"部件编码\":\"1101120101000005\""),
                feature(point, "\"名称\":\"井盖\"")), Datum.WGS84));
        assertThat(refused.errors()).extracting(ImportException::getMessage).containsExactly(
                "部件.geojson：第 1 个要素：属性 'code'（部件编码）应为字符串，实为 1.101120101000001E15：16 位编码写成数字会失去精度，请加引号",
                "部件.geojson：第 3 个要素：部件的几何类型应为点、线（含多线）或面（含多面），实为多点",
                "部件.geojson：第 4 个要素：部件编码在属性中出现了两次（属性 '部件编码'）",
                "部件.geojson：第 5 个要素：部件编码为空");
    }

    @Test
    void listsBrokenGeometriesAmongTheOtherErrorsInFileOrder() {
        String point = "{\"type\":\"Point\",\"coordinates\":[116.66,39.90]}";
        ComponentImportException refused = catchThrowableOfType(ComponentImportException.class, () -> read(collection(
                feature(point, "\"code\":\"1101120101000001\",\"status\":\"坏了\""),
                feature("{\"type\":\"Point\"}", "\"code\":\"1101120101000002\""),
                feature(point, "\"code\":\"1101120101000003\""),
                "{\"type\":\"Polygon\"}",
                feature(point, "\"code\":\"110112\"")), Datum.WGS84));
        assertThat(refused.errors()).extracting(ImportException::getMessage).containsExactly(
                "部件.geojson：第 1 个要素：部件状态 '坏了' 不在状态列表中：应为 完好、破损、丢失、占用、废弃",
                "部件.geojson：第 2 个要素：coordinates 应为数组",
                "部件.geojson：第 4 个要素：不是 GeoJSON Feature 对象",
                "部件.geojson：第 5 个要素：部件标识码 '110112' 应为 16 位数字，实为 6 位");
        assertThat(refused.totalErrors()).isEqualTo(4);
    }

    @Test
    void countsEveryBrokenFeatureBeyondTheListed() {
        String[] features = new String[150];
        for (int i = 0; i < features.length; i++) {
            features[i] = feature("{\"type\":\"Point\"}", "\"code\":\"1101120101000001\"");
        }
        ComponentImportException refused = catchThrowableOfType(ComponentImportException.class, () -> read(collection(features), Datum.WGS84));
        assertThat(refused.totalErrors()).isEqualTo(150);
        assertThat(refused.errors()).hasSize(ComponentImportErrors.MAX_LISTED);
        assertThat(refused.getMessage()).endsWith("……另有 50 处错误未列出");
    }

    @Test
    void stopsAtAFileThatIsNotGeoJson() {
        assertThat(catchThrowableOfType(ComponentImportException.class, () -> read("[1,2", Datum.WGS84)).getMessage())
                .contains("部件.geojson：不是 GeoJSON");
        assertThat(catchThrowableOfType(ComponentImportException.class, () -> read("{\"type\":\"Feature\"}", Datum.WGS84)).getMessage())
                .contains("只给了单个 Feature");
    }

    @Test
    void choosesTheReaderByTheFileName(@TempDir Path folder) throws IOException {
        Path csv = Files.writeString(folder.resolve("covers.CSV"), "部件编码,经度,纬度\n1101120101000001,116.65,39.9\n");
        Path json = Files.writeString(folder.resolve("rails.geojson"), collection(
                feature("{\"type\":\"Point\",\"coordinates\":[116.66,39.90]}", "\"code\":\"1101120112000001\"")));
        assertThat(READER.read(csv, Datum.WGS84, null)).extracting(Component::category).containsExactly("B0101");
        assertThat(READER.read(json, Datum.WGS84, null)).extracting(Component::category).containsExactly("B0112");
        Path other = Files.writeString(folder.resolve("covers.xls"), "x");
        assertThat(catchThrowableOfType(ComponentImportException.class, () -> READER.read(other, Datum.WGS84, null)).getMessage())
                .contains("covers.xls：不知道怎样读这种文件");
    }
}
