package cn.luodian.api.tiles;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Lists the raster base map in {@code /tiles/catalog} when it is served. */
@Component
@Order(10)
class BaseMapTileCatalog implements TileLayerCatalog {
    private final BaseMapSettings settings;

    BaseMapTileCatalog(BaseMapSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<TileLayerInfo> tileLayers() {
        if (!settings.basemap().enabled()) {
            return List.of();
        }
        return List.of(new TileLayerInfo("basemap", TileKind.RASTER, 0, cn.luodian.geo.tile.TileAddress.MAX_ZOOM,
                "底图（由本系统参考图层绘制）", "/tiles/basemap/{z}/{x}/{y}.png", null));
    }
}
