package cn.luodian.geo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.ReferenceFeature;
import java.util.List;
import org.junit.jupiter.api.Test;

class TongzhouDemoRegionTest {

    @Test
    void divisionCodesAreTheDistrictItsTownshipsAndVillages() {
        List<DivisionCode> codes = TongzhouDemoForTest.region().divisionCodes();

        assertThat(codes).hasSize(1 + 22 + 656);
        assertThat(codes.get(0)).isEqualTo(new DivisionCode("110112", "通州区", AdminLevel.DISTRICT, "110000"));
        assertThat(codes).filteredOn(c -> c.level() == AdminLevel.TOWNSHIP).hasSize(22)
                .allSatisfy(c -> assertThat(c.parentCode()).isEqualTo("110112"));
        assertThat(codes).filteredOn(c -> c.level() == AdminLevel.VILLAGE).hasSize(656)
                .allSatisfy(c -> assertThat(c.parentCode()).isEqualTo(c.code().substring(0, 9)));
        assertThat(codes).contains(new DivisionCode("110112106213", "长凌营村村委会", AdminLevel.VILLAGE, "110112106"));
    }

    @Test
    void everyLayerIsFilled() {
        var layers = TongzhouDemoForTest.region().layers();
        assertThat(layers.layers()).containsExactly(Layer.values());
        assertThat(layers.features(Layer.ADMIN)).hasSize(1 + 22 + 656);
        for (Layer layer : Layer.values()) {
            assertThat(layers.features(layer)).as(layer.id()).isNotEmpty();
        }
    }

    /** Coordinates are WGS-84 lon/lat around Tongzhou, not metres. */
    @Test
    void geometryIsInLonLat() {
        var envelope = TongzhouDemoForTest.region().layers().features(Layer.ADMIN).get(0).geometry().getEnvelopeInternal();
        assertThat(envelope.getMinX()).isBetween(116.4, 116.6);
        assertThat(envelope.getMaxX()).isBetween(116.9, 117.0);
        assertThat(envelope.getMinY()).isBetween(39.5, 39.65);
        assertThat(envelope.getMaxY()).isBetween(40.0, 40.1);
    }

    @Test
    void buildingTwiceGivesTheSameRegion() {
        DemoRegion first = TongzhouDemoForTest.region();
        DemoRegion second = TongzhouDemoRegion.build();

        assertThat(second.divisionCodes()).isEqualTo(first.divisionCodes());
        for (Layer layer : Layer.values()) {
            List<ReferenceFeature> a = first.layers().features(layer);
            List<ReferenceFeature> b = second.layers().features(layer);
            assertThat(b).as(layer.id()).hasSameSizeAs(a);
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.get(i).properties()).isEqualTo(a.get(i).properties());
                assertThat(b.get(i).geometry().equalsExact(a.get(i).geometry())).as(layer.id() + " " + i).isTrue();
            }
        }
    }
}
