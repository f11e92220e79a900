package cn.luodian.api.tiles;

import cn.luodian.geo.tile.mvt.VectorLayers;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The vector tile layers of {@link VectorLayers} in the catalog. */
@Component
@Order(0)
public class VectorTileCatalog implements TileLayerCatalog {

    @Override
    public List<TileLayerInfo> tileLayers() {
        return VectorLayers.ALL.stream().map(spec -> new TileLayerInfo(spec.name(), TileKind.VECTOR, spec.minZoom(),
                spec.maxZoom(), spec.description(), "/tiles/" + spec.name() + "/{z}/{x}/{y}.mvt",
                "/tiles/" + spec.name() + ".json", spec == VectorLayers.CASES, spec == VectorLayers.COMPONENTS)).toList();
    }
}
