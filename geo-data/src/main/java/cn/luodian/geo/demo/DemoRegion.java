package cn.luodian.geo.demo;

import cn.luodian.geo.layer.DivisionCode;
import cn.luodian.geo.layer.LayerBatch;
import java.util.List;
import java.util.Objects;

/**
 * A bundled demo region: its reference layers (WGS-84 lon/lat) and its division-code gazetteer,
 * ready for {@code LayerStore.write} and {@code LayerStore.writeDivisionCodes}.
 */
public record DemoRegion(LayerBatch layers, List<DivisionCode> divisionCodes) {

    public DemoRegion {
        Objects.requireNonNull(layers, "layers");
        divisionCodes = List.copyOf(divisionCodes);
    }
}
