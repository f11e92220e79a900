package cn.luodian.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.geo.crs.ChinaOffsets;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class LayerFeatureParserTest {

    private static List<ReferenceFeature> parse(Layer layer, Datum datum, String json) {
        List<RawFeature> raw = GeoJsonFeatureReader.readAll(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.geojson");
        LayerFeatureParser parser = new LayerFeatureParser(layer, datum, "test.geojson");
        return raw.stream().map(parser::parse).toList();
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String feature(String geometry, String properties) {
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":" + properties + "}";
    }

    private static final String LINE = "{\"type\":\"LineString\",\"coordinates\":[[116.70,39.80],[116.71,39.80]]}";
    private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[116.7,39.8],[116.71,39.8],[116.71,39.81],[116.7,39.81],[116.7,39.8]]]}";

    @Test
    void readsARoadWithItsProperties() {
        List<ReferenceFeature> features = parse(Layer.ROADS, Datum.WGS84,
                collection(feature(LINE, "{\"name\":\"长凌营环路\",\"class\":\"residential\"}")));
        Road road = (Road) features.get(0);
        assertThat(road.name()).isEqualTo("长凌营环路");
        assertThat(road.roadClass()).isEqualTo(RoadClass.RESIDENTIAL);
        assertThat(road.ref()).isEmpty();
    }

    @Test
    void unnamedRoadIsKept() {
        Road road = (Road) parse(Layer.ROADS, Datum.WGS84, collection(feature(LINE, "{\"class\":\"track\"}"))).get(0);
        assertThat(road.isNamed()).isFalse();
    }

    @Test
    void adminParentCodeIsDerivedFromTheCode() {
        AdminArea area = (AdminArea) parse(Layer.ADMIN, Datum.WGS84, collection(feature(SQUARE,
                "{\"code\":\"110112106213\",\"name\":\"长凌营村\",\"level\":\"village\"}"))).get(0);
        assertThat(area.level()).isEqualTo(AdminLevel.VILLAGE);
        assertThat(area.parentCode()).isEqualTo("110112106");
    }

    @Test
    void gcj02InputIsStoredAsWgs84() {
        Coordinate gcj = ChinaOffsets.wgs84ToGcj02(116.70, 39.80);
        String point = "{\"type\":\"Point\",\"coordinates\":[" + gcj.x + "," + gcj.y + "]}";
        ReferenceFeature landmark = parse(Layer.LANDMARKS, Datum.GCJ02,
                collection(feature(point, "{\"name\":\"长凌营村村委会\",\"type\":\"poi\"}"))).get(0);
        assertThat(landmark.geometry().getCoordinate().x).isCloseTo(116.70, within(1e-8));
        assertThat(landmark.geometry().getCoordinate().y).isCloseTo(39.80, within(1e-8));
    }

    @Test
    void bowTiePolygonIsRepaired() {
        String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[116.7,39.8],[116.71,39.81],[116.71,39.8],[116.7,39.81],[116.7,39.8]]]}";
        ReferenceFeature area = parse(Layer.WATERWAYS, Datum.WGS84,
                collection(feature(bowTie, "{\"name\":\"减河公园湖\",\"class\":\"water\"}"))).get(0);
        assertThat(area.geometry().isValid()).isTrue();
        assertThat(area.geometry().getArea()).isGreaterThan(0);
    }

    @Test
    void missingPropertyNamesTheFeatureIndex() {
        assertThatThrownBy(() -> parse(Layer.ROADS, Datum.WGS84, collection(
                feature(LINE, "{\"class\":\"track\"}"),
                feature(LINE, "{\"name\":\"x\"}"))))
                .isInstanceOf(ImportException.class)
                .hasMessage("test.geojson：第 2 个要素：缺少必填属性 'class'");
    }

    @Test
    void wrongGeometryTypeIsRejected() {
        assertThatThrownBy(() -> parse(Layer.ADMIN, Datum.WGS84, collection(
                feature(LINE, "{\"code\":\"110112\",\"name\":\"通州区\",\"level\":\"district\"}"))))
                .hasMessageContaining("第 1 个要素：图层 admin 只接受 MultiPolygon/Polygon 几何类型，实为 LineString");
    }

    @Test
    void swappedCoordinatesAreOutOfRange() {
        String swapped = "{\"type\":\"Point\",\"coordinates\":[39.8,116.7]}";
        assertThatThrownBy(() -> parse(Layer.LANDMARKS, Datum.WGS84,
                collection(feature(swapped, "{\"name\":\"a\",\"type\":\"poi\"}"))))
                .hasMessageContaining("第 1 个要素：坐标 (39.8, 116.7) 超出");
    }

    @Test
    void gcj02OutsideChinaIsRejected() {
        String paris = "{\"type\":\"Point\",\"coordinates\":[2.35,48.85]}";
        assertThatThrownBy(() -> parse(Layer.LANDMARKS, Datum.GCJ02,
                collection(feature(paris, "{\"name\":\"a\",\"type\":\"poi\"}"))))
                .hasMessageContaining("在中国境外，gcj02 在境外没有定义");
    }

    @Test
    void levelMustMatchCodeLength() {
        assertThatThrownBy(() -> parse(Layer.ADMIN, Datum.WGS84, collection(
                feature(SQUARE, "{\"code\":\"110112106\",\"name\":\"漷县镇\",\"level\":\"village\"}"))))
                .hasMessageContaining("级别 'village' 与代码 110112106 不符");
    }

    @Test
    void invalidJsonSaysWhere() {
        assertThatThrownBy(() -> parse(Layer.ROADS, Datum.WGS84, "{\"type\":\"FeatureCollection\",\"features\":[{"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("不是有效的 JSON");
    }

    @Test
    void unclosedRingIsRejected() {
        String open = "{\"type\":\"Polygon\",\"coordinates\":[[[116.7,39.8],[116.71,39.8],[116.71,39.81],[116.7,39.81]]]}";
        assertThatThrownBy(() -> parse(Layer.ADMIN, Datum.WGS84, collection(
                feature(open, "{\"code\":\"110112\",\"name\":\"通州区\",\"level\":\"district\"}"))))
                .hasMessageContaining("第 1 个要素：多边形的环必须首尾闭合");
    }

    @Test
    void notAFeatureCollection() {
        assertThatThrownBy(() -> parse(Layer.ROADS, Datum.WGS84, "{\"type\":\"Topology\"}"))
                .hasMessageContaining("不是 GeoJSON FeatureCollection");
    }
}
