package cn.luodian.api.tiles;

import cn.luodian.geo.tile.TileAddress;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Lists the heat and hotspot overlays in {@code /tiles/catalog}, after the base map. */
@Component
@Order(20)
class OverlayTileCatalog implements TileLayerCatalog {
    private final OverlayTileSettings settings;

    OverlayTileCatalog(OverlayTileSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<TileLayerInfo> tileLayers() {
        return List.of(
                new TileLayerInfo("heat", TileKind.RASTER, 0, TileAddress.MAX_ZOOM,
                        "案件热力图（核密度，四次核，带宽默认" + (int) settings.heat().bandwidthMetres() + "米）",
                        "/tiles/heat/{z}/{x}/{y}.png", null, true),
                new TileLayerInfo("hotspots", TileKind.RASTER, settings.hotspots().minZoom(), TileAddress.MAX_ZOOM,
                        "案件热点（单元网格 Gi* 置信度分级）", "/tiles/hotspots/{z}/{x}/{y}.png", null, true));
    }
}
