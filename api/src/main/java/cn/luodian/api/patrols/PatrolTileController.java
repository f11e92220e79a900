package cn.luodian.api.patrols;

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
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code patrols} vector tile layer: today's patrol lines, for signed-in users only whatever
 * {@code open-reference-reads} says (where a worker walked is personal; {@code SecurityConfig}
 * guards {@code /tiles/patrols/**}), and of those only the lines the user may read: a worker's own,
 * or a reader's jurisdiction. Built per request from {@link TodaysPatrolLines} in memory, never
 * cached: it differs per user and changes with every batch of positions.
 */
@RestController
public class PatrolTileController {
    static final String LAYER = "patrols";
    private static final int BUFFER_UNITS = 64;
    private static final double TOLERANCE_UNITS = 1;

    private final TodaysPatrolLines lines;

    public PatrolTileController(TodaysPatrolLines lines) {
        this.lines = lines;
    }

    @GetMapping("/tiles/patrols/{z}/{x}/{y}.mvt")
    public ResponseEntity<byte[]> tile(@PathVariable String z, @PathVariable String x, @PathVariable String y, Actor actor) {
        TileFrame frame = PerReaderTiles.frame(z, x, y);
        VectorTileBuilder out = new VectorTileBuilder();
        for (TodaysPatrolLines.Line line : lines.lines()) {
            if (!Patrols.mayRead(line.worker(), line.scopeCode(), actor)) {
                continue;
            }
            var onTile = TileGeometries.toTile(line.mercator(), frame, BUFFER_UNITS, TOLERANCE_UNITS);
            if (onTile != null) {
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("id", line.patrolId());
                properties.put("worker", line.worker());
                properties.put("running", line.running());
                out.add(LAYER, onTile, properties);
            }
        }
        CacheControl private0 = CacheControl.noCache().cachePrivate();
        return PerReaderTiles.answer(out, private0);
    }

    /** Lists the layer in {@code /tiles/catalog}, after the public vector layers. */
    @org.springframework.stereotype.Component
    @Order(50)
    static class Catalog implements TileLayerCatalog {
        @Override
        public List<TileLayerInfo> tileLayers() {
            return List.of(new TileLayerInfo(LAYER, TileKind.VECTOR, 0, TileAddress.MAX_ZOOM,
                    "今日巡查轨迹（需登录；网格员只见自己的，街乡镇工作人员、督办和系统管理员见辖区内的）；要素带 id、worker、running",
                    "/tiles/" + LAYER + "/{z}/{x}/{y}.mvt", null));
        }
    }
}
