package cn.luodian.geo.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.geo.io.GeoJsonFeatureReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class ComponentTest {
    private static final ComponentCode COVER = ComponentCode.of("110112", "B0101", 1);
    private static final Geometry POINT = GeoJsonFeatureReader.WGS84_FACTORY.createPoint(new Coordinate(116.65, 39.90));

    static Component cover(String name, String owner, String notes) {
        return new Component(COVER, name, POINT, "完好", owner, "养护队", LocalDate.of(2026, 5, 1), "普查", notes);
    }

    @Test
    void takesItsCategoryFromTheCodeAndAbsentTextAsEmpty() {
        Component component = new Component(COVER, "上水井盖", POINT, "完好", null, null, null, null, null);
        assertThat(component.category()).isEqualTo("B0101");
        assertThat(component.ownerUnit()).isEmpty();
        assertThat(component.notes()).isEmpty();
        assertThat(component.withStatus("丢失").status()).isEqualTo("丢失");
        assertThat(component.withStatus("丢失").code()).isEqualTo(COVER);
    }

    @Test
    void refusesControlCharactersAndOverlongText() {
        assertThatThrownBy(() -> cover("井盖\u0007", "水务", "")).hasMessage("名称在第 3 个字符处含有控制字符（U+0007）");
        assertThatThrownBy(() -> cover("井盖", "水\u202e务", "")).hasMessageContaining("权属单位在第 2 个字符处含有改变文字方向的控制字符");
        assertThatThrownBy(() -> cover("井盖\n二号", "水务", "")).hasMessageContaining("换行");
        assertThatThrownBy(() -> cover("井盖", "x".repeat(101), "")).hasMessage("权属单位过长（最多 100 个字符，实有 101 个）");
        assertThatThrownBy(() -> cover(" ", "水务", "")).hasMessage("名称不能为空");
        assertThat(cover("井盖", "水务", "第一行\n第二行").notes()).isEqualTo("第一行\n第二行");
        assertThat(cover("井盖😀", "水务", "").name()).isEqualTo("井盖😀");
        assertThatThrownBy(() -> cover("井盖\uD83D", "水务", "")).hasMessageContaining("不成对的代理字符");
    }

    @Test
    void takesPointsLinesAndPolygonsOnly() throws ParseException {
        WKTReader wkt = new WKTReader(GeoJsonFeatureReader.WGS84_FACTORY);
        for (String good : List.of("LINESTRING (116.65 39.9, 116.66 39.9)",
                "POLYGON ((116.65 39.9, 116.66 39.9, 116.66 39.91, 116.65 39.9))")) {
            assertThat(new Component(COVER, "x", wkt.read(good), "完好", "", "", null, "", "").geometry().toText()).isEqualTo(good);
        }
        assertThatThrownBy(() -> new Component(COVER, "x", wkt.read("GEOMETRYCOLLECTION (POINT (116.65 39.9))"), "完好", "", "", null, "", ""))
                .hasMessageContaining("实为几何集合");
        assertThatThrownBy(() -> new Component(COVER, "x", wkt.read("POINT EMPTY"), "完好", "", "", null, "", ""))
                .hasMessage("部件没有几何图形");
        assertThatThrownBy(() -> new Component(COVER, "x", wkt.read("POINT (450000 4400000)"), "完好", "", "", null, "", ""))
                .hasMessageContaining("不是 WGS-84 经纬度");
    }

    @Test
    void statusesAreDataWithAFirstDefault() {
        assertThat(ComponentStatuses.DEFAULTS.ids()).containsExactly("完好", "破损", "丢失", "占用", "废弃");
        assertThat(ComponentStatuses.DEFAULTS.defaultStatus()).isEqualTo("完好");
        ComponentStatuses own = new ComponentStatuses(List.of("正常", "维修中"));
        assertThat(own.check("维修中")).isEqualTo("维修中");
        assertThatThrownBy(() -> own.check("破损")).hasMessage("部件状态 '破损' 不在状态列表中：应为 正常、维修中");
        assertThatThrownBy(() -> own.check(null)).hasMessage("部件状态 '' 不在状态列表中：应为 正常、维修中");
        assertThatThrownBy(() -> new ComponentStatuses(List.of("完好", "完好"))).hasMessageContaining("重复");
        assertThatThrownBy(() -> new ComponentStatuses(List.of())).hasMessageContaining("为空");
        assertThatThrownBy(() -> new ComponentStatuses(List.of(" 完好"))).hasMessageContaining("首尾有空格");
        assertThatThrownBy(() -> new ComponentStatuses(List.of("完\u0000好"))).hasMessageContaining("控制字符");
    }
}
