package cn.luodian.api.tiles;

import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.mvt.VectorTileBuilder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Vector tiles built per request from what a feature keeps in memory (today's patrols, 责任网格
 * outlines), whose content depends on who asks and so never enters the shared {@link TileCache}:
 * the address read as the other tiles read it, and the answer (204 empty, else 200 MVT).
 */
public final class PerReaderTiles {
    public static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

    private PerReaderTiles() {
    }

    /** The tile's frame in {@link VectorTileBuilder#EXTENT} units; a bad address is a Chinese 400. */
    public static TileFrame frame(String z, String x, String y) {
        return TileFrame.of(TileRequests.address(z, x, y), VectorTileBuilder.EXTENT);
    }

    public static ResponseEntity<byte[]> answer(VectorTileBuilder out, CacheControl cache) {
        if (out.isEmpty()) {
            return ResponseEntity.noContent().cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(MVT).cacheControl(cache).body(out.encode());
    }
}
