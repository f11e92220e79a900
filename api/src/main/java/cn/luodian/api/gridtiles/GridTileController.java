package cn.luodian.api.gridtiles;

import cn.luodian.api.responsibility.ResponsibilityGrids;
import cn.luodian.api.security.Actor;
import cn.luodian.api.tiles.PerReaderTiles;
import cn.luodian.api.tiles.TileKind;
import cn.luodian.api.tiles.TileLayerCatalog;
import cn.luodian.api.tiles.TileLayerInfo;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.mvt.TileGeometries;
import cn.luodian.geo.tile.mvt.VectorTileBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code grids} vector tile layer: every 责任网格's outline with its code, name and township, as
 * the reference layers are (public when {@code open-reference-reads} is on). Who works a grid is
 * personal: its workers' and leader's names are added only for a signed-in reader of the township
 * (its staff, the district's roles, the grid's own people), never anonymously.
 */
@RestController
class GridTileController {
    static final String LAYER = "grids";
    private static final int BUFFER_UNITS = 16;
    private static final double TOLERANCE_UNITS = 1;

    private final GridOutlines outlines;

    GridTileController(GridOutlines outlines) {
        this.outlines = outlines;
    }

    @GetMapping("/tiles/grids/{z}/{x}/{y}.mvt")
    ResponseEntity<byte[]> tile(@PathVariable String z, @PathVariable String x, @PathVariable String y, Optional<Actor> actor) {
        TileFrame frame = PerReaderTiles.frame(z, x, y);
        VectorTileBuilder out = new VectorTileBuilder();
        for (GridOutlines.Outline grid : outlines.outlines()) {
            var onTile = TileGeometries.toTile(grid.mercator(), frame, BUFFER_UNITS, TOLERANCE_UNITS);
            if (onTile == null) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", grid.id());
            properties.put("code", grid.code());
            properties.put("name", grid.name());
            properties.put("township", grid.townshipCode());
            if (actor.isPresent() && ResponsibilityGrids.mayReadPeople(actor.get(), grid.townshipCode())) {
                properties.put("workers", String.join("、", grid.workerNames()));
                if (grid.leaderName() != null) {
                    properties.put("leader", grid.leaderName());
                }
            }
            out.add(LAYER, onTile, properties);
        }
        // Names differ per reader: no shared caches.
        CacheControl cache = actor.isPresent() ? CacheControl.noCache().cachePrivate() : CacheControl.noCache();
        return PerReaderTiles.answer(out, cache);
    }

    /** Lists the layer in {@code /tiles/catalog}. */
    @Component
    @Order(51)
    static class Catalog implements TileLayerCatalog {
        @Override
        public List<TileLayerInfo> tileLayers() {
            return List.of(new TileLayerInfo(LAYER, TileKind.VECTOR, 0, TileAddress.MAX_ZOOM,
                    "责任网格轮廓：要素带 id、code、name、township；登录后本辖区的还带 workers（网格员）、leader（网格长）",
                    "/tiles/" + LAYER + "/{z}/{x}/{y}.mvt", null));
        }
    }
}
