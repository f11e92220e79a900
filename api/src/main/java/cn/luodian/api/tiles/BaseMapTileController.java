package cn.luodian.api.tiles;

import cn.luodian.api.system.LuodianProperties;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /tiles/basemap/{z}/{x}/{y}.png} and {@code …/{y}@2x.png}: our own raster base map,
 * drawn from the reference layers, for networks that cannot reach outside map services (and
 * without the GCJ-02 offset of outside maps in China). Every tile answers 200 with a PNG, a blank
 * background one outside the data too, since map clients show missing tiles as holes. ETag +
 * If-None-Match → 304 (Spring answers it from the ETag header); bad z/x/y → 400 problem+json.
 */
@RestController
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "luodian.tiles.basemap.enabled", havingValue = "true", matchIfMissing = true)
public class BaseMapTileController {
    private final BaseMapTiles tiles;
    private final CacheControl cacheControl;

    public BaseMapTileController(BaseMapTiles tiles, BaseMapSettings settings, LuodianProperties properties) {
        this.tiles = tiles;
        CacheControl maxAge = CacheControl.maxAge(Duration.ofSeconds(settings.basemap().maxAgeSeconds()));
        // Closed reference reads: tiles need a sign-in, so shared caches must not keep them.
        this.cacheControl = properties.security().openReferenceReads() ? maxAge.cachePublic() : maxAge.cachePrivate();
    }

    @GetMapping("/tiles/basemap/{z}/{x}/{file}")
    public ResponseEntity<byte[]> tile(@PathVariable String z, @PathVariable String x, @PathVariable String file) {
        BaseMapTileName name = BaseMapTileName.parse(z, x, file);
        BaseMapTile tile = tiles.tile(name.tile(), name.scale());
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(cacheControl)
                .eTag(tile.etag())
                .body(tile.png());
    }
}
